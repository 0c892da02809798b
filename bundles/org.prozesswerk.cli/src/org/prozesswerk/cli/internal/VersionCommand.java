package org.prozesswerk.cli.internal;

import java.util.concurrent.Callable;

import org.prozesswerk.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code prozesswerk version}: product, bundle and Java versions, for bug reports. */
@Command(name = "version")
public final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new ProductVersion().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        return ExitCodes.OK;
    }
}
