package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.editors.ProfileEditor;

/**
 * Attribute: the register's own attributes that apply to this Steckbrief (ProcessProfile.applicableAttributeDefinitions:
 * its folder and process type, as the method profile says), each with its help text, with a widget per type — text, formatted text,
 * number, date, list, yes/no, link, reference. Required attributes are marked with * and a missing value is shown in
 * the form header. Values are stored as strings as the model defines (numbers "17.5", dates "2024-05-01").
 */
public final class AttributesPage extends ProfilePage {

    public static final String ID = "attributes";

    private FormToolkit toolkit;
    private Composite grid;
    private String signature = "";
    private final List<TextField> attributeFields = new ArrayList<>();
    /** Widgets that are not text fields, refreshed here; and the control of each required definition. */
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<AttributeDefinition, Control> requiredControls = new LinkedHashMap<>();

    public AttributesPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_Attributes);
    }

    @Override
    protected void createContent(Composite body, FormToolkit formToolkit) {
        this.toolkit = formToolkit;
        grid = section(body, toolkit, Messages.Attributes_Section, Messages.Attributes_Description, false);
        build();
    }

    private static String signature(List<AttributeDefinition> definitions) {
        StringBuilder builder = new StringBuilder();
        for (AttributeDefinition d : definitions) {
            builder.append(System.identityHashCode(d)).append('|').append(d.getType()).append('|')
                    .append(d.getLabelDe()).append('|').append(d.getLabelEn()).append('|').append(d.isRequired())
                    .append('|').append(d.getAllowedValues()).append('|').append(d.getHelpText()).append('\n');
        }
        return builder.toString();
    }

    private void build() {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        fields.removeAll(attributeFields);
        attributeFields.clear();
        refreshers.clear();
        if (messages() != null) {
            requiredControls.keySet().forEach(messages()::remove);
        }
        requiredControls.clear();
        List<AttributeDefinition> definitions = profile().getApplicableAttributeDefinitions();
        signature = signature(definitions);
        if (definitions.isEmpty()) {
            Label none = toolkit.createLabel(grid, Messages.Attributes_None, SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(none);
            tag(none, "attributes.none");
        }
        for (AttributeDefinition definition : definitions) {
            create(definition);
        }
        grid.layout(true, true);
    }

    private static String label(AttributeDefinition definition) {
        boolean english = "en".equals(Locale.getDefault().getLanguage());
        String label = english && definition.getLabelEn() != null ? definition.getLabelEn() : definition.getLabelDe();
        if (label == null || label.isBlank()) {
            label = definition.getLabelEn() != null ? definition.getLabelEn() : Formats.text(definition.getId());
        }
        return label;
    }

    private void create(AttributeDefinition definition) {
        String caption = label(definition) + (definition.isRequired() ? " *" : "");
        String widgetId = "attributes." + definition.getId();
        AttributeType type = definition.getType() == null ? AttributeType.TEXT : definition.getType();
        Control control;
        switch (type) {
            case RICH_TEXT -> {
                Text text = multiText(grid, toolkit, caption, widgetId, 4);
                bind(definition, text, this::value, value -> value);
                control = text;
            }
            case NUMBER -> {
                Text text = text(grid, toolkit, caption, widgetId);
                bind(definition, text, d -> Formats.numberFromStorage(value(d)), Formats::numberToStorage);
                control = text;
            }
            case DATE -> {
                Text text = text(grid, toolkit, caption, widgetId);
                text.setMessage(Formats.dateExample());
                bind(definition, text, d -> Formats.dayFromStorage(value(d)),
                        value -> value.isBlank() ? null : Formats.parseDay(value).toString());
                control = text;
            }
            case ENUMERATION -> {
                label(grid, toolkit, caption);
                Combo combo = tag(new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN), widgetId);
                toolkit.adapt(combo, true, false);
                GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(combo);
                combo.addListener(SWT.Selection, event -> execute(setValue(definition,
                        combo.getSelectionIndex() <= 0 ? null : combo.getItem(combo.getSelectionIndex()))));
                refreshers.add(() -> {
                    List<String> items = new ArrayList<>();
                    items.add("");
                    items.addAll(definition.getAllowedValues());
                    String value = value(definition);
                    if (!value.isEmpty() && !items.contains(value)) {
                        items.add(value); // a value outside the list stays visible instead of vanishing
                    }
                    if (!List.of(combo.getItems()).equals(items)) {
                        combo.setItems(items.toArray(String[]::new));
                    }
                    combo.select(items.indexOf(value));
                });
                control = combo;
            }
            case BOOLEAN -> {
                label(grid, toolkit, caption);
                Button check = tag(toolkit.createButton(grid, Messages.Attributes_Yes, SWT.CHECK), widgetId);
                check.addListener(SWT.Selection, event -> execute(setValue(definition,
                        Boolean.toString(check.getSelection()))));
                refreshers.add(() -> check.setSelection(Boolean.parseBoolean(value(definition))));
                control = check;
            }
            case LINK -> {
                label(grid, toolkit, caption);
                Composite line = toolkit.createComposite(grid);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
                GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(line);
                Text text = tag(toolkit.createText(line, "", SWT.SINGLE | SWT.BORDER), widgetId);
                GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
                Hyperlink open = toolkit.createHyperlink(line, Messages.Button_OpenLink, SWT.NONE);
                open.addHyperlinkListener(new HyperlinkAdapter() {
                    @Override
                    public void linkActivated(HyperlinkEvent event) {
                        Links.open(getSite().getShell(), value(definition));
                    }
                });
                bind(definition, text, this::value, value -> {
                    String problem = value.isBlank() ? null : Links.check(value);
                    if (problem != null) {
                        throw new IllegalArgumentException(problem);
                    }
                    return value;
                });
                control = text;
            }
            default -> { // TEXT, REFERENCE
                Text text = text(grid, toolkit, caption, widgetId);
                bind(definition, text, this::value, value -> value);
                control = text;
            }
        }
        String help = definition.getHelpText() == null || definition.getHelpText().isBlank() ? null
                : definition.getHelpText().strip();
        if (definition.isRequired()) {
            control.setToolTipText(help == null ? Messages.Attributes_Required
                    : Messages.Attributes_Required + "\n" + help);
            requiredControls.put(definition, control);
        } else {
            control.setToolTipText(help);
        }
        if (help != null) {
            toolkit.createLabel(grid, "");
            Label helpLabel = toolkit.createLabel(grid, help, SWT.WRAP);
            helpLabel.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(helpLabel);
            tag(helpLabel, widgetId + ".help");
        }
    }

    private void bind(AttributeDefinition definition, Text text,
            java.util.function.Function<AttributeDefinition, String> read,
            java.util.function.Function<String, String> toStorage) {
        TextField field = new TextField(this, text, () -> read.apply(definition),
                value -> setValue(definition, Formats.orNull(toStorage.apply(value.strip()))));
        attributeFields.add(field);
    }

    private AttributeValue valueObject(AttributeDefinition definition) {
        for (AttributeValue value : profile().getAttributeValues()) {
            if (value.getDefinition() == definition) {
                return value;
            }
        }
        return null;
    }

    private String value(AttributeDefinition definition) {
        AttributeValue value = valueObject(definition);
        return value == null ? "" : Formats.text(value.getValue());
    }

    /** The command that gives the Steckbrief {@code value} for {@code definition} ({@code null}: no value). */
    public Command setValue(AttributeDefinition definition, String value) {
        AttributeValue existing = valueObject(definition);
        if (value == null || value.isEmpty()) {
            return existing == null ? null
                    : RemoveCommand.create(profileEditor().editingDomain(), profile(),
                            Literals.PROCESS_PROFILE__ATTRIBUTE_VALUES, existing);
        }
        if (existing == null) {
            AttributeValue created = ProzesswerkFactory.eINSTANCE.createAttributeValue();
            created.setDefinition(definition);
            created.setValue(value);
            return AddCommand.create(profileEditor().editingDomain(), profile(),
                    Literals.PROCESS_PROFILE__ATTRIBUTE_VALUES, created);
        }
        return profileEditor().set(existing, Literals.ATTRIBUTE_VALUE__VALUE, value);
    }

    @Override
    protected void refreshContent() {
        if (!signature.equals(signature(profile().getApplicableAttributeDefinitions()))) {
            build();
            attributeFields.forEach(TextField::refresh);
        }
        refreshers.forEach(Runnable::run);
        requiredControls.forEach((definition, control) -> {
            if (value(definition).isEmpty()) {
                messages().add(definition, NLS.bind(Messages.Attributes_Missing, label(definition)),
                        IMessageProvider.WARNING, control);
            } else {
                messages().remove(definition);
            }
        });
    }
}
