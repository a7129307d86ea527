package th.go.moph.healthliteracy.platform.web;

import java.util.Arrays;

/** Conditional requests: whether an {@code If-None-Match} header names a response's entity tag. */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether {@code ifNoneMatch} (the header, possibly null) matches {@code etag} (the tag without quotes): {@code *},
     * or the tag strong or weak ({@code W/}) among the listed ones — the weak comparison RFC 9110 asks for here.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + etag + "\"";
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(quoted));
    }
}
