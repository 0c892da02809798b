package org.prozesswerk.cli.internal;

import java.util.concurrent.Callable;

import org.prozesswerk.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code prozesswerk}: the command that holds every contributed subcommand. */
@Command(name = "prozesswerk", mixinStandardHelpOptions = true, versionProvider = ProductVersion.class, sortOptions = false)
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Without a subcommand there is nothing to do: show what there is, as a usage error.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INPUT_ERROR;
    }
}
