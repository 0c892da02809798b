/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jgit.lib.PersonIdent;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.muster.MusterRegister;

/**
 * Builds a demo library: a bare repository with the given register's Steckbriefe published into it by the normal
 * publish path (a scratch clone next to it, removed afterwards). The CLI feeds it the Musterregister and the real
 * FIM Stammprozess model ({@link #createFromMusterregister}), as does the workbench's first start.
 */
public final class DemoLibrary {

    /** The real FIM Stammprozess shipped in {@code demo/} (source and licence: demo/README.md). */
    static final String MODEL = "99006028261000_embedded_BPMN_DI-Export.bpmn";
    static final String LEIKA = "99006028261000";

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

    /**
     * The demo library from real data: the first {@code count} Steckbriefe of the Musterregister plus the Steckbrief
     * of the FIM Stammprozess 99006028261000 with its BPMN model (detail level 101, as in its XProzess message).
     */
    public static List<String> createFromMusterregister(Path bare, int count, PersonIdent author)
            throws IOException, LibraryException {
        if (Files.exists(bare)) {
            throw new IOException(bare + " exists already");
        }
        ProcessRegister reg = MusterRegister.generate(MusterRegister.DEFAULT_SIZE_CLASS).register();
        Path work = Files.createTempDirectory("prozesswerk-demo-register-");
        try {
            Path registerFile = work.resolve(MusterRegister.FILE_NAME);
            URL model = Platform.getBundle("org.prozesswerk.library").getEntry("demo/" + MODEL);
            try (InputStream in = model.openStream()) {
                Files.copy(in, work.resolve(MODEL), StandardCopyOption.REPLACE_EXISTING);
            }
            List<ProcessProfile> all = Steckbriefe.all(reg);
            List<ProcessProfile> chosen = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
            ProcessProfile stamm = all.stream().filter(p -> p.getCatalogueReferences().stream()
                    .anyMatch(r -> LEIKA.equals(r.getKey()))).findFirst().orElse(null);
            if (stamm == null) {
                stamm = ProzesswerkFactory.eINSTANCE.createProcessProfile();
                stamm.setId("fim-" + LEIKA);
                stamm.setKey("FIM-" + LEIKA);
                stamm.setName("Anzeige zur Beschäftigung einer schwangeren oder stillenden Frau bearbeiten");
                CatalogueReference ref = ProzesswerkFactory.eINSTANCE.createCatalogueReference();
                ref.setCatalogueId("leika");
                ref.setKey(LEIKA);
                ref.setLabel(stamm.getName());
                stamm.getCatalogueReferences().add(ref);
                reg.getUnfiledProfiles().add(stamm);
            }
            ProcessModelReference m = ProzesswerkFactory.eINSTANCE.createProcessModelReference();
            m.setPath(MODEL);
            m.setDetailLevel(101);
            m.setTitle("FIM-Stammprozess " + LEIKA + " (BPMN)");
            stamm.getModelReferences().add(m);
            if (!chosen.contains(stamm)) {
                chosen.add(stamm);
            }
            RegisterStore.save(reg, registerFile);
            return create(bare, reg, registerFile, chosen, author);
        } finally {
            try (var s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
