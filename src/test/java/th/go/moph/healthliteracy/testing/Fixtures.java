package th.go.moph.healthliteracy.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.Citation;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.Licence;
import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.identity.application.PasswordHashing;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;

/** Agencies, accounts and topics for in-container tests, each with a unique name so tests never collide. */
@ApplicationScoped
public class Fixtures {

    @Inject
    AgencyRepository agencies;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TopicRepository topics;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Transactional
    public Agency agency(String nameEn) {
        Agency agency = Agency.register("T" + unique(), nameEn + " (ทดสอบ)", nameEn, Instant.now());
        agencies.add(agency);
        return agency;
    }

    /** An account of {@code agency} holding the given grants; returned as the actor the services see. */
    @Transactional
    public Actor account(Agency agency, Role role, GrantScope scope) {
        UserAccount account = UserAccount.open(em.merge(agency), "u" + unique().toLowerCase(), "ผู้ใช้ทดสอบ",
                "person@example.org", "PBKDF2WithHmacSHA512:1:AA==:AA==", Instant.now());
        if (role != null) {
            account.grant(role, scope, Instant.now());
        }
        accounts.add(account);
        return Actor.of(account);
    }

    /** An account of {@code agency} holding each of {@code roles} over {@code scope}. */
    @Transactional
    public Actor account(Agency agency, GrantScope scope, Role... roles) {
        UserAccount account = UserAccount.open(em.merge(agency), "u" + unique().toLowerCase(), "ผู้ใช้ทดสอบ",
                "person@example.org", "PBKDF2WithHmacSHA512:1:AA==:AA==", Instant.now());
        for (Role role : roles) {
            account.grant(role, scope, Instant.now());
        }
        accounts.add(account);
        return Actor.of(account);
    }

    /**
     * An account that signs in with {@code password} (hashed as the portal hashes it), holding {@code role} over
     * {@code scope}; {@code username} as given, so client-side steps of a test can sign in as it.
     */
    @Transactional
    public UserAccount accountWithPassword(Agency agency, String username, String displayName, String password,
            Role role, GrantScope scope) {
        UserAccount account = UserAccount.open(em.merge(agency), username, displayName, null,
                hashing.hash(password.toCharArray()), Instant.now());
        account.grant(role, scope, Instant.now());
        accounts.add(account);
        return account;
    }

    @Transactional
    public String topic(String code, String thai, String english) {
        if (topics.find(code).isEmpty()) {
            topics.add(new Topic(code, thai, english, Instant.now()));
        }
        return code;
    }

    public static ContentDraft dengueDraft(String topic) {
        return new ContentDraft("ไข้เลือดออก ป้องกันได้ด้วย 3 เก็บ", "วิธีป้องกันไข้เลือดออกสำหรับครอบครัว",
                "<p>เก็บบ้าน เก็บขยะ เก็บน้ำ เพื่อไม่ให้ยุงลายวางไข่</p>", new TreeSet<>(List.of(topic)),
                EnumSet.of(Audience.ADULTS, Audience.VILLAGE_HEALTH_VOLUNTEERS), Licence.CC_BY_4_0,
                "กรมควบคุมโรค", List.of(new Citation("กรมควบคุมโรค: ไข้เลือดออก", "https://ddc.moph.go.th/")),
                "", "", "");
    }
}
