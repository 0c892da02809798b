package org.prozesswerk.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.diagram.notation.NotationFile;
import org.prozesswerk.model.ProcessRegister;

/**
 * A register as diagrams see it: the editing domain whose command stack every diagram edit goes through (shared
 * with the navigator, editors and Properties view), the notation beside the register file, and the thread the
 * model lives on.
 *
 * @param registerFile the register file; the notation is stored in {@link NotationStore#fileFor(Path)}
 */
public record DiagramSource(Path registerFile, AdapterFactoryEditingDomain domain, ProcessRegister register,
        NotationFile notation, ModelAccess access, DiagramHost host) {

    public DiagramSource {
        Objects.requireNonNull(registerFile);
        Objects.requireNonNull(domain);
        Objects.requireNonNull(register);
        Objects.requireNonNull(notation);
        Objects.requireNonNull(access);
        Objects.requireNonNull(host);
    }

    /**
     * A headless source: notation loaded from (or created beside) the register file, model access in place, saving
     * writes the register and the notation.
     */
    public static DiagramSource headless(Path registerFile, AdapterFactoryEditingDomain domain,
            ProcessRegister register) throws IOException {
        NotationFile notation = NotationStore.load(registerFile, register);
        return new DiagramSource(registerFile, domain, register, notation, ModelAccess.direct(), () -> {
            RegisterEditingDomain.save(domain, registerFile);
            NotationStore.save(notation, registerFile);
        });
    }

    /** The key under which the source is published to diagram sessions ({@link DiagramSources}). */
    public String sourceUri() {
        return registerFile.toAbsolutePath().normalize().toUri().toString();
    }
}
