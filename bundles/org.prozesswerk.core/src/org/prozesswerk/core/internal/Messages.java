package org.prozesswerk.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of the core bundle: {@code messages.properties} (English) and {@code messages_de.properties}
 * (German). Unlike Eclipse's NLS class the locale is a parameter, because reports are rendered for a locale the
 * caller chooses (e.g. a CLI option), not only for the JVM default.
 */
public final class Messages {

    private static final String BUNDLE = "org.prozesswerk.core.internal.messages";

    // No fallback to the default locale: asking for English on a German machine must give the base file.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for {@code key} in the default locale, with {@link MessageFormat} arguments filled in. */
    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }

    /** The text for {@code key} in {@code locale}, with {@link MessageFormat} arguments filled in. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL)
                    .getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
