package org.prozesswerk.ui.properties;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * The Eigenschaften page for parts that show register elements: properties from the EMF item providers, edited by
 * commands, and refreshed after every command of an open register (so undo in an editor shows here at once).
 */
public class RegisterPropertySheetPage extends PropertySheetPage {

    private final List<CommandStack> stacks = new ArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final RegisterDocuments.Listener documentsListener = this::listenToDocuments;
    private boolean refreshPending;

    public RegisterPropertySheetPage() {
        setPropertySourceProvider(new RegisterPropertySourceProvider());
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        RegisterDocuments.getDefault().addListener(documentsListener);
        listenToDocuments();
    }

    private void listenToDocuments() {
        stacks.forEach(stack -> stack.removeCommandStackListener(stackListener));
        stacks.clear();
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            CommandStack stack = document.editingDomain().getCommandStack();
            stack.addCommandStackListener(stackListener);
            stacks.add(stack);
        }
    }

    private void commandStackChanged(EventObject event) {
        Control control = getControl();
        if (control == null || control.isDisposed() || refreshPending) {
            return;
        }
        refreshPending = true;
        control.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!control.isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void dispose() {
        RegisterDocuments.getDefault().removeListener(documentsListener);
        stacks.forEach(stack -> stack.removeCommandStackListener(stackListener));
        stacks.clear();
        super.dispose();
    }
}
