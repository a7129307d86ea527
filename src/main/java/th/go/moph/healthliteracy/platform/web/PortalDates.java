package th.go.moph.healthliteracy.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.content.domain.ContentItem;

/**
 * Dates for people: stored in UTC/ISO, shown per locale — in Thai with the Buddhist era (22 พฤศจิกายน 2569), in
 * English with the Common Era — and in Thailand's time zone.
 */
@Named("dates")
@ApplicationScoped
public class PortalDates {

    public String date(LocalDate date) {
        return date == null ? "" : formatter(FormatStyle.LONG, null).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : formatter(FormatStyle.LONG, FormatStyle.SHORT)
                .format(instant.atZone(ContentItem.PORTAL_ZONE));
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withChronology(chronology(locale)).format(date);
    }

    private static DateTimeFormatter formatter(FormatStyle dateStyle, FormatStyle timeStyle) {
        Locale locale = currentLocale();
        DateTimeFormatter formatter = timeStyle == null ? DateTimeFormatter.ofLocalizedDate(dateStyle)
                : DateTimeFormatter.ofLocalizedDateTime(dateStyle, timeStyle);
        return formatter.withLocale(locale).withChronology(chronology(locale));
    }

    private static java.time.chrono.Chronology chronology(Locale locale) {
        return "th".equals(locale.getLanguage()) ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE;
    }

    private static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("th")
                : faces.getViewRoot().getLocale();
        return "th".equals(locale.getLanguage()) ? Locale.forLanguageTag("th-TH") : Locale.forLanguageTag("en-GB");
    }
}
