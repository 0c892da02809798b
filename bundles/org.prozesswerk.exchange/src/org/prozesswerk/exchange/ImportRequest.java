package org.prozesswerk.exchange;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.prozesswerk.model.ProcessRegister;

/**
 * What to import, and where to.
 *
 * @param source       the file to read
 * @param target       the register that receives the Steckbriefe (new or existing; existing units and folders are
 *                     reused by name)
 * @param registerFile where {@code target} is (or will be) saved, or {@code null}; files that belong to imported
 *                     Steckbriefe (BPMN models) are written next to it and referenced relative to it
 * @param options      importer options by id; missing ones take the descriptor's default
 */
public record ImportRequest(Path source, ProcessRegister target, Path registerFile, Map<String, String> options) {

    public ImportRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    /** The option's value, or {@code defaultValue} when it is not set. */
    public String option(String id, String defaultValue) {
        return options.getOrDefault(id, defaultValue);
    }

    /** The folder of {@link #registerFile()}, or {@code null}. */
    public Path baseDirectory() {
        return registerFile == null ? null : registerFile.toAbsolutePath().getParent();
    }
}
