/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryLayout;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The libraries the workbench is connected to, remembered across restarts: name, clone URL, user name and local clone
 * in {@code libraries.json} of the bundle's state location (no secrets), the password in Eclipse secure storage under
 * {@code /org.prozesswerk.library/<url>} (encrypted), never in plain text. Several libraries at once.
 */
public final class LibraryConnections {

    /** One connected library: its clone lives in {@code dir}. */
    public record Connection(String name, String url, String user, String dir) {
        public Path clone() {
            return Path.of(dir);
        }
    }

    private record Stored(List<Connection> libraries) {
    }

    static final String SECURE_ROOT = "/org.prozesswerk.library";
    private static final String PASSWORD = "password";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static LibraryConnections instance;

    private final Path stateDir;
    private final ISecurePreferences secure;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The workbench's connections (state location of this bundle, the default secure storage). */
    public static synchronized LibraryConnections getDefault() {
        if (instance == null) {
            instance = new LibraryConnections(Platform.getStateLocation(Platform.getBundle("org.prozesswerk.library.ui"))
                    .toPath(), SecurePreferencesFactory.getDefault());
        }
        return instance;
    }

    /** Replaces the workbench's connections (the workbench test: its own state folder and secure storage). */
    static synchronized void setDefault(LibraryConnections connections) {
        instance = connections;
    }

    /** Connections kept in {@code stateDir} with passwords in {@code secure} (a second body in tests). */
    public LibraryConnections(Path stateDir, ISecurePreferences secure) {
        this.stateDir = stateDir;
        this.secure = secure;
        Path file = file();
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
                if (stored != null && stored.libraries() != null) {
                    stored.libraries().stream().filter(c -> c.url() != null && c.dir() != null)
                            .forEach(connections::add);
                }
            } catch (IOException | JsonParseException e) {
                ILog.of(LibraryConnections.class).error(NLS.bind(Messages.connectionsUnreadable, file,
                        e.getMessage()), e);
            }
        }
    }

    private Path file() {
        return stateDir.resolve("libraries.json");
    }

    public List<Connection> connections() {
        return List.copyOf(connections);
    }

    public Optional<Connection> byUrl(String url) {
        return connections.stream().filter(c -> c.url().equals(url)).findFirst();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Clones {@code url} and remembers it; the password goes to secure storage. On failure nothing is kept (no clone
     * folder, no entry, no password).
     */
    public Connection connect(String name, String url, String user, char[] password) throws LibraryException,
            IOException {
        String trimmed = url.strip();
        Optional<Connection> existing = byUrl(trimmed);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path clones = stateDir.resolve("clones");
        Files.createDirectories(clones);
        String slug = LibraryLayout.newItemId(name == null || name.isBlank() ? "bibliothek" : name, "clone");
        Path dir = clones.resolve(slug);
        for (int i = 2; Files.exists(dir); i++) {
            dir = clones.resolve(slug + "-" + i);
        }
        CredentialsProvider credentials = credentials(user, password);
        try (Library library = Library.cloneFrom(trimmed, dir, credentials)) {
            String title = name == null || name.isBlank() ? library.description().name() : name.strip();
            Connection c = new Connection(title, trimmed, user == null || user.isBlank() ? null : user.strip(),
                    dir.toAbsolutePath().toString());
            storePassword(trimmed, password);
            connections.add(c);
            save();
            fire();
            return c;
        } catch (LibraryException | IOException | RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    /** Opens the clone of {@code c} with its stored credentials. */
    public Library open(Connection c) throws LibraryException {
        return Library.open(c.clone(), credentials(c));
    }

    /** Forgets the library: its entry, its password and its clone. */
    public void remove(Connection c) throws IOException {
        connections.remove(c);
        save();
        ISecurePreferences node = node(c.url());
        node.removeNode();
        flush();
        deleteTree(c.clone());
        fire();
    }

    /** The credentials for {@code c}: user name and password from secure storage, or none. */
    public CredentialsProvider credentials(Connection c) {
        if (c.user() == null) {
            return null;
        }
        try {
            String password = node(c.url()).get(PASSWORD, null);
            return password == null ? null : new UsernamePasswordCredentialsProvider(c.user(), password);
        } catch (StorageException e) {
            ILog.of(LibraryConnections.class).error(NLS.bind(Messages.secureStorageFailed, c.url(), e.getMessage()), e);
            return null;
        }
    }

    private static CredentialsProvider credentials(String user, char[] password) {
        return user == null || user.isBlank() || password == null ? null
                : new UsernamePasswordCredentialsProvider(user.strip(), password);
    }

    private void storePassword(String url, char[] password) throws IOException {
        if (password == null || password.length == 0) {
            return;
        }
        try {
            node(url).put(PASSWORD, new String(password), true);
            flush();
        } catch (StorageException e) {
            throw new IOException(NLS.bind(Messages.secureStorageFailed, url, e.getMessage()), e);
        }
    }

    private ISecurePreferences node(String url) {
        return secure.node(SECURE_ROOT + "/" + EncodingUtils.encodeSlashes(url));
    }

    private void flush() throws IOException {
        secure.flush();
    }

    private void save() throws IOException {
        Files.createDirectories(stateDir);
        byte[] json = GSON.toJson(new Stored(new ArrayList<>(connections))).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file(), json);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            ILog.of(LibraryConnections.class).warn(dir + ": " + e.getMessage());
        }
    }
}
