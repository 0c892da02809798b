package org.prozesswerk.cli.internal;

import org.prozesswerk.cli.GroupCommand;

import picocli.CommandLine.Command;

/** {@code prozesswerk}: the command that holds every contributed subcommand. */
@Command(name = "prozesswerk", mixinStandardHelpOptions = true, versionProvider = ProductVersion.class, sortOptions = false)
public final class RootCommand extends GroupCommand {
}
