package org.prozesswerk.bpmn.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.BpmnParseException;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prozesswerk bpmn roundtrip IN --out OUT}: reads a BPMN file and writes it again, extensions included. */
@Command(name = "roundtrip", mixinStandardHelpOptions = true,
        header = "Read a BPMN file and write it again, keeping ids, DI and vendor extensions.")
public final class RoundtripCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1", descriptionKey = "in", description = "The BPMN file to read.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "The file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        BpmnModel model;
        try {
            model = BpmnIO.load(in);
        } catch (BpmnParseException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliInputException(NLS.bind(Messages.Stats_ReadError, in, e.getMessage()), e);
        }
        for (String warning : model.warnings()) {
            spec.commandLine().getErr().println("prozesswerk bpmn roundtrip: " + warning);
        }
        try {
            BpmnIO.save(model, out);
        } catch (IOException e) {
            throw new CliInputException(NLS.bind(Messages.Roundtrip_WriteError, out, e.getMessage()), e);
        }
        spec.commandLine().getOut().println(NLS.bind(Messages.Roundtrip_Done, new Object[] { in, out,
                model.statistics().elements().values().stream().mapToInt(Integer::intValue).sum() }));
        return ExitCodes.OK;
    }
}
