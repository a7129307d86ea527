package th.go.moph.healthliteracy.identity.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;
import th.go.moph.healthliteracy.platform.PortalDirectories;

/**
 * On an empty database, opens the first administrator's account with a random password. The password never goes to
 * the log: it is written to {@value #CREDENTIALS_FILE} in the data directory, readable by its owner only;
 * {@code deploy/local/run} shows it once and deletes the file.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    public static final String CREDENTIALS_FILE = "first-administrator.txt";
    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    AgencyRepository agencies;

    @Inject
    PasswordHashing hashing;

    @Inject
    PortalDirectories directories;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void openWhenNoAccountExists() {
        accounts.lockFirstAccountCreation();
        if (accounts.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        Agency ministry = agencies.findByCode(Agency.MINISTRY_CODE).orElseGet(() -> {
            Agency created = Agency.register(Agency.MINISTRY_CODE, "กระทรวงสาธารณสุข", "Ministry of Public Health", now);
            agencies.add(created);
            return created;
        });
        String password = InitialPassword.generate();
        UserAccount admin = UserAccount.open(ministry, USERNAME, "Portal administrator", null,
                hashing.hash(password.toCharArray()), now);
        admin.grant(Role.SYSTEM_ADMIN, GrantScope.ALL_AGENCIES, now);
        admin.grant(Role.AGENCY_ADMIN, GrantScope.OWN_AGENCY, now);
        accounts.add(admin);
        audit.recordFor(null, "ACCOUNT_OPENED", Subject.of("user_account", admin.id()), "first administrator");
        Path file = writeOwnerOnly(directories.dataDirectory().resolve(CREDENTIALS_FILE),
                "username=" + USERNAME + "\npassword=" + password + "\n");
        LOG.info(() -> "Opened the first administrator account '" + USERNAME + "'; its password is in " + file
                + " (readable by its owner only)");
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first administrator's password to " + file, e);
        }
    }
}
