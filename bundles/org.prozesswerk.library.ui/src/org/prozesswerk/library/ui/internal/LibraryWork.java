/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.merge.ui.internal.RegisterSource;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSets;
import org.prozesswerk.ui.RegisterDocument;

/**
 * The library operations for an open register: each runs the headless {@link Library} operation on a copy and hands
 * back what changed as one EMF command (adopt, publish's provenance), or builds the versions the register update
 * dialog compares (updates).
 */
final class LibraryWork {

    private LibraryWork() {
    }

    // ------------------------------------------------------------------ adopt

    /** What adopting did: the command executed and the predecessor/successor keys the register does not have. */
    record Adoption(Command command, List<String> unresolved) {
    }

    /**
     * Adopts {@code ids} into the register of {@code document} (in {@code folder}, {@code unit} responsible) as one
     * command on its command stack. All items are read first: an invalid item adopts nothing.
     */
    static Adoption adopt(RegisterDocument document, Library library, List<String> ids, Folder folder, OrgUnit unit)
            throws LibraryException {
        RegisterCopies.Copy copy = RegisterCopies.of(document.register());
        Library.Adopted adopted = library.adopt(copy.changed(), document.file(), ids, copy.inCopy(folder),
                copy.inCopy(unit));
        Command command = RegisterCopies.command(copy, document.register(), document.editingDomain(),
                NLS.bind(Messages.adoptCommand, ids.size()));
        document.editingDomain().getCommandStack().execute(command);
        return new Adoption(command, adopted.unresolvedReferences());
    }

    // ------------------------------------------------------------------ publish

    /** A publication prepared on the UI thread and run in a Job: the register copy and its Steckbriefe. */
    record Publication(RegisterDocument document, RegisterCopies.Copy copy, List<ProcessProfile> profiles) {
    }

    /** Copies the register (UI thread) for a publication of {@code profiles}. */
    static Publication prepare(RegisterDocument document, List<ProcessProfile> profiles) {
        RegisterCopies.Copy copy = RegisterCopies.of(document.register());
        return new Publication(document, copy, profiles.stream().map(copy::inCopy).toList());
    }

    /** The contributed rule sets (as {@code prozesswerk validate} without --rules). */
    static RuleSet ruleSet() throws LibraryException {
        RuleSetLoad load = RuleSets.loadAll(List.of());
        if (load.hasErrors()) {
            throw new LibraryException(LibraryException.Kind.VALIDATION, NLS.bind(Messages.rulesInvalid,
                    load.problems()), null);
        }
        return load.orElseThrow();
    }

    /** Publishes (any thread: the copy is not shown): rules first, then commit and push with retry. */
    static Library.Published publish(Publication p, Library library, RuleSet rules, IProgressMonitor monitor)
            throws LibraryException {
        ProcessRegister register = p.copy().changed();
        String body = register.getPublisher() == null || register.getPublisher().isBlank() ? register.getName()
                : register.getPublisher();
        return library.publish(register, p.document().file(), p.profiles(), rules, null,
                new PersonIdent(body == null ? "Prozesswerk" : body, System.getProperty("user.name", "") + "@"
                        + "prozesswerk.invalid"), monitor);
    }

    /** The provenance the publication recorded, as one command on the live register (UI thread). */
    static Command provenance(Publication p) {
        return RegisterCopies.command(p.copy(), p.document().register(), p.document().editingDomain(),
                Messages.publishCommand);
    }

    // ------------------------------------------------------------------ updates

    /** Adopted Steckbriefe whose items changed, as the versions the update dialog compares. */
    record Updates(List<Library.Update> changed, List<Library.Update> removed, RegisterSource base,
            RegisterSource theirs, List<LibraryItem> newItems) {
    }

    /** The libraries (by URL) the register's Steckbriefe were adopted from or published to. */
    static Set<String> sources(ProcessRegister register) {
        Set<String> out = new LinkedHashSet<>();
        for (ProcessProfile p : Steckbriefe.all(register)) {
            String url = ModelMapping.provenance(p, ModelMapping.SOURCE_LIBRARY);
            if (url != null) {
                out.add(url);
            }
        }
        return out;
    }

    /**
     * Which adopted Steckbriefe changed in {@code library} since adoption (after a pull), and the two versions for
     * the register update dialog: base = the register with each such Steckbrief's travelling fields as adopted,
     * theirs = the same with the library's current version and the new commit as provenance. Local matters are the
     * register's in both, so the merge only shows the library's changes against the local ones.
     */
    static Updates updates(RegisterDocument document, Library library) throws LibraryException {
        library.pull();
        ProcessRegister live = document.register();
        List<Library.Update> all = library.updates(live);
        List<Library.Update> changed = new ArrayList<>();
        List<Library.Update> removed = new ArrayList<>();
        for (Library.Update u : all) {
            (u.removed() ? removed : changed).add(u);
        }
        RegisterCopies.Copy base = RegisterCopies.of(live);
        RegisterCopies.Copy theirs = RegisterCopies.of(live);
        List<LibraryItem> newItems = new ArrayList<>();
        for (Library.Update u : changed) {
            LibraryItem then = library.itemAt(u.itemId(), ObjectId.fromString(u.adoptedCommit()));
            LibraryItem now = library.itemAt(u.itemId(), ObjectId.fromString(u.currentCommit()));
            if (then != null) {
                ProcessProfile b = base.inCopy(u.profile());
                ModelMapping.apply(then.steckbrief(), b, base.changed(), path -> Library.modelPath(u.itemId(), path));
            }
            ProcessProfile t = theirs.inCopy(u.profile());
            ModelMapping.apply(now.steckbrief(), t, theirs.changed(), path -> Library.modelPath(u.itemId(), path));
            ModelMapping.setProvenance(theirs.changed(), t, ModelMapping.SOURCE_COMMIT, u.currentCommit());
            newItems.add(now);
        }
        String head = all.isEmpty() ? "" : all.get(0).currentCommit().substring(0, 10);
        RegisterSource baseSource = RegisterSource.of(NLS.bind(Messages.updateBase, library.url()),
                library.url() + "#adopted", base::changed);
        RegisterSource theirsSource = RegisterSource.of(NLS.bind(Messages.updateTheirs, library.url(), head),
                library.url() + "@" + head, theirs::changed);
        return new Updates(changed, removed, baseSource, theirsSource, newItems);
    }

    /** After the update was applied: the items' BPMN models next to the register. */
    static void copyModels(Library library, RegisterDocument document, List<LibraryItem> items) throws IOException {
        Path dir = document.file().toAbsolutePath().getParent();
        for (LibraryItem item : items) {
            library.copyModels(item, dir);
        }
    }
}
