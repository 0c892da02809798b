package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small form dialog for the rows of the editor's tables (legal basis, context, model reference): labelled text
 * fields, multi-line fields and lists, with required fields and per-field checks.
 */
public final class FieldsDialog extends EditorDialog {

    public enum Kind {
        TEXT, MULTI, CHOICE
    }

    /**
     * @param check  returns an error message for a value, or {@code null}; may be {@code null}
     * @param browse an extra "…" button that returns a new value (or {@code null}); may be {@code null}
     */
    public record Field(String id, String label, Kind kind, List<String> choices, String initial, boolean required,
            Function<String, String> check, Function<Shell, String> browse) {

        public static Field text(String id, String label, String initial, boolean required) {
            return new Field(id, label, Kind.TEXT, List.of(), initial, required, null, null);
        }

        public static Field multi(String id, String label, String initial) {
            return new Field(id, label, Kind.MULTI, List.of(), initial, false, null, null);
        }

        public static Field choice(String id, String label, List<String> choices, String initial) {
            return new Field(id, label, Kind.CHOICE, choices, initial, true, null, null);
        }

        public Field withCheck(Function<String, String> newCheck) {
            return new Field(id, label, kind, choices, initial, required, newCheck, browse);
        }

        public Field withBrowse(Function<Shell, String> newBrowse) {
            return new Field(id, label, kind, choices, initial, required, check, newBrowse);
        }
    }

    private final List<Field> fields;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    public FieldsDialog(Shell parent, String title, String message, List<Field> fields) {
        super(parent, title, message);
        this.fields = new ArrayList<>(fields);
    }

    @Override
    protected void createContent(Composite content) {
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).spacing(8, 8).applyTo(content);
        for (Field field : fields) {
            Label label = new Label(content, SWT.NONE);
            label.setText(field.label() + (field.required() && field.kind() != Kind.CHOICE ? " *" : ""));
            GridDataFactory.swtDefaults().align(SWT.BEGINNING, field.kind() == Kind.MULTI ? SWT.BEGINNING : SWT.CENTER)
                    .applyTo(label);
            Control control;
            switch (field.kind()) {
                case CHOICE -> {
                    Combo combo = new Combo(content, SWT.READ_ONLY);
                    field.choices().forEach(combo::add);
                    int index = field.choices().indexOf(field.initial());
                    combo.select(Math.max(0, index));
                    combo.addListener(SWT.Selection, event -> validate());
                    control = combo;
                }
                case MULTI -> {
                    Text text = new Text(content, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
                    text.setText(Formats.text(field.initial()));
                    text.addModifyListener(event -> validate());
                    control = text;
                }
                default -> {
                    Text text = new Text(content, SWT.SINGLE | SWT.BORDER);
                    text.setText(Formats.text(field.initial()));
                    text.addModifyListener(event -> validate());
                    control = text;
                }
            }
            ProfilePage.tag(control, "fieldsDialog." + field.id());
            GridDataFactory.fillDefaults().grab(true, field.kind() == Kind.MULTI).span(field.browse() == null ? 2 : 1, 1)
                    .hint(380, field.kind() == Kind.MULTI ? 70 : SWT.DEFAULT).applyTo(control);
            controls.put(field.id(), control);
            if (field.browse() != null) {
                Button browse = new Button(content, SWT.PUSH);
                browse.setText(Messages.Button_Browse);
                browse.addListener(SWT.Selection, event -> {
                    String value = field.browse().apply(getShell());
                    if (value != null && control instanceof Text text) {
                        text.setText(value);
                    }
                });
            }
        }
    }

    private String value(Control control) {
        if (control instanceof Combo combo) {
            return combo.getText();
        }
        return ((Text) control).getText();
    }

    @Override
    protected void validate() {
        String error = null;
        for (Field field : fields) {
            Control control = controls.get(field.id());
            if (control == null) {
                return;
            }
            String value = value(control).strip();
            if (field.required() && value.isEmpty()) {
                error = error != null ? error : Messages.FieldsDialog_Required;
            } else if (field.check() != null && !value.isEmpty()) {
                String problem = field.check().apply(value);
                error = error != null ? error : problem;
            }
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    @Override
    protected void okPressed() {
        for (Field field : fields) {
            Control control = controls.get(field.id());
            values.put(field.id(), control instanceof Combo combo ? String.valueOf(combo.getSelectionIndex())
                    : value(control).strip());
        }
        super.okPressed();
    }

    /** The value of a text field (stripped), or the selected index of a list, after OK. */
    public String value(String id) {
        return values.get(id);
    }

    /** The value, {@code null} if empty. */
    public String valueOrNull(String id) {
        return Formats.orNull(values.get(id));
    }

    public int index(String id) {
        return Integer.parseInt(values.get(id));
    }
}
