/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.merge.BaseVersion;
import org.prozesswerk.merge.ContentFingerprint;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.muster.MusterVersions;

/**
 * A register version to update to, to compare with, or to use as the base: a built-in Musterregister version or a
 * file. {@link #key()} is what the register remembers as its base version.
 */
public abstract class RegisterSource {

    private final String label;
    private final String key;

    RegisterSource(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** @return what the user reads in the choice */
    public String label() {
        return label;
    }

    /** @return a short name for a column title: the file name of a file */
    public String shortLabel() {
        String key = key();
        int slash = Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\'));
        return slash >= 0 ? key.substring(slash + 1) : label;
    }

    /** @return what a register remembers as its base version: a Musterregister version or a file path */
    public String key() {
        return key;
    }

    /** Loads (or generates) the register; may take seconds, call it with a busy cursor. */
    public abstract ProcessRegister load() throws RegisterLoadException;

    /** @return SHA-256 (hex) of the file, {@code null} for a built-in version or an unreadable file */
    public String checksum() {
        return null;
    }

    @Override
    public String toString() {
        return label;
    }

    /** A register file. */
    public static RegisterSource file(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new RegisterSource(absolute.getFileName() + " \u2013 " + absolute.getParent(), absolute.toString()) {
            @Override
            public ProcessRegister load() throws RegisterLoadException {
                return ContentFingerprint.load(absolute);
            }

            @Override
            public String checksum() {
                try {
                    return BaseVersion.checksum(absolute);
                } catch (IOException e) {
                    return null;
                }
            }
        };
    }

    /**
     * A register built in memory (e.g. a library item's versions laid over a copy of the register); {@code key} is
     * what {@link #key()} returns.
     */
    public static RegisterSource of(String label, String key, java.util.function.Supplier<ProcessRegister> register) {
        return new RegisterSource(label, key) {
            @Override
            public ProcessRegister load() {
                return register.get();
            }
        };
    }

    /** The published Musterregister versions the application carries ({@link MusterVersions}), oldest first. */
    public static List<RegisterSource> builtIn() {
        return List.of(builtIn(MusterVersions.V1, Messages.builtInV1), builtIn(MusterVersions.V2_1, Messages.builtInV21));
    }

    private static RegisterSource builtIn(String version, String label) {
        return new RegisterSource(label, version) {
            @Override
            public ProcessRegister load() {
                return MusterVersions.build(version).orElseThrow();
            }
        };
    }

    /**
     * The base version the register remembers ({@code baseVersion}): a built-in version by its key, else the file
     * ({@link BaseVersion#locateFile}: the stored absolute path, or the same file beside the register with the
     * remembered checksum after both were moved); {@code null} if none is remembered or found (then the user is
     * asked).
     */
    public static RegisterSource rememberedBase(ProcessRegister register) {
        String key = register.getBaseVersion();
        if (key == null || key.isBlank()) {
            return null;
        }
        for (RegisterSource s : builtIn()) {
            if (Objects.equals(s.key(), key)) {
                return s;
            }
        }
        URI uri = register.eResource() == null ? null : register.eResource().getURI();
        Path dir = uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent() : null;
        return BaseVersion.locateFile(key, register.getBaseChecksum(), dir).map(RegisterSource::file).orElse(null);
    }
}
