package org.prozesswerk.cli;

import java.nio.file.Path;

import org.prozesswerk.model.ProcessRegister;

import picocli.CommandLine.Parameters;

/**
 * The register file a subcommand reads, as its first parameter, as a picocli mixin: a command declares
 * {@code @Mixin RegisterFile file;}. Its text is the command's {@code file} key, as for a parameter declared in the
 * command itself.
 */
public final class RegisterFile {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file", description = "Register file (.pwreg or .pwregb).")
    Path path;

    public Path path() {
        return path;
    }

    /** The register, or a {@link CliInputException} (exit 2) naming the file; see {@link Registers#load(Path)}. */
    public ProcessRegister load() {
        return Registers.load(path);
    }
}
