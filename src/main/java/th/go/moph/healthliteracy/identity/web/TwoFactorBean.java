package th.go.moph.healthliteracy.identity.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.application.TwoFactor;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/** Setting up two-factor sign-in: the secret for the app, its first code, then the recovery codes, shown once. */
@Named
@RequestScoped
public class TwoFactorBean {

    @Inject
    TwoFactor twoFactor;

    @Inject
    CurrentActor currentActor;

    @Inject
    EditorMessages messages;

    private TwoFactor.Enrolment enrolment;
    private List<String> recoveryCodes;
    private String code;
    private String password;

    public boolean isEnabled() {
        return twoFactor.enabled(currentActor.get().accountId());
    }

    public boolean isRequired() {
        return twoFactor.required(currentActor.get().accountId());
    }

    public void begin() {
        try {
            enrolment = twoFactor.begin(password == null ? null : password.toCharArray());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void confirm() {
        try {
            recoveryCodes = twoFactor.confirm(code);
            messages.info("twoFactor.enabled");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public TwoFactor.Enrolment getEnrolment() { return enrolment; }
    public List<String> getRecoveryCodes() { return recoveryCodes; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
