package th.go.moph.healthliteracy.publishing.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.platform.web.PortalDates;
import th.go.moph.healthliteracy.publishing.application.ProblemReports;

/** Small helpers for the citizen site's views ({@code #{site}}): dates per language, link encoding, report kinds. */
@Named("site")
@ApplicationScoped
public class SiteHelpers {

    /** A date as people read it: Buddhist era in Thai (22 พฤศจิกายน 2569), Common Era in English. */
    public String date(LocalDate date, String language) {
        return PortalDates.format(date, language.equals("th") ? Locale.forLanguageTag("th-TH")
                : Locale.forLanguageTag("en-GB"));
    }

    public String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public List<String> getReportKinds() {
        return ProblemReports.KINDS;
    }
}
