package org.prozesswerk.bpmn.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.BpmnParseException;
import org.prozesswerk.bpmn.BpmnStatistics;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.TextOrJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code prozesswerk bpmn stats FILE… [--format text|json]}: element counts per file. A file that cannot be read is
 * reported (stderr, and as {@code error} in JSON) and makes the exit code 2; the other files are still counted.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Count the elements of BPMN files by category and element type.")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "file",
            description = "BPMN files (.bpmn, .bpmn2).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: text (default) or json.")
    TextOrJson format;

    /** One file's outcome: statistics or the error. */
    record Outcome(Path file, BpmnStatistics statistics, BpmnParseException error) {
    }

    @Override
    public Integer call() {
        List<Outcome> outcomes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            try {
                BpmnModel model = BpmnIO.load(file);
                warnings.addAll(model.warnings()); // kept as written, but the user must know (issue 18)
                outcomes.add(new Outcome(file, model.statistics(), null));
            } catch (BpmnParseException e) {
                outcomes.add(new Outcome(file, null, e));
            } catch (IOException e) {
                outcomes.add(new Outcome(file, null, new BpmnParseException(file.toString(), 0, 0,
                        NLS.bind(Messages.Stats_ReadError, file, e.getMessage()), e)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format == TextOrJson.json) {
            out.println(Json.outcomes(outcomes));
        } else {
            outcomes.stream().filter(o -> o.statistics() != null).forEach(o -> printText(out, o));
        }
        for (String warning : warnings) {
            err.println("prozesswerk bpmn stats: " + warning);
        }
        boolean failed = false;
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                err.println("prozesswerk bpmn stats: " + o.error().getMessage());
                failed = true;
            }
        }
        out.flush();
        return failed ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }

    private static void printText(PrintWriter out, Outcome outcome) {
        BpmnStatistics s = outcome.statistics();
        out.println(outcome.file());
        for (Map.Entry<String, Integer> c : s.categories().entrySet()) {
            out.printf("  %-24s %6d%n", Messages.category(c.getKey()), c.getValue());
        }
        for (BpmnStatistics.MediaBreak b : s.mediaBreaks()) {
            out.println("  " + NLS.bind(Messages.Stats_MediaBreak, new Object[] { b.kind(), b.id(),
                    b.sourceRef() + " \u2192 " + b.targetRef() }));
        }
        for (Map.Entry<String, String> lane : s.laneOrgUnits().entrySet()) {
            out.println("  " + NLS.bind(Messages.Stats_LaneOrgUnit, lane.getKey(), lane.getValue()));
        }
        StringBuilder elements = new StringBuilder();
        s.elements().forEach((name, count) -> elements.append(elements.isEmpty() ? "" : ", ").append(name)
                .append(' ').append(count));
        out.println("  " + Messages.Stats_Elements + ": " + elements);
    }
}
