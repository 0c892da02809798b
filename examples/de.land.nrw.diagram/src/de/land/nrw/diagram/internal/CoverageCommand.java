package de.land.nrw.diagram.internal;

import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.HelpOption;
import org.prozesswerk.cli.RegisterFile;
import org.prozesswerk.diagram.DiagramTypes;

import de.land.nrw.diagram.CoverageGModelFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code prozesswerk nrw-coverage FILE}: finds the diagram type among the registered ones, creates its module as the
 * workbench does, builds the diagram of the register and prints how many Steckbriefe it shows and how many are
 * covered by the NRW catalogue.
 */
@Command(name = "nrw-coverage", header = "Example NRW: build the diagram \"Catalogue coverage NRW\" of a register.")
public final class CoverageCommand implements Callable<Integer> {

    @Mixin
    RegisterFile file;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws CoreException {
        DiagramTypes.Descriptor type = DiagramTypes.get(CoverageGModelFactory.DIAGRAM_TYPE)
                .orElseThrow(() -> new CliInputException(
                        NLS.bind(Messages.Coverage_NotRegistered, CoverageGModelFactory.DIAGRAM_TYPE)));
        type.createModule();
        GGraph graph = CoverageGModelFactory.build(file.load());
        long covered = graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                .filter(node -> CoverageGModelFactory.COVERED.equals(node.getArgs().get("fill"))).count();
        System.out.println(NLS.bind(Messages.Coverage_Result,
                new Object[] { type.id(), type.name(), graph.getChildren().size(), covered }));
        return 0;
    }
}
