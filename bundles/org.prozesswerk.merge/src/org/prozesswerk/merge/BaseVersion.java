package org.prozesswerk.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a register remembers about the version it was derived from or last updated to, so that the next update needs
 * no question: {@code ProcessRegister.baseVersion} holds a built-in Musterregister version's name (e.g. {@code V2.1})
 * or, for a file, its absolute path ({@link #forFile}); {@code baseChecksum} holds the file's SHA-256
 * ({@link #checksum}). {@link #locateFile} finds the file again, also after the register and its base were moved
 * together to another folder or machine.
 */
public final class BaseVersion {

    private BaseVersion() {
    }

    /** @return what {@code baseVersion} stores for a file: its absolute, normalised path */
    public static String forFile(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** @return SHA-256 (lower-case hex) of the file's bytes, read as a stream */
    public static String checksum(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Finds the remembered base file: the stored path if that file exists (a relative path, as older versions of the
     * command line stored the bare file name, is taken relative to the register's folder); else a file of the same
     * name in the register's folder whose checksum is the remembered one (register and base moved together).
     *
     * @param baseVersion  the register's {@code baseVersion} (not a built-in version name)
     * @param baseChecksum the register's {@code baseChecksum}, or {@code null}
     * @param registerDir  the folder of the register's file, or {@code null} if it has none
     * @return the base file, if found; a file at the stored path is returned even if its checksum changed (callers
     *         compare {@link #checksum} and warn)
     */
    public static Optional<Path> locateFile(String baseVersion, String baseChecksum, Path registerDir) {
        if (baseVersion == null || baseVersion.isBlank()) {
            return Optional.empty();
        }
        Path stored;
        try {
            stored = Path.of(baseVersion);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        Path resolved = stored.isAbsolute() ? stored : registerDir == null ? null : registerDir.resolve(stored);
        if (resolved != null && Files.isRegularFile(resolved)) {
            return Optional.of(resolved.normalize());
        }
        if (registerDir == null || baseChecksum == null || stored.getFileName() == null) {
            return Optional.empty();
        }
        Path beside = registerDir.resolve(stored.getFileName());
        try {
            if (Files.isRegularFile(beside) && baseChecksum.equalsIgnoreCase(checksum(beside))) {
                return Optional.of(beside.toAbsolutePath().normalize());
            }
        } catch (IOException e) {
            // unreadable: not the base
        }
        return Optional.empty();
    }
}
