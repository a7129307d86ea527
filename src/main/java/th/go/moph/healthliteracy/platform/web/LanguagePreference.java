package th.go.moph.healthliteracy.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reader's language: {@code ?lang=} when given, else the {@code lang} cookie, else Thai. Thai first, English too.
 * {@link LanguageCookieFilter} remembers an explicit choice.
 */
@Named
@RequestScoped
public class LanguagePreference {

    static final String COOKIE = "lang";
    static final Set<String> SUPPORTED = Set.of("th", "en");
    static final String DEFAULT = "th";

    @Inject
    HttpServletRequest request;

    private String language;

    @PostConstruct
    void choose() {
        language = supported(request.getParameter(COOKIE))
                .or(() -> Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst())
                        .flatMap(LanguagePreference::supported))
                .orElse(DEFAULT);
    }

    static Optional<String> supported(String candidate) {
        return Optional.ofNullable(candidate).filter(SUPPORTED::contains);
    }

    public String getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }
}
