package org.prozesswerk.exchange.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.exchange.OptionDescriptor;

/** A field per contributed option (text, check box or combo), rebuilt when the format changes. */
final class OptionFields {

    private final Composite parent;
    private final Map<OptionDescriptor, Control> fields = new LinkedHashMap<>();

    /** The fields in a group "Optionen" of {@code page} that spans its {@code columns} columns. */
    OptionFields(Composite page, int columns) {
        Group group = new Group(page, SWT.NONE);
        group.setText(Messages.Export_Options);
        group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
        group.setLayout(new GridLayout(2, false));
        this.parent = group;
    }

    void show(List<OptionDescriptor> options) {
        for (Control child : parent.getChildren()) {
            child.dispose();
        }
        fields.clear();
        if (options.isEmpty()) {
            // an empty frame looks broken; say why it is empty
            new Label(parent, SWT.NONE).setText(Messages.Options_None);
        }
        for (OptionDescriptor option : options) {
            if (option.type() == OptionDescriptor.Type.BOOLEAN) {
                Button check = new Button(parent, SWT.CHECK);
                check.setText(option.label());
                check.setSelection(Boolean.parseBoolean(option.defaultValue()));
                check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
                fields.put(option, check);
                continue;
            }
            new Label(parent, SWT.NONE).setText(option.label() + ":");
            if (option.type() == OptionDescriptor.Type.CHOICE) {
                Combo combo = new Combo(parent, SWT.READ_ONLY);
                combo.setItems(option.choices().toArray(String[]::new));
                combo.select(Math.max(0, option.choices().indexOf(option.defaultValue())));
                fields.put(option, combo);
            } else {
                Text text = new Text(parent, SWT.BORDER);
                text.setText(option.defaultValue());
                text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                fields.put(option, text);
            }
        }
        parent.layout(true, true);
        parent.getParent().layout(true, true);
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((option, control) -> {
            String value = switch (control) {
                case Button check -> Boolean.toString(check.getSelection());
                case Combo combo -> combo.getText();
                case Text text -> text.getText();
                default -> option.defaultValue();
            };
            values.put(option.id(), value);
        });
        return values;
    }
}
