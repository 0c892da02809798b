package org.prozesswerk.ui.editors.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * Problems of a page's input (a date that is none, a missing required attribute): a marker at the field and the
 * message in the form header, in German. Replaces the forms' IMessageManager, whose summaries ("2 warnings
 * detected") are English only.
 */
public final class FormMessages {

    private record Entry(String text, int type, ControlDecoration decoration) {
    }

    private final ScrolledForm form;
    private final Map<Object, Entry> entries = new LinkedHashMap<>();

    public FormMessages(ScrolledForm form) {
        this.form = form;
    }

    /** Shows {@code text} ({@link IMessageProvider#ERROR} or {@code WARNING}) for {@code control} under {@code key}. */
    public void add(Object key, String text, int type, Control control) {
        Entry old = entries.get(key);
        if (old != null && old.text().equals(text) && old.type() == type) {
            return;
        }
        remove(key, false);
        ControlDecoration decoration = null;
        if (control != null && !control.isDisposed()) {
            decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
            decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(type == IMessageProvider.ERROR
                    ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
            decoration.setDescriptionText(text);
        }
        entries.put(key, new Entry(text, type, decoration));
        update();
    }

    public void remove(Object key) {
        remove(key, true);
    }

    private void remove(Object key, boolean update) {
        Entry entry = entries.remove(key);
        if (entry != null) {
            if (entry.decoration() != null) {
                entry.decoration().dispose();
            }
            if (update) {
                update();
            }
        }
    }

    private void update() {
        if (form.isDisposed()) {
            return;
        }
        int type = IMessageProvider.NONE;
        String first = null;
        for (Entry entry : entries.values()) {
            if (entry.type() > type) {
                type = entry.type();
                first = entry.text();
            }
        }
        if (first == null) {
            form.setMessage(null, IMessageProvider.NONE);
        } else if (entries.size() == 1) {
            form.setMessage(first, type);
        } else {
            form.setMessage(NLS.bind(Messages.Form_MoreProblems, first, entries.size() - 1), type);
        }
    }
}
