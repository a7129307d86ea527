package th.go.moph.healthliteracy.content.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/** Drafts for the domain tests. */
final class Drafts {

    private Drafts() {
    }

    static ContentDraft complete() {
        return new ContentDraft("ไข้เลือดออก ป้องกันได้", "วิธีป้องกันไข้เลือดออกด้วย 3 เก็บ",
                "<p>กำจัดแหล่งเพาะพันธุ์ยุงลาย</p>", new TreeSet<>(List.of("dengue")),
                EnumSet.of(Audience.ADULTS, Audience.VILLAGE_HEALTH_VOLUNTEERS), Licence.CC_BY_4_0,
                "กรมควบคุมโรค", List.of(new Citation("แนวทางการป้องกันไข้เลือดออก", "https://ddc.moph.go.th/")),
                "", "", "");
    }

    static ContentDraft withTitle(String title) {
        ContentDraft d = complete();
        return new ContentDraft(title, d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(),
                d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote());
    }

    static ContentDraft withAltText(String altText) {
        ContentDraft d = complete();
        return new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(),
                d.attribution(), d.citations(), altText, d.captionsWaiver(), d.correctionNote());
    }

    static ContentDraft bare() {
        return new ContentDraft("ร่าง", "", "", null, null, null, null, null, null, null, null);
    }
}
