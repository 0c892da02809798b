package org.prozesswerk.merge.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.merge.BaseVersion;
import org.prozesswerk.merge.ContentFingerprint;
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
            // the fingerprint's load digests the bytes it parses: that digest is the file's checksum
            ProcessRegister register = ContentFingerprint.load(file);
            return new Registers(argument, register, ContentFingerprint.fileChecksum(register));
        } catch (RegisterLoadException e) {
            // reads FILE:LINE:COL: cause
            throw new CliInputException(e.getMessage(), e);
        }
    }

    /** The version name to remember as the merged register's base: the version, or the file's absolute path. */
    String baseVersion() {
        return checksum == null ? argument : BaseVersion.forFile(Path.of(argument));
    }

    /**
     * @return the base version the local register remembers: a built-in version name, or the path of its file
     *         ({@link BaseVersion#locateFile}, also after the register was moved together with it)
     * @throws CliInputException if the register remembers none or the file is gone
     */
    static String rememberedBase(ProcessRegister register, Path registerFile) {
        String remembered = register.getBaseVersion();
        if (remembered == null || remembered.isBlank()) {
            throw new CliInputException(NLS.bind(Messages.Input_NoBaseVersion, registerFile));
        }
        if (MusterVersions.NAMES.contains(remembered)) {
            return remembered;
        }
        Path dir = registerFile.toAbsolutePath().getParent();
        return BaseVersion.locateFile(remembered, register.getBaseChecksum(), dir).map(Path::toString)
                .orElseThrow(() -> new CliInputException(NLS.bind(Messages.Input_BaseVersionMissing, registerFile,
                        remembered)));
    }
}
