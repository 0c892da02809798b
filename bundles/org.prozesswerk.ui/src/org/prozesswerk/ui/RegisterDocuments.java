package org.prozesswerk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rights.RightsCommandStack;
import org.prozesswerk.ui.internal.PersonPrompt;
import org.prozesswerk.ui.internal.RefusalNotice;

/**
 * The registers open in this workbench. Opening a file twice returns the same document, so two editors never edit
 * two copies of one register. All methods are meant for the UI thread except {@link #load(Path)}.
 */
public final class RegisterDocuments {

    /** Notified in the UI thread when documents are opened or closed. */
    public interface Listener {
        void documentsChanged();
    }

    private static final RegisterDocuments INSTANCE = new RegisterDocuments();

    private final List<RegisterDocument> documents = new ArrayList<>();
    private final ListenerList<Listener> listeners = new ListenerList<>();

    private RegisterDocuments() {
    }

    public static RegisterDocuments getDefault() {
        return INSTANCE;
    }

    /** The open documents, in the order they were opened. */
    public synchronized List<RegisterDocument> documents() {
        return List.copyOf(documents);
    }

    /** The open document of {@code file}, if any. */
    public synchronized Optional<RegisterDocument> find(Path file) {
        Path normal = normalize(file);
        return documents.stream().filter(d -> normalize(d.file()).equals(normal)).findFirst();
    }

    /** The document an element of an open register belongs to. */
    public synchronized Optional<RegisterDocument> documentOf(EObject element) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(element);
        return documents.stream().filter(d -> d.editingDomain() == domain).findFirst();
    }

    /**
     * Loads a register into a fresh editing domain without adding it to the open documents; safe to call from a
     * background job. Pass the result to {@link #add(LoadedRegister)} in the UI thread.
     */
    public static LoadedRegister load(Path file) throws RegisterLoadException {
        // Every command on the register passes the rights check of the current person (docs/roles.md).
        RightsCommandStack stack = new RightsCommandStack();
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(stack);
        stack.install(domain);
        ProcessRegister register = RegisterEditingDomain.open(domain, file);
        return new LoadedRegister(file, domain, register);
    }

    /** A register loaded by {@link #load(Path)}, not yet open. */
    public record LoadedRegister(Path file, AdapterFactoryEditingDomain domain, ProcessRegister register) {
    }

    /** Opens a loaded register, or returns the document already open for its file. */
    public RegisterDocument add(LoadedRegister loaded) {
        RegisterDocument document;
        synchronized (this) {
            Optional<RegisterDocument> existing = find(loaded.file());
            if (existing.isPresent()) {
                loaded.domain().getResourceSet().getResources().clear();
                return existing.get();
            }
            document = new RegisterDocument(loaded.file(), loaded.domain(), loaded.register());
            if (loaded.domain().getCommandStack() instanceof RightsCommandStack rights) {
                rights.addRefusalListener(RefusalNotice::show);
                PersonPrompt.askOnce(loaded.register());
            }
            documents.add(document);
        }
        fireChanged();
        return document;
    }

    /** Loads and opens {@code file} in the calling thread. */
    public RegisterDocument open(Path file) throws RegisterLoadException {
        Optional<RegisterDocument> existing = find(file);
        return existing.isPresent() ? existing.get() : add(load(file));
    }

    /** Closes the document, dropping unsaved changes: callers ask the user first. */
    public void close(RegisterDocument document) {
        synchronized (this) {
            if (!documents.remove(document)) {
                return;
            }
        }
        document.dispose();
        fireChanged();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        for (Listener listener : listeners) {
            listener.documentsChanged();
        }
    }

    private static Path normalize(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (java.io.IOException e) {
            return absolute;
        }
    }
}
