package th.go.moph.healthliteracy.content.domain;

/** The licences an owning agency can give its items. */
public enum Licence {
    CC_BY_4_0("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC_4_0("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_ND_4_0("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    ALL_RIGHTS_RESERVED("All rights reserved", null);

    private final String label;
    private final String url;

    Licence(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String label() {
        return label;
    }

    /** The licence text's address, or {@code null} for all rights reserved. */
    public String url() {
        return url;
    }
}
