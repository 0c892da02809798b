package org.prozesswerk.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code prozesswerk}, {@code prozesswerk bpmn}): called without one there
 * is nothing to do, so it shows what there is on standard error and exits with {@link ExitCodes#INPUT_ERROR}.
 */
public abstract class GroupCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INPUT_ERROR;
    }
}
