package de.leitstand.web.cascade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * German formatting for the cascade pages: quotas and changes with one decimal and a decimal comma, corridors,
 * and times in German local time ({@code f:convertDateTime} cannot format an {@link Instant}).
 */
@Named("agreementFormat")
@ApplicationScoped
public class AgreementFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    /** @return e.g. "23,4 %", "−5,0 %", or an empty text */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',').replace('-', '−') + " %";
    }

    /** @return a single reference value ("23,4 %") or a corridor ("22,0 – 24,0 %") */
    public String corridor(BigDecimal low, BigDecimal high) {
        if (low == null) {
            return "";
        }
        if (high == null || high.compareTo(low) == 0) {
            return percent(low);
        }
        return percent(low).replace(" %", "") + " – " + percent(high);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
