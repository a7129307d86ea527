package th.go.moph.healthliteracy.content.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A source an item rests on: a title and an http(s) address. */
@Embeddable
public class Citation {

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "url", nullable = false)
    private String url;

    protected Citation() {
        // for JPA
    }

    public Citation(String title, String url) {
        this.title = title == null ? "" : title.strip();
        this.url = url == null ? "" : url.strip();
        if (this.title.isEmpty()) {
            throw new IllegalArgumentException("A citation needs a title");
        }
        if (!isWebAddress(this.url)) {
            throw new IllegalArgumentException("A citation's address must be an http or https URL: " + url);
        }
    }

    private static boolean isWebAddress(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Citation c && c.title.equals(title) && c.url.equals(url);
    }

    @Override
    public int hashCode() {
        return title.hashCode() * 31 + url.hashCode();
    }

    @Override
    public String toString() {
        return title + " <" + url + ">";
    }
}
