package de.leitstand.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The month picker of the month-based pages: the months from the latest one with figures back to the
 * earliest one (at least a year), named in the user's language ("Juni 2020"), newest first, so a month is
 * chosen, never typed. The chosen month goes
 * into the address ({@code ?month=2020-06}) so a view can be bookmarked and shared.
 */
@Named("monthChoice")
@ApplicationScoped
public class MonthChoice {

    @jakarta.inject.Inject
    de.leitstand.controlling.api.ControllingApi controlling;

    @jakarta.inject.Inject
    JobcenterChoice jobcenter;

    /** @return the latest month with basis figures of the Jobcenter (JJJJ-MM), empty when it has none */
    public String latest(String agency) {
        return controlling.latestMonth(agency).map(YearMonth::toString).orElse("");
    }

    /**
     * @param requested the month in the address, may be {@code null}
     * @param latest    the latest month with figures ({@link #latest}), may be empty
     * @return the month a page shows: the requested one, else the latest with figures, else last month
     */
    public static String opening(String requested, String latest) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return latest == null || latest.isEmpty() ? YearMonth.now().minusMonths(1).toString() : latest;
    }

    /** How far back the picker reaches from its latest month when the Jobcenter has no figures yet. */
    static final int MONTHS_BACK = 72;

    /** The picker offers at least a year, also to a Jobcenter whose figures began only lately. */
    static final int AT_LEAST = 11;

    /** A month to choose: its value in the address and its name. */
    public record Option(String value, String label) {
    }

    /**
     * @param latest the latest month with figures ({@code JJJJ-MM}), {@code null}: last month
     * @param shown  the month shown now; always among the options
     */
    public List<Option> options(String latest, String shown) {
        YearMonth earliest = jobcenter.isReady() ? controlling.earliestMonth(jobcenter.agency()).orElse(null) : null;
        return options(latest, shown, earliest, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /**
     * {@link #options(String, String)} in a language.
     *
     * @param earliest the earliest month with figures, {@code null} when there are none
     */
    static List<Option> options(String latest, String shown, YearMonth earliest, Locale locale) {
        YearMonth newest = parse(latest);
        if (newest == null) {
            newest = YearMonth.now().minusMonths(1);
        }
        YearMonth current = parse(shown);
        if (current != null && current.isAfter(newest)) {
            newest = current;
        }
        YearMonth oldest = earliest == null ? newest.minusMonths(MONTHS_BACK) : earliest;
        if (oldest.isAfter(newest.minusMonths(AT_LEAST))) {
            oldest = newest.minusMonths(AT_LEAST);
        }
        if (current != null && current.isBefore(oldest)) {
            oldest = current;
        }
        DateTimeFormatter name = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        List<Option> options = new ArrayList<>();
        for (YearMonth month = newest; !month.isBefore(oldest); month = month.minusMonths(1)) {
            options.add(new Option(month.toString(), name.format(month)));
        }
        return options;
    }

    /**
     * @param period a month ({@code JJJJ-MM}) or a year ({@code JJJJ})
     * @return a month by name in the user's language ("Juni 2020"), a year as it is
     */
    public String label(String period) {
        YearMonth month = parse(period);
        return month == null ? period : DateTimeFormatter.ofPattern("MMMM yyyy", FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(month);
    }

    /** @return the month, or {@code null} when the text is not one ({@code JJJJ-MM}) */
    public static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
