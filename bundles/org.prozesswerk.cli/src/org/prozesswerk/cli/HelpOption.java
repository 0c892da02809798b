package org.prozesswerk.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h}/{@code --help} option every subcommand offers, as a picocli mixin: a command declares
 * {@code @Mixin HelpOption help;}. Its text is the common resource bundle's {@code help} key (German in
 * {@code messages_de.properties}), as for an option declared in the command itself.
 */
public final class HelpOption {

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
