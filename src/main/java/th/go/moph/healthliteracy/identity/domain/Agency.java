package th.go.moph.healthliteracy.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A partner agency that contributes and owns content. Thai name first. */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.BY_CODE, query = "select a from Agency a where a.code = :code")
public class Agency {

    public static final String BY_CODE = "Agency.byCode";
    /** The Ministry of Public Health, the agency of the first administrator. */
    public static final String MINISTRY_CODE = "MOPH";

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Agency() {
        // for JPA
    }

    private Agency(String code, String nameTh, String nameEn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.code = requireText(code, "code");
        this.nameTh = requireText(nameTh, "Thai name");
        this.nameEn = requireText(nameEn, "English name");
        this.createdAt = Objects.requireNonNull(createdAt);
        if (!this.code.matches("[A-Z0-9-]{2,32}")) {
            throw new IllegalArgumentException("An agency code is 2-32 capital letters, digits or dashes: " + code);
        }
    }

    public static Agency register(String code, String nameTh, String nameEn, Instant now) {
        return new Agency(code, nameTh, nameEn, now);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An agency needs a " + what);
        }
        return value.strip();
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }
}
