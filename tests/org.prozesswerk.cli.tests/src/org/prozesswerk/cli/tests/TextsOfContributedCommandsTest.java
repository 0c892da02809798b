package org.prozesswerk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;

/**
 * The help of a subcommand contributed with its own {@code messages} (fragment.xml) speaks the language the CLI runs
 * in, and keeps the common texts (headings, {@code --help}) it does not define itself.
 */
@Isolated("changes the default locale")
class TextsOfContributedCommandsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private String help(Locale locale) {
        Locale.setDefault(locale);
        InProcessCli cli = new InProcessCli();
        assertEquals(ExitCodes.OK, cli.run("zaehlen", "--help"));
        assertEquals("", cli.err());
        return cli.out();
    }

    @Test
    void germanHelpComesFromTheContributedBundle() {
        String help = help(Locale.GERMAN);
        assertTrue(help.contains("Zählt die Steckbriefe eines Registers."), help);
        assertTrue(help.contains("Registerdatei."), help);
        assertTrue(help.contains("Nur diesen Ordner zählen."), help);
        // not in count_de.properties: the annotation's text
        assertTrue(help.contains("Count only Steckbriefe with this tag."), help);
        // from the CLI's common texts
        assertTrue(help.contains("Aufruf:"), help);
        assertTrue(help.contains("Diese Hilfe anzeigen und beenden."), help);
        assertFalse(help.contains("Counts the Steckbriefe"), help);
    }

    @Test
    void englishHelpComesFromTheAnnotations() {
        String help = help(Locale.ENGLISH);
        assertTrue(help.contains("Counts the Steckbriefe of a register."), help);
        assertTrue(help.contains("Count only this folder."), help);
        assertFalse(help.contains("Zählt"), help);
    }
}
