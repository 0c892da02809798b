package org.prozesswerk.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks the format of a catalogue key before anyone looks it up, e.g. LeiKa keys are 14 digits starting with 99. */
@FunctionalInterface
public interface KeyValidator {

    /** Accepts every key. */
    KeyValidator ANY = key -> Optional.empty();

    /**
     * @return empty when the key is well-formed, otherwise a user-facing message saying what is wrong
     */
    Optional<String> validate(String key);

    /**
     * A validator that accepts keys matching {@code regex} completely.
     *
     * @param description how a valid key looks, for the message (e.g. "14 Ziffern, beginnend mit 99")
     */
    static KeyValidator pattern(String regex, String description) {
        Pattern pattern = Pattern.compile(regex);
        return key -> key != null && pattern.matcher(key).matches() ? Optional.empty()
                : Optional.of(org.eclipse.osgi.util.NLS.bind(org.prozesswerk.catalog.internal.Messages.keyFormat,
                        key, description == null || description.isBlank() ? regex : description));
    }
}
