package th.go.moph.healthliteracy.identity.application;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;

/** Looks accounts up for the editor UI. */
@ApplicationScoped
public class AccountDirectory {

    @Inject
    UserAccountRepository accounts;

    @Transactional
    public Optional<AccountSummary> summary(UUID accountId) {
        return accounts.findById(accountId).map(AccountDirectory::toSummary);
    }

    /** Display names of accounts, for the editor's history and audit screens (never for the public). */
    @Transactional
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        for (UUID id : new java.util.HashSet<>(ids)) {
            if (id != null) {
                accounts.findById(id).ifPresent(a -> names.put(id, a.displayName()));
            }
        }
        return names;
    }

    /** The id of the account with this username, if any. */
    @Transactional
    public Optional<UUID> idOf(String username) {
        try {
            return accounts.findByUsername(UserAccount.normalizeUsername(username)).map(UserAccount::id);
        } catch (IllegalArgumentException notAUsername) {
            return Optional.empty();
        }
    }

    private static AccountSummary toSummary(UserAccount account) {
        return new AccountSummary(account.id(), account.username(), account.displayName(),
                account.agency().nameTh(), account.agency().nameEn(),
                account.roles().stream().map(Role::securityRole).collect(Collectors.toUnmodifiableSet()));
    }
}
