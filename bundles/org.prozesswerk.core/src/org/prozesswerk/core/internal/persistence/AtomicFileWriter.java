package org.prozesswerk.core.internal.persistence;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Writes a file so that readers (and a crash) see either the old or the new content, never a half-written file:
 * write a temporary file in the same directory, fsync it, keep the previous file as {@code <name>.bak}, then rename
 * atomically over the target and fsync the directory.
 */
public final class AtomicFileWriter {

    /** The content producer; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Suffix of the backup of the previous content. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final AtomicLong COUNTER = new AtomicLong();

    /** Test hook: wraps the temporary file's stream, e.g. to fail after some bytes. Identity in production. */
    static volatile UnaryOperator<OutputStream> streamDecorator = UnaryOperator.identity();

    private AtomicFileWriter() {
    }

    /** The backup path of {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /** Replaces {@code target} with what {@code content} writes; on any failure the old file stays as it was. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = streamDecorator.apply(
                        new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
                content.writeTo(new NonClosing(out));
                out.flush();
                channel.force(true);
            }
            if (Files.exists(absolute)) {
                backup(absolute);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        syncDirectory(directory);
    }

    // Not Files.createTempFile: that creates mode 0600, and the register would silently lose its permissions.
    private static Path createTemp(Path directory, String name) throws IOException {
        while (true) {
            Path temp = directory.resolve('.' + name + '.' + ProcessHandle.current().pid() + '-'
                    + COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // a leftover of a crashed run with a recycled pid: take the next number
            }
        }
    }

    // A hard link costs no copy and leaves the old inode in place after the rename; copy where links don't work.
    private static void backup(Path target) throws IOException {
        Path backup = backupOf(target);
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // Makes the rename itself durable; not every platform can open a directory, which is then merely less durable.
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    /** Keeps EMF from closing the channel before we fsync it. */
    private static final class NonClosing extends FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
