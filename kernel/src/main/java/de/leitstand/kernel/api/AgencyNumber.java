package de.leitstand.kernel.api;

import java.util.regex.Pattern;

/**
 * The five-digit Träger-Nummer (BA-Statistik) that identifies a Jobcenter, e.g. {@code 03504}
 * for Elbe-Elster. Leading zeros are significant, so it is a string, never a number.
 */
public record AgencyNumber(String value) implements Comparable<AgencyNumber>, java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d{5}");

    public AgencyNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ValidationException("AGENCY_NUMBER_INVALID", "agencyNumber",
                    Text.of("kernel.AGENCY_NUMBER_INVALID", value));
        }
    }

    public static AgencyNumber of(String value) {
        return new AgencyNumber(value == null ? null : value.trim());
    }

    /** @return whether the text is a well-formed agency number */
    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(AgencyNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
