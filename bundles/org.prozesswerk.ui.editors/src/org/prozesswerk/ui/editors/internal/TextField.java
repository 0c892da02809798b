package org.prozesswerk.ui.editors.internal;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Text;

/**
 * Binds a text widget to a value of the model. What the user types is written as one command when typing pauses
 * (600 ms), when the field loses focus, on Enter (single-line fields), and before save, undo and redo; so the dirty
 * state follows within a moment and an undo restores whole words, not letters. Input that does not parse (a number,
 * a date) is not written; the form header shows why. While the user has uncommitted input, model changes do not
 * overwrite it; otherwise the field follows the model (undo, redo, other editors).
 */
public final class TextField {

    private static final int COMMIT_DELAY_MS = 600;

    private final ProfilePage page;
    private final Text text;
    private final Supplier<String> read;
    private final Function<String, Command> write;
    private final Runnable delayedCommit = this::commit;
    private boolean pending;
    private boolean updating;
    private boolean error;

    /**
     * @param read  the model value as text
     * @param write the command that writes the text into the model ({@code null}: nothing to do); throws
     *              {@link IllegalArgumentException} with a user message for invalid input
     */
    public TextField(ProfilePage page, Text text, Supplier<String> read, Function<String, Command> write) {
        this.page = page;
        this.text = text;
        this.read = read;
        this.write = write;
        text.addModifyListener(event -> {
            if (!updating) {
                pending = true;
                text.getDisplay().timerExec(-1, delayedCommit);
                text.getDisplay().timerExec(COMMIT_DELAY_MS, delayedCommit);
            }
        });
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent event) {
                commit();
            }
        });
        if ((text.getStyle() & SWT.MULTI) == 0) {
            text.addListener(SWT.DefaultSelection, event -> commit());
        }
        text.addDisposeListener(event -> text.getDisplay().timerExec(-1, delayedCommit));
        page.fields.add(this);
    }

    public Text control() {
        return text;
    }

    /** Writes uncommitted input into the model. */
    public void commit() {
        if (!pending || text.isDisposed()) {
            return;
        }
        pending = false;
        text.getDisplay().timerExec(-1, delayedCommit);
        try {
            Command command = write.apply(text.getText());
            clearError();
            page.execute(command);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
        }
    }

    /** Shows the model value unless the user has uncommitted or invalid input in the field. */
    public void refresh() {
        if (pending || text.isDisposed()) {
            return;
        }
        String value = read.get();
        if (error) {
            // the model changed underneath invalid input (e.g. undo): show the model again
            String current = text.getText();
            try {
                write.apply(current);
            } catch (IllegalArgumentException e) {
                return;
            }
            clearError();
        }
        if (!value.equals(text.getText())) {
            updating = true;
            try {
                text.setText(value);
            } finally {
                updating = false;
            }
        }
    }

    private void showError(String message) {
        error = true;
        if (page.messages() != null) {
            page.messages().add(this, message, IMessageProvider.ERROR, text);
        }
    }

    private void clearError() {
        if (!error) {
            return;
        }
        error = false;
        if (page.messages() != null) {
            page.messages().remove(this);
        }
    }
}
