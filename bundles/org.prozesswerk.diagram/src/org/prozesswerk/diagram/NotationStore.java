package org.prozesswerk.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.prozesswerk.diagram.notation.Diagram;
import org.prozesswerk.diagram.notation.NotationFactory;
import org.prozesswerk.diagram.notation.NotationFile;
import org.prozesswerk.diagram.notation.NotationPackage;
import org.prozesswerk.diagram.notation.Shape;
import org.prozesswerk.diagram.notation.util.NotationResourceFactoryImpl;
import org.prozesswerk.model.ProcessRegister;

/**
 * Loads and saves the notation of a register: {@code <register file>.pwdiagram}, XMI, beside the register. It lives
 * in its own resource set, so the register's editing domain never mistakes it for a register; its changes still run
 * as commands on the register's command stack and are undone with the register's.
 */
public final class NotationStore {

    public static final String EXTENSION = ".pwdiagram";

    private NotationStore() {
    }

    public static Path fileFor(Path registerFile) {
        return registerFile.resolveSibling(registerFile.getFileName() + EXTENSION);
    }

    /** The notation of {@code registerFile}; an empty one (not yet saved) if there is none. */
    public static NotationFile load(Path registerFile, ProcessRegister register) throws IOException {
        NotationPackage.eINSTANCE.eClass();
        Path file = fileFor(registerFile);
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("pwdiagram",
                new NotationResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        if (Files.exists(file)) {
            resource.load(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof NotationFile notation) {
                return notation;
            }
            resource.getContents().clear();
        }
        NotationFile notation = NotationFactory.eINSTANCE.createNotationFile();
        notation.setRegisterId(register.getId());
        resource.getContents().add(notation);
        return notation;
    }

    /** Writes the notation beside {@code registerFile} (after a "save as", to the new place). */
    public static void save(NotationFile notation, Path registerFile) throws IOException {
        Resource resource = notation.eResource();
        Path file = fileFor(registerFile);
        resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (var out = Files.newOutputStream(temp)) {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The diagram of {@code diagramType}, if it has notation. */
    public static Optional<Diagram> diagram(NotationFile notation, String diagramType) {
        return notation.getDiagrams().stream().filter(d -> diagramType.equals(d.getDiagramType())).findFirst();
    }

    /** The manually placed shape of {@code semanticId} in {@code diagramType}. */
    public static Optional<Shape> shape(NotationFile notation, String diagramType, String semanticId) {
        return diagram(notation, diagramType).flatMap(d -> d.getElements().stream()
                .filter(e -> e instanceof Shape && semanticId.equals(e.getSemanticId())).map(Shape.class::cast)
                .findFirst());
    }
}
