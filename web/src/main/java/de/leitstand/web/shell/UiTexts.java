package de.leitstand.web.shell;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The page's notices (saved, created, refused file …) by key of the {@code msg} bundle
 * ({@code messages_de/_en.properties}, block "Notices of the pages"), in the view's language; {@code {0}}, {@code {1}}
 * … are the parameters (MessageFormat, as for {@code h:outputFormat}).
 */
public final class UiTexts {

    private UiTexts() {
    }

    /** @return the text of the key in the view's language */
    public static String text(String key) {
        return Faces.getResourceBundle("msg").getString(key);
    }

    public static void info(String key, Object... params) {
        Messages.addGlobalInfo(text(key), params);
    }

    public static void warn(String key, Object... params) {
        Messages.addGlobalWarn(text(key), params);
    }

    public static void error(String key, Object... params) {
        Messages.addGlobalError(text(key), params);
    }

    /** A notice that survives the redirect after the action. */
    public static void flashInfo(String key, Object... params) {
        Messages.addFlashGlobalInfo(text(key), params);
    }
}
