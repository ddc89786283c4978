package io.github.rectification.ledger.ui.common;

import io.github.rectification.ledger.domain.Texts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user interface's texts, from {@code messages.properties} (Chinese, the default) and
 * {@code messages_en.properties}. Every text the window shows goes through {@link #lang}; the
 * consistency test finds the keys by that call, so keys are always written out in full.
 */
public final class Localization {
    /** The bundle's base name. */
    public static final String BUNDLE = "io.github.rectification.ledger.ui.messages";
    /** Preference (and system property {@code ledger.language}) choosing the language: zh or en. */
    public static final String LANGUAGE_KEY = Texts.LANGUAGE_KEY;

    private static volatile ResourceBundle bundle;

    private Localization() {
    }

    /** The text of a key; with arguments, {@code {0}}, {@code {1}} … are filled in (MessageFormat). */
    public static String lang(String key, Object... args) {
        String text;
        try {
            text = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? text : new MessageFormat(text, locale()).format(args);
    }

    /** Reads the texts again in the language now chosen; what is already on screen keeps its text. */
    public static void reload() {
        bundle = null;
    }

    /** The language in use: Chinese unless English was chosen (the command line uses the same). */
    public static Locale locale() {
        return Texts.locale();
    }

    private static ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            Locale l = locale();
            // without a fallback to the system's locale: Chinese is the default bundle itself
            b = ResourceBundle.getBundle(BUNDLE, l.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle = b;
        }
        return b;
    }
}
