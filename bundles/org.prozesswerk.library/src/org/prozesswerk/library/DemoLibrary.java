/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.PersonIdent;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * Builds a demo library: a bare repository with the given register's Steckbriefe published into it by the normal
 * publish path (a scratch clone next to it, removed afterwards). The CLI feeds it the Musterregister and the real
 * FIM Stammprozess model; the workbench's first start can do the same later.
 */
public final class DemoLibrary {

    private DemoLibrary() {
    }

    /**
     * @param bare         the bare repository to create (must not exist)
     * @param register     the Steckbriefe to publish, already saved as {@code registerFile} (models resolve from it)
     * @return the ids of the published items
     */
    public static List<String> create(Path bare, ProcessRegister register, Path registerFile, List<ProcessProfile> profiles,
            PersonIdent author) throws IOException, LibraryException {
        if (Files.exists(bare)) {
            throw new IOException(bare + " exists already");
        }
        Library.createBare(bare, "Demo-Bibliothek (Musterregister)", register.getPublisher() == null
                ? "Prozesswerk" : register.getPublisher(), "CC-BY-4.0", author);
        Path scratch = Files.createTempDirectory("prozesswerk-demo-");
        try (Library library = Library.cloneFrom(bare.toUri().toString(), scratch.resolve("clone"), null)) {
            return library.publish(register, registerFile, profiles, null, null, author).itemIds();
        } finally {
            try (var s = Files.walk(scratch)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
