package org.prozesswerk.bpmn.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.prozesswerk.io.AtomicFileWriter;

/**
 * The BPMN editor's saves: {@link AtomicFileWriter} (temporary file, fsync, rename), keeping the previous content as
 * {@code <name>.bak}.
 */
public final class AtomicFiles {

    static final String BACKUP_SUFFIX = AtomicFileWriter.BACKUP_SUFFIX;

    private AtomicFiles() {
    }

    static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file);
    }

    public static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFileWriter.writeKeepingBackup(file, out -> out.write(content));
    }
}
