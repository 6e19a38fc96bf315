package de.leitstand.reporting.document;

import java.util.Locale;

/**
 * The issuing body of a paper as a German sentence needs it, inflected by its kind: "Landkreis Rotenburg (Wümme)"
 * is masculine ("der Landkreis …", "des Landkreises …", "im Landkreis …"), "Jobcenter Harburg" neuter ("das Jobcenter …",
 * "des Jobcenters …"), "Stadt Offenbach" or "Region Hannover" feminine ("die Stadt …", "der Stadt …", "in der Stadt …").
 * A name of another kind is used without article ("Rotenburg hat …", "von Rotenburg", "in Rotenburg").
 *
 * @param name the body's name, e.g. "Landkreis Rotenburg (Wümme)"
 */
public record Issuer(String name) {

    private enum Gender { MASCULINE, NEUTER, FEMININE, NONE }

    private String kind() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private Gender gender() {
        String kind = kind().toLowerCase(Locale.GERMAN);
        if (kind.endsWith("kreis")) {
            return Gender.MASCULINE;
        }
        if (kind.equals("jobcenter")) {
            return Gender.NEUTER;
        }
        if (kind.endsWith("stadt") || kind.endsWith("region") || kind.endsWith("gemeinde")) {
            return Gender.FEMININE;
        }
        return Gender.NONE;
    }

    /** "Der Landkreis Rotenburg (Wümme)" at the start of a sentence. */
    public String subject() {
        return switch (gender()) {
            case MASCULINE -> "Der " + name;
            case NEUTER -> "Das " + name;
            case FEMININE -> "Die " + name;
            case NONE -> name;
        };
    }

    /** "der Landkreis" within a sentence, once the full name has been given. */
    public String shortSubject() {
        return switch (gender()) {
            case MASCULINE -> "der " + kind();
            case NEUTER -> "das " + kind();
            case FEMININE -> "die " + kind();
            case NONE -> name;
        };
    }

    /** "des Landkreises Rotenburg (Wümme)". */
    public String genitive() {
        return switch (gender()) {
            case MASCULINE -> "des " + kind() + "es" + name.substring(kind().length());
            case NEUTER -> "des " + kind() + "s" + name.substring(kind().length());
            case FEMININE -> "der " + name;
            case NONE -> "von " + name;
        };
    }

    /** "im Landkreis Rotenburg (Wümme)". */
    public String inside() {
        return switch (gender()) {
            case MASCULINE, NEUTER -> "im " + name;
            case FEMININE -> "in der " + name;
            case NONE -> "in " + name;
        };
    }
}
