package org.prozesswerk.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * What to export.
 *
 * @param register     the register the Steckbriefe belong to (for organisation, catalogues, statistics)
 * @param profiles     the Steckbriefe to write, in this order; all of them for {@link Scope#REGISTER}
 * @param scope        what the user chose to export
 * @param registerFile the register's file, or {@code null}; relative model paths are resolved against its folder
 * @param options      exporter options by id; missing ones take the descriptor's default
 */
public record ExportRequest(ProcessRegister register, List<ProcessProfile> profiles, Scope scope, Path registerFile,
        Map<String, String> options) {

    public ExportRequest {
        Objects.requireNonNull(register, "register");
        profiles = List.copyOf(profiles);
        scope = scope == null ? Scope.REGISTER : scope;
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    /** The whole register, with default options. */
    public static ExportRequest of(ProcessRegister register) {
        return new ExportRequest(register, Steckbriefe.all(register), Scope.REGISTER, null, Map.of());
    }

    /** The whole register of {@code file}, with {@code options}. */
    public static ExportRequest of(ProcessRegister register, Path file, Map<String, String> options) {
        return new ExportRequest(register, Steckbriefe.all(register), Scope.REGISTER, file, options);
    }

    /** A copy with other options. */
    public ExportRequest withOptions(Map<String, String> newOptions) {
        return new ExportRequest(register, profiles, scope, registerFile, newOptions);
    }

    /** The option's value, or {@code defaultValue} when it is not set. */
    public String option(String id, String defaultValue) {
        return options.getOrDefault(id, defaultValue);
    }

    /** The folder relative model paths are resolved against, or {@code null} when the register has no file. */
    public Path baseDirectory() {
        return registerFile == null ? null : registerFile.toAbsolutePath().getParent();
    }
}
