package org.prozesswerk.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.prozesswerk.io.internal.WriteHooks;

/**
 * The one atomic file writer of Prozesswerk (registers, exports, BPMN models, derived registers). Readers and a crash
 * see either the old or the new content, never a half-written file:
 * <ol>
 * <li>the content goes to {@code .NAME.PID-N.tmp} in the target's directory, created with the usual umask mode (not
 * the 0600 of {@code Files.createTempFile}) or, when the target exists, with the target's permissions;</li>
 * <li>it is forced to disk, optionally the previous file is kept as {@code NAME.bak} (a hard link, no copy), then it
 * is renamed over the target and the directory is forced;</li>
 * <li>a failed write deletes its temporary file; so does a JVM that is ended by SIGINT/SIGTERM while writing (shutdown
 * hook). A SIGKILL cannot be caught: the next successful write of the same target removes temporary files whose
 * process is gone.</li>
 * </ol>
 * Two processes writing the same target at once each rename a complete file; the last rename wins.
 */
public final class AtomicFileWriter {

    /** The content producer; it may close the stream, which then only flushes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Suffix of the backup of the previous content. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();
    /** Temporary files being written by this JVM; the shutdown hook deletes what is left. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK_INSTALLED = new AtomicBoolean();

    private AtomicFileWriter() {
    }

    /** The backup path of {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /** Replaces {@code target} with what {@code content} writes; on any failure the old file stays as it was. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /** Like {@link #write(Path, Content)}, with the bytes given. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content), false);
    }

    /** Like {@link #write(Path, Content)}, and keeps the previous content as {@link #backupOf(Path)}. */
    public static void writeKeepingBackup(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        String name = absolute.getFileName().toString();
        installShutdownHook();
        Path temp = createTemp(directory, name);
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = WriteHooks.streamDecorator.apply(
                        new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
                content.writeTo(new NonClosing(out));
                out.flush();
                channel.force(true);
            }
            if (keepBackup && Files.exists(absolute)) {
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
        } finally {
            IN_PROGRESS.remove(temp);
        }
        syncDirectory(directory);
        removeStaleTemporaries(absolute);
    }

    /**
     * Deletes the temporary files of earlier writes of {@code target} whose process has ended (killed while writing).
     * Those of running processes, this one's included, stay.
     *
     * @return how many were deleted
     */
    public static int removeStaleTemporaries(Path target) {
        Path absolute = target.toAbsolutePath();
        Pattern pattern = Pattern.compile("\\." + Pattern.quote(absolute.getFileName().toString())
                + "\\.(\\d{1,19})-\\d{1,19}\\.tmp");
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute.getParent(),
                "." + globQuote(absolute.getFileName().toString()) + ".*.tmp")) {
            for (Path entry : entries) {
                Matcher matcher = pattern.matcher(entry.getFileName().toString());
                if (matcher.matches() && isStale(entry, matcher.group(1))) {
                    try {
                        if (Files.deleteIfExists(entry)) {
                            removed++;
                        }
                    } catch (IOException e) {
                        // left for the next save
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning is best effort; the save itself has succeeded
        }
        return removed;
    }

    /** True when {@code candidate} is named like a temporary file of {@code target} written by this class. */
    public static boolean isTemporaryOf(Path target, Path candidate) {
        return Pattern.matches("\\." + Pattern.quote(target.getFileName().toString()) + "\\.\\d{1,19}-\\d{1,19}\\.tmp",
                candidate.getFileName().toString());
    }

    private static boolean isStale(Path entry, String pidText) {
        long pid;
        try {
            pid = Long.parseLong(pidText);
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == PID) {
            return !IN_PROGRESS.contains(entry);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isEmpty() || !process.get().isAlive();
    }

    private static String globQuote(String name) {
        StringBuilder quoted = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.toString();
    }

    // Not Files.createTempFile: that creates mode 0600, and the file would silently lose its permissions.
    private static Path createTemp(Path directory, String name) throws IOException {
        while (true) {
            Path temp = directory.resolve('.' + name + '.' + PID + '-' + COUNTER.incrementAndGet() + ".tmp");
            IN_PROGRESS.add(temp);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // a leftover of a crashed run with a recycled pid: take the next number
                IN_PROGRESS.remove(temp);
            } catch (IOException | RuntimeException e) {
                IN_PROGRESS.remove(temp);
                throw e;
            }
        }
    }

    // Overwriting keeps the target's mode (an export shared with a group stays shared).
    private static void copyPermissions(Path target, Path temp) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(target);
        } catch (NoSuchFileException e) {
            return; // a new file: the umask mode it was created with
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system
        }
        Files.setPosixFilePermissions(temp, permissions);
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

    // SIGINT/SIGTERM (e.g. Ctrl-C on a slow export) run shutdown hooks: no temporary file stays behind.
    private static void installShutdownHook() {
        if (HOOK_INSTALLED.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    for (Path temp : IN_PROGRESS) {
                        try {
                            Files.deleteIfExists(temp);
                        } catch (IOException e) {
                            // the next save of the same file removes it
                        }
                    }
                }, "prozesswerk-temp-cleanup"));
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    /** Keeps the content producer (EMF, POI) from closing the channel before it is forced to disk. */
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
