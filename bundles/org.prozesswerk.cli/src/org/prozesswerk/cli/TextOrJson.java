package org.prozesswerk.cli;

/**
 * The output formats of a command that prints either for people or for scripts ({@code --format text|json}). The
 * constants are lower case because picocli matches and lists them as they are written.
 */
public enum TextOrJson {
    text, json
}
