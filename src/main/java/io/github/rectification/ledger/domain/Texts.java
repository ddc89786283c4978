package io.github.rectification.ledger.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

/**
 * Messages that are not the window's own (refusals of the store, the import and the command line), in
 * the language the window uses: {@code messages.properties} of a package (Chinese, the default) and
 * {@code messages_en.properties}. A package holds one {@code Texts} constant and writes
 * {@code TEXTS.text("key", args…)}; the patterns are {@link MessageFormat}s with numbered arguments.
 */
public final class Texts {
    /** Preference (and system property {@code ledger.language}) choosing the language: zh or en. */
    public static final String LANGUAGE_KEY = "language";
    /** The preferences node holding {@link #LANGUAGE_KEY}. */
    public static final String PREFERENCES_NODE = "io/github/rectification/ledger";

    /**
     * Java's preferences announce on stderr that they created their folder; on the command line, stderr
     * carries only the one message of a refusal.
     */
    private static final java.util.logging.Logger PREFERENCES_LOG = quiet(java.util.logging.Logger.getLogger("java.util.prefs"));

    private final String bundleName;

    private Texts(String bundleName) {
        this.bundleName = bundleName;
    }

    /** The texts of the bundle {@code <package>.messages}. */
    public static Texts of(Class<?> anyClassOfThePackage) {
        return new Texts(anyClassOfThePackage.getPackageName() + ".messages");
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger log) {
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** The language in use, the window's and the command line's: Chinese unless English was chosen. */
    public static Locale locale() {
        String chosen = System.getProperty("ledger.language");
        if (chosen == null) {
            chosen = Preferences.userRoot().node(PREFERENCES_NODE).get(LANGUAGE_KEY, "zh");
        }
        return "en".equals(chosen) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The text of a key in the language in use, {@code {0}}, {@code {1}} … filled in. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** The bundle in the language in use (for a library that reads its texts from a bundle itself). */
    public ResourceBundle bundle() {
        // without a fallback to the system's locale: Chinese is the default bundle itself
        return ResourceBundle.getBundle(bundleName, locale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
