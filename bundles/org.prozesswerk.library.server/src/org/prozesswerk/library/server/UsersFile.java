/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.prozesswerk.library.LibraryFormatException;

/**
 * The users file of the library server (docs/library.md, "Users file"): one user per line,
 * {@code NAME:pbkdf2-sha256:ITERATIONS:SALT:HASH} with salt and hash in Base64, {@code #} starts a comment line.
 * Passwords are never stored, only PBKDF2-HMAC-SHA256 hashes (JDK, no extra library).
 */
public final class UsersFile {

    static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 210_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** One user's hash. */
    record Entry(String name, int iterations, byte[] salt, byte[] hash) {
    }

    private final Map<String, Entry> users;
    /**
     * Per user, a keyed SHA-256 of the password last verified with PBKDF2: every HTTP request of a Git client carries
     * basic auth (a push or fetch is two or more requests), and 210,000 PBKDF2 iterations per request cost the server
     * about 0.1 s of CPU each. Memory only, keyed with a random per-process key; a wrong password never enters it.
     */
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];

    private UsersFile(Map<String, Entry> users) {
        this.users = users;
        new SecureRandom().nextBytes(cacheKey);
    }

    /** Reads the file; a bad line is an error naming file and line. */
    public static UsersFile load(Path file) throws IOException, LibraryFormatException {
        Map<String, Entry> users = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", -1);
            try {
                if (parts.length != 5 || !SCHEME.equals(parts[1]) || !NAME.matcher(parts[0]).matches()) {
                    throw new IllegalArgumentException("expected NAME:" + SCHEME + ":ITERATIONS:SALT:HASH");
                }
                Entry e = new Entry(parts[0], Integer.parseInt(parts[2]), Base64.getDecoder().decode(parts[3]),
                        Base64.getDecoder().decode(parts[4]));
                if (e.iterations() < 10_000 || e.salt().length < 16 || e.hash().length != 32) {
                    throw new IllegalArgumentException("too weak: at least 10000 iterations, 16 bytes salt, 32 bytes hash");
                }
                if (users.put(e.name(), e) != null) {
                    throw new IllegalArgumentException("user " + e.name() + " appears twice");
                }
            } catch (IllegalArgumentException e) {
                throw new LibraryFormatException(file, i + 1, 1, e.getMessage());
            }
        }
        return new UsersFile(users);
    }

    /** Whether {@code password} is the password of {@code name}; constant time in the hash comparison. */
    public boolean verify(String name, char[] password) {
        Entry e = users.get(name);
        if (e == null || password == null) {
            return false;
        }
        byte[] token = token(e, password);
        byte[] known = verified.get(name);
        if (known != null && MessageDigest.isEqual(known, token)) {
            return true;
        }
        if (MessageDigest.isEqual(e.hash(), hash(password, e.salt(), e.iterations()))) {
            verified.put(name, token);
            return true;
        }
        return false;
    }

    private byte[] token(Entry e, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(cacheKey);
            sha.update(e.salt());
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (GeneralSecurityException x) {
            throw new IllegalStateException("SHA-256 missing from the JDK", x);
        }
    }

    public List<String> names() {
        return new ArrayList<>(users.keySet());
    }

    /** Adds or replaces {@code name} in {@code file} (created if missing), written atomically. */
    public static void setPassword(Path file, String name, char[] password) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name must match " + NAME.pattern());
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String entry = name + ':' + SCHEME + ':' + ITERATIONS + ':' + Base64.getEncoder().encodeToString(salt) + ':'
                + Base64.getEncoder().encodeToString(hash(password, salt, ITERATIONS));
        List<String> out = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith(name + ':')) {
                    out.add(line);
                }
            }
        } else {
            out.add("# Prozesswerk library server users: NAME:" + SCHEME + ":ITERATIONS:SALT:HASH (docs/library.md)");
        }
        out.add(entry);
        Path absolute = file.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.write(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static byte[] hash(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from the JDK", e);
        }
    }
}
