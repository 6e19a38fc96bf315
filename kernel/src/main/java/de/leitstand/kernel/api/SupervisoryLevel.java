package de.leitstand.kernel.api;

import java.util.Objects;

/**
 * A supervising level of the target agreement cascade (§ 48b Abs. 1 SGB II): a Regionaldirektion,
 * which supervises the gemeinsamen Einrichtungen (gE) of its region, or a Land, which supervises
 * its zugelassenen kommunalen Träger (zkT). A level user is bound to exactly one level and reads the
 * data of exactly the Jobcenters it covers.
 *
 * @param kind the kind of level
 * @param code the {@link Regionaldirektion} or {@link Land} constant's name
 */
public record SupervisoryLevel(Kind kind, String code) implements java.io.Serializable {

    /** The two kinds of supervising level, each with the role a user of it has. */
    public enum Kind {
        /** a Regionaldirektion of the BA, for gE; its key is {@code RD:<code>} */
        REGIONALDIREKTION("RD", Role.REGIONALDIREKTION),
        /** a Land, for zkT; its key is {@code LAND:<code>} */
        LAND("LAND", Role.LAND);

        private final String prefix;
        private final Role role;

        Kind(String prefix, Role role) {
            this.prefix = prefix;
            this.role = role;
        }

        public Role role() {
            return role;
        }
    }

    public SupervisoryLevel {
        Objects.requireNonNull(kind, "kind");
        code = kind == Kind.REGIONALDIREKTION ? Regionaldirektion.ofCode(code).name() : Land.ofCode(code).name();
    }

    public static SupervisoryLevel of(Regionaldirektion regionaldirektion) {
        return new SupervisoryLevel(Kind.REGIONALDIREKTION, regionaldirektion.name());
    }

    public static SupervisoryLevel of(Land land) {
        return new SupervisoryLevel(Kind.LAND, land.name());
    }

    /**
     * @param key {@code RD:BERLIN_BRANDENBURG} or {@code LAND:NI}
     * @return the level, {@code null} for {@code null} or blank
     * @throws ValidationException {@code LEVEL_INVALID} for anything else
     */
    public static SupervisoryLevel parse(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        int colon = key.indexOf(':');
        if (colon > 0) {
            String prefix = key.substring(0, colon).trim();
            String code = key.substring(colon + 1).trim();
            for (Kind kind : Kind.values()) {
                if (kind.prefix.equalsIgnoreCase(prefix)) {
                    try {
                        return new SupervisoryLevel(kind, code);
                    } catch (ValidationException | NullPointerException e) {
                        break;
                    }
                }
            }
        }
        throw new ValidationException("LEVEL_INVALID", "level", Text.of("kernel.LEVEL_INVALID", key));
    }

    /** @return the key, e.g. {@code RD:BERLIN_BRANDENBURG} */
    public String key() {
        return kind.prefix + ":" + code;
    }

    /** @return e.g. "Regionaldirektion Berlin-Brandenburg" or "Land Niedersachsen" */
    public String displayName() {
        return kind == Kind.REGIONALDIREKTION ? Regionaldirektion.valueOf(code).germanName()
                : "Land " + Land.valueOf(code).germanName();
    }

    /**
     * @param gemeinsameEinrichtung whether the Jobcenter is a gE (else a zkT)
     * @return whether this level supervises a Jobcenter of this form in this Land and region
     */
    public boolean covers(boolean gemeinsameEinrichtung, Land land, Regionaldirektion regionaldirektion) {
        return kind == Kind.REGIONALDIREKTION
                ? gemeinsameEinrichtung && regionaldirektion != null && regionaldirektion.name().equals(code)
                : !gemeinsameEinrichtung && land != null && land.name().equals(code);
    }

    @Override
    public String toString() {
        return key();
    }
}
