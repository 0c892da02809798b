/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.typing;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's message split into text and placeholders: {@code "Steckbrief {key}: {responsibleUnit.name}"}. A
 * placeholder is a path of feature names starting at the checked element; {@code {{}} writes a literal brace.
 */
public record MessageTemplate(List<Part> parts) {

    /** Literal text, or a placeholder with its feature path and its offset within the message text. */
    public record Part(String text, List<String> path, int offset) {
        public boolean isPlaceholder() {
            return path != null;
        }
    }

    /** Parses a message; an unclosed or empty placeholder is returned as an error message. */
    public static MessageTemplate parse(String message, List<String> errors) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (c == '{' && i + 1 < message.length() && message.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
            } else if (c == '{') {
                int end = message.indexOf('}', i);
                if (end < 0) {
                    errors.add("Platzhalter ohne schließende Klammer: " + message.substring(i));
                    text.append(message, i, message.length());
                    break;
                }
                String inner = message.substring(i + 1, end).strip();
                if (inner.isEmpty()) {
                    errors.add("Leerer Platzhalter {}");
                } else {
                    if (text.length() > 0) {
                        parts.add(new Part(text.toString(), null, -1));
                        text.setLength(0);
                    }
                    parts.add(new Part(inner, List.of(inner.split("\\s*\\.\\s*")), i));
                }
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            parts.add(new Part(text.toString(), null, -1));
        }
        return new MessageTemplate(List.copyOf(parts));
    }
}
