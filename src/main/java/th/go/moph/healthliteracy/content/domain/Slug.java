package th.go.moph.healthliteracy.content.domain;

/** The readable, URL-safe name of an item: lower-case ASCII letters, digits and single dashes, 3-80 characters. */
public final class Slug {

    private Slug() {
    }

    public static String require(String slug) {
        String candidate = slug == null ? "" : slug.strip();
        if (!candidate.matches("[a-z0-9]+(-[a-z0-9]+)*") || candidate.length() < 3 || candidate.length() > 80) {
            throw new IllegalArgumentException("A slug is 3-80 lower-case letters, digits and single dashes, "
                    + "e.g. dengue-prevention: " + slug);
        }
        return candidate;
    }
}
