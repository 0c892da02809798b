package org.prozesswerk.bpmn.cli.internal;

import java.util.concurrent.Callable;

import org.prozesswerk.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code prozesswerk bpmn}: BPMN 2.0 files; the work is done by its subcommands. */
@Command(name = "bpmn", subcommands = { StatsCommand.class, RoundtripCommand.class }, mixinStandardHelpOptions = true,
        header = "Work with BPMN 2.0 files (OMG BPMN 2.0.2, MIWG interchange).")
public final class BpmnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INPUT_ERROR;
    }
}
