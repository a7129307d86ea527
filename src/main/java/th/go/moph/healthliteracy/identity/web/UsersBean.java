package th.go.moph.healthliteracy.identity.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.identity.application.AccountAdministration;
import th.go.moph.healthliteracy.identity.application.AccountAdministration.OpenedAccount;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.application.AccountAdministration.ManagedAccount;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/** Accounts and grants of the agencies the administrator manages. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    EditorMessages messages;

    private String agencyId;
    private String username;
    private String displayName;
    private String email;
    private OpenedAccount opened;
    private String grantAccount;
    private Role grantRole = Role.AUTHOR;
    private GrantScope grantScope = GrantScope.OWN_AGENCY;

    private List<ManagedAccount> accounts;

    @PostConstruct
    void load() {
        accounts = administration.accountsIManage();
    }

    public List<ManagedAccount> getAccounts() {
        return accounts;
    }

    public void open() {
        try {
            opened = administration.open(UUID.fromString(agencyId), username, displayName, email);
            username = null;
            displayName = null;
            email = null;
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    private String agencyCode;
    private String agencyNameTh;
    private String agencyNameEn;

    public void registerAgency() {
        try {
            administration.registerAgency(agencyCode, agencyNameTh, agencyNameEn);
            messages.info("editor.saved");
            agencyCode = null;
            agencyNameTh = null;
            agencyNameEn = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
    public String getAgencyNameTh() { return agencyNameTh; }
    public void setAgencyNameTh(String agencyNameTh) { this.agencyNameTh = agencyNameTh; }
    public String getAgencyNameEn() { return agencyNameEn; }
    public void setAgencyNameEn(String agencyNameEn) { this.agencyNameEn = agencyNameEn; }

    public void grant() {
        try {
            administration.grant(UUID.fromString(grantAccount), grantRole, grantScope);
            messages.info("editor.saved");
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void revoke(ManagedAccount account, Role role, GrantScope scope) {
        try {
            administration.revoke(account.id(), role, scope);
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void deactivate(ManagedAccount account) {
        try {
            administration.deactivate(account.id());
            messages.info("users.deactivated");
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void reactivate(ManagedAccount account) {
        act(() -> administration.reactivate(account.id()), "users.reactivated");
    }

    public void resetSecondFactor(ManagedAccount account) {
        act(() -> administration.resetSecondFactor(account.id()), "users.secondFactorReset");
    }

    public void unlock(ManagedAccount account) {
        act(() -> administration.unlock(account.id()), "users.unlocked");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            messages.info(done);
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** Downloads what the portal holds about the account's person, as JSON (PDPA right of access). */
    public void exportPersonalData(ManagedAccount account) throws java.io.IOException {
        try {
            byte[] json = administration.exportPersonalData(account.id())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            org.omnifaces.util.Faces.sendFile(json, "personal-data-" + account.username() + ".json", true);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void pseudonymise(ManagedAccount account) {
        try {
            administration.pseudonymise(account.id());
            messages.info("users.pseudonymised");
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public Role[] getRoles() { return Role.values(); }
    public GrantScope[] getScopes() { return GrantScope.values(); }
    public String getAgencyId() { return agencyId; }
    public void setAgencyId(String agencyId) { this.agencyId = agencyId; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public OpenedAccount getOpened() { return opened; }
    public String getGrantAccount() { return grantAccount; }
    public void setGrantAccount(String grantAccount) { this.grantAccount = grantAccount; }
    public Role getGrantRole() { return grantRole; }
    public void setGrantRole(Role grantRole) { this.grantRole = grantRole; }
    public GrantScope getGrantScope() { return grantScope; }
    public void setGrantScope(GrantScope grantScope) { this.grantScope = grantScope; }
}
