package th.go.moph.healthliteracy.identity.application;

import java.util.Set;
import java.util.UUID;

/** What the editor UI shows of an account: for the account holder and colleagues, never for the public. */
public record AccountSummary(UUID id, String username, String displayName, String agencyNameTh, String agencyNameEn,
        Set<String> roles) {
}
