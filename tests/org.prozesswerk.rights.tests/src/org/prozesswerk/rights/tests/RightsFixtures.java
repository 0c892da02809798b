/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.rights.RightsCommandStack;
import org.prozesswerk.tests.support.TestRegisters;

/** Registers with roles and rights, editing domains on the rights stack, library items and a users file. */
final class RightsFixtures {

    static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;
    static final String PASSWORD = "geheim-1234";

    private RightsFixtures() {
    }

    /** A register and its editing domain on a {@link RightsCommandStack} acting as {@code account}. */
    record Workbench(ProcessRegister register, AdapterFactoryEditingDomain domain, RightsCommandStack stack) {
    }

    /** Puts {@code register} into a fresh domain on the rights stack, acting as {@code account}. */
    static Workbench workbench(ProcessRegister register, String account) {
        RightsCommandStack stack = new RightsCommandStack(() -> account);
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(stack);
        stack.install(domain);
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/rights-test.pwreg"));
        resource.getContents().add(register);
        return new Workbench(register, domain, stack);
    }

    /** Folders „Fachbereich 1“ (id P) › „Gewerbe“ (id F) and an empty access control. */
    static ProcessRegister register() {
        ProcessRegister r = F.createProcessRegister();
        r.setId("reg-rights");
        r.setName("Register mit Rollen");
        Folder parent = TestRegisters.folder("P", "Fachbereich 1");
        Folder folder = TestRegisters.folder("F", "Gewerbe");
        parent.getFolders().add(folder);
        r.getRootFolders().add(parent);
        r.setAccessControl(F.createAccessControl());
        return r;
    }

    static Folder folder(ProcessRegister r, String id) {
        Folder p = r.getRootFolders().get(0);
        return id.equals("P") ? p : p.getFolders().get(0);
    }

    /** A library item of publisher folder {@code stadt-a} with a name and status. */
    static String item(String id, String name, FimStatus status) {
        LibraryItem.Steckbrief s = new LibraryItem.Steckbrief(id.toUpperCase(), name, null, null, null, null, null,
                status == null ? null : status.getName(), null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        return ItemCodec.write(new LibraryItem(id, "Stadt A", 1, "CC-BY-4.0", s));
    }

    /** Writes a users file with the given accounts, all with {@link #PASSWORD} (10,000 PBKDF2 rounds: fast tests). */
    static Path users(Path file, String... accounts) throws IOException, GeneralSecurityException {
        List<String> lines = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        for (String a : accounts) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, 10_000, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            lines.add(a + ":pbkdf2-sha256:10000:" + Base64.getEncoder().encodeToString(salt) + ':'
                    + Base64.getEncoder().encodeToString(hash));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
