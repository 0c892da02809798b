package org.prozesswerk.merge.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.muster.MusterVersions;

/** A register named on the command line: a built-in Musterregister version or a file. */
record Registers(String argument, ProcessRegister register, String checksum) {

    static Registers load(String argument) {
        if (MusterVersions.NAMES.contains(argument)) {
            try {
                return new Registers(argument, MusterVersions.build(argument).orElseThrow(), null);
            } catch (IllegalStateException e) {
                throw new CliInputException(argument + ": " + e.getMessage(), e);
            }
        }
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            throw new CliInputException(NLS.bind(Messages.Input_UnknownRegister, argument,
                    String.join(", ", MusterVersions.NAMES)));
        }
        try {
            return new Registers(argument, RegisterStore.load(file), sha256(file));
        } catch (RegisterLoadException e) {
            // reads FILE:LINE:COL: cause
            throw new CliInputException(e.getMessage(), e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new CliInputException(file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version name to remember as the merged register's base: the version, or the file name. */
    String baseVersion() {
        return checksum == null ? argument : Path.of(argument).getFileName().toString();
    }
}
