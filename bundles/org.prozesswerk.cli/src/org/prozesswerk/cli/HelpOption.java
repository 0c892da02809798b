package org.prozesswerk.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h}/{@code --help} option every subcommand offers, as a picocli mixin: a command declares
 * {@code @Mixin HelpOption help;} or extends {@link BaseCommand}. Its text is the common resource bundle's
 * {@code help} key (German in {@code messages_de.properties}), as for an option declared in the command itself.
 */
public final class HelpOption {

    /**
     * Where the option is listed: after the command's own options (whose order is the default, -1), also when it
     * comes from {@link BaseCommand}, whose options picocli would otherwise list first.
     */
    static final int LAST = 1000;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.", order = LAST)
    boolean help;
}
