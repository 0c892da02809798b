package org.prozesswerk.bpmn.cli.internal;

import org.prozesswerk.cli.GroupCommand;

import picocli.CommandLine.Command;

/** {@code prozesswerk bpmn}: BPMN 2.0 files; the work is done by its subcommands. */
@Command(name = "bpmn", subcommands = { StatsCommand.class, RoundtripCommand.class }, mixinStandardHelpOptions = true,
        header = "Work with BPMN 2.0 files (OMG BPMN 2.0.2, MIWG interchange).")
public final class BpmnCommand extends GroupCommand {
}
