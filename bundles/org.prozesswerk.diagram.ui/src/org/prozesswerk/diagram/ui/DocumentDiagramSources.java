package org.prozesswerk.diagram.ui;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.DiagramSources;
import org.prozesswerk.diagram.ModelAccess;
import org.prozesswerk.diagram.NotationStore;
import org.prozesswerk.diagram.notation.NotationFile;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * The diagram source of each open register document, shared by all its diagrams (one notation per register). The
 * model lives on the UI thread; the notation is saved whenever the register is saved, by whichever part saves it.
 */
public final class DocumentDiagramSources {

    private static final Map<RegisterDocument, DiagramSource> SOURCES = new HashMap<>();
    private static boolean listening;

    private DocumentDiagramSources() {
    }

    /** The published source of {@code document}; call in the UI thread. */
    public static synchronized DiagramSource of(RegisterDocument document) throws IOException {
        DiagramSource existing = SOURCES.get(document);
        if (existing != null && existing.registerFile().equals(document.file())) {
            return existing;
        }
        Display display = Display.getCurrent();
        NotationFile notation = existing != null ? existing.notation()
                : NotationStore.load(document.file(), document.register());
        ModelAccess access = task -> {
            if (Display.getCurrent() != null || display.isDisposed()) {
                task.run();
            } else {
                display.syncExec(task);
            }
        };
        DiagramSource source = new DiagramSource(document.file(), document.editingDomain(), document.register(),
                notation, access, document::save);
        if (existing != null) {
            DiagramSources.withdraw(existing);
        } else {
            document.addListener(changed -> {
                if (!changed.isDirty()) {
                    saveNotation(changed);
                }
            });
        }
        SOURCES.put(document, source);
        DiagramSources.publish(source);
        if (!listening) {
            listening = true;
            RegisterDocuments.getDefault().addListener(DocumentDiagramSources::documentsChanged);
        }
        return source;
    }

    private static synchronized void saveNotation(RegisterDocument document) {
        DiagramSource source = SOURCES.get(document);
        if (source == null) {
            return;
        }
        try {
            NotationStore.save(source.notation(), document.file());
        } catch (IOException e) {
            ILog.of(DocumentDiagramSources.class).error("Could not save the diagram notation of " + document.file(), e);
        }
    }

    private static synchronized void documentsChanged() {
        SOURCES.entrySet().removeIf(entry -> {
            if (!RegisterDocuments.getDefault().documents().contains(entry.getKey())) {
                DiagramSources.withdraw(entry.getValue());
                return true;
            }
            return false;
        });
    }
}
