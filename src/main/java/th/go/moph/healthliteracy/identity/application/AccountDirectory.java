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

    private static AccountSummary toSummary(UserAccount account) {
        return new AccountSummary(account.id(), account.username(), account.displayName(),
                account.agency().nameTh(), account.agency().nameEn(),
                account.roles().stream().map(Role::securityRole).collect(Collectors.toUnmodifiableSet()));
    }
}
