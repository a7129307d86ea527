package th.go.moph.healthliteracy.content.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A subject of the admin-managed taxonomy, labelled in Thai and English. */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.ALL, query = "select t from Topic t order by t.labelEn")
public class Topic {

    public static final String ALL = "Topic.all";

    @Id
    private String code;

    @Column(name = "label_th", nullable = false)
    private String labelTh;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Topic() {
        // for JPA
    }

    public Topic(String code, String labelTh, String labelEn, Instant now) {
        this.code = Slug.require(code);
        relabel(labelTh, labelEn);
        this.active = true;
        this.createdAt = now;
    }

    public void relabel(String thai, String english) {
        if (thai == null || thai.isBlank() || english == null || english.isBlank()) {
            throw new IllegalArgumentException("A topic needs a Thai and an English label");
        }
        this.labelTh = thai.strip();
        this.labelEn = english.strip();
    }

    /** Retired topics stay on the items that carry them but are offered for no new ones. */
    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public String code() {
        return code;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean active() {
        return active;
    }
}
