package de.leitstand.reporting.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** OParl's date-time format: {@code yyyy-mm-ddThh:mm:ss±hh:mm} in German local time, without fractions and without {@code Z}. */
final class OParlFormat {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private OParlFormat() {
    }

    static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(BERLIN).format(STAMP);
    }

    static String stamp(java.time.ZonedDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(STAMP);
    }
}
