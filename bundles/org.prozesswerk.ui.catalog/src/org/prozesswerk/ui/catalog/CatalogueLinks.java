package org.prozesswerk.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.catalog.internal.Messages;

/**
 * Linking catalogue entries to Steckbriefe: the command the catalogue browser, its drag and drop and the
 * "Mit Steckbrief verknüpfen" command execute, and a drop hook for other parts (e.g. the Steckbrief editor).
 * <p>
 * The catalogue browser drags {@link CatalogueEntryRef}s as a {@link LocalSelectionTransfer} selection. A part that
 * shows one Steckbrief accepts them with {@link #addDropSupport(Control, Supplier)}.
 */
public final class CatalogueLinks {

    private CatalogueLinks() {
    }

    /**
     * A command that adds a {@link CatalogueReference} (catalogue id, key, label snapshot, catalogue version) for each
     * entry to the Steckbrief, as {@link AddCommand}s on the register's editing domain, undone as one. Entries the
     * Steckbrief already references are skipped; if none is left the command is not executable.
     */
    public static Command linkCommand(RegisterDocument document, ProcessProfile profile,
            List<CatalogueEntryRef> entries) {
        if (document == null || profile == null || entries == null || entries.isEmpty()
                || RegisterDocuments.getDefault().documentOf(profile).orElse(null) != document) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(Messages.Link_Command);
        List<CatalogueEntryRef> added = new ArrayList<>();
        for (CatalogueEntryRef ref : entries) {
            if (isLinked(profile, ref) || added.contains(ref)) {
                continue;
            }
            added.add(ref);
            command.append(AddCommand.create(document.editingDomain(), profile,
                    ProzesswerkPackage.Literals.PROCESS_PROFILE__CATALOGUE_REFERENCES, newReference(ref)));
        }
        return added.isEmpty() ? UnexecutableCommand.INSTANCE : command.unwrap();
    }

    /** The command for one entry; see {@link #linkCommand(RegisterDocument, ProcessProfile, List)}. */
    public static Command linkCommand(RegisterDocument document, ProcessProfile profile, Catalogue catalogue,
            CatalogueEntry entry) {
        return linkCommand(document, profile, List.of(new CatalogueEntryRef(catalogue, entry)));
    }

    /** Executes the link command on the Steckbrief's register; returns whether anything was linked. */
    public static boolean link(ProcessProfile profile, List<CatalogueEntryRef> entries) {
        RegisterDocument document = profile == null ? null
                : RegisterDocuments.getDefault().documentOf(profile).orElse(null);
        Command command = linkCommand(document, profile, entries);
        if (!command.canExecute()) {
            return false;
        }
        document.editingDomain().getCommandStack().execute(command);
        return true;
    }

    /** Whether the Steckbrief already has a reference to this entry (catalogue id compared ignoring case). */
    public static boolean isLinked(ProcessProfile profile, CatalogueEntryRef ref) {
        for (CatalogueReference reference : profile.getCatalogueReferences()) {
            if (reference.getCatalogueId() != null
                    && reference.getCatalogueId().toUpperCase(Locale.ROOT)
                            .equals(ref.catalogue().id().toUpperCase(Locale.ROOT))
                    && Objects.equals(reference.getKey(), ref.entry().key())) {
                return true;
            }
        }
        return false;
    }

    /** A new, detached reference to the entry with the label and the catalogue version of today. */
    public static CatalogueReference newReference(CatalogueEntryRef ref) {
        CatalogueReference reference = ProzesswerkFactory.eINSTANCE.createCatalogueReference();
        reference.setCatalogueId(ref.catalogue().id());
        reference.setKey(ref.entry().key());
        reference.setLabel(ref.entry().label());
        reference.setCatalogueVersion(ref.catalogue().version());
        return reference;
    }

    /** The catalogue entries in a selection (e.g. the one being dragged), in order; empty if there are none. */
    public static List<CatalogueEntryRef> entriesIn(ISelection selection) {
        List<CatalogueEntryRef> result = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                if (element instanceof CatalogueEntryRef ref) {
                    result.add(ref);
                }
            }
        }
        return result;
    }

    /**
     * Lets catalogue entries be dropped onto {@code control} (which must not have a drop target yet), linking them
     * to the Steckbrief {@code target} supplies at drop time. For parts that show a single Steckbrief, such as the
     * Steckbrief editor's catalogue page.
     */
    public static DropTarget addDropSupport(Control control, Supplier<ProcessProfile> target) {
        DropTarget dropTarget = new DropTarget(control, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
        dropTarget.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
        dropTarget.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                check(event);
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                check(event);
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                check(event);
            }

            private void check(DropTargetEvent event) {
                List<CatalogueEntryRef> entries = entriesIn(LocalSelectionTransfer.getTransfer().getSelection());
                ProcessProfile profile = target.get();
                if (entries.isEmpty() || profile == null) {
                    event.detail = DND.DROP_NONE;
                } else if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
                    event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_LINK;
                }
            }

            @Override
            public void drop(DropTargetEvent event) {
                List<CatalogueEntryRef> entries = entriesIn(LocalSelectionTransfer.getTransfer().getSelection());
                if (!link(target.get(), entries)) {
                    event.detail = DND.DROP_NONE;
                }
            }
        });
        return dropTarget;
    }
}
