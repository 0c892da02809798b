package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.editors.ProfileEditor;

/**
 * A page of the Steckbrief editor: a form with the Steckbrief's name as heading, built when first shown, and
 * refreshed from the model by the editor after every change.
 */
public abstract class ProfilePage extends FormPage {

    private final ProfileEditor profileEditor;
    protected final List<TextField> fields = new ArrayList<>();
    private ScrolledForm form;
    private FormMessages messages;

    protected ProfilePage(ProfileEditor editor, String id, String title) {
        super(editor, id, title);
        this.profileEditor = editor;
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        messages = new FormMessages(form);
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(columns()).equalWidth(true).margins(10, 10).spacing(14, 10)
                .applyTo(body);
        createContent(body, toolkit);
        refresh();
    }

    /** Number of equal columns of the page body (1 or 2). */
    protected int columns() {
        return 1;
    }

    protected abstract void createContent(Composite body, FormToolkit toolkit);

    /** Updates every widget of the page from the model (widgets with uncommitted input keep it). */
    public final void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        String name = profile().getName();
        String key = profile().getKey();
        String heading = name == null || name.isBlank() ? Formats.text(key)
                : key == null || key.isBlank() ? name : name + "  (" + key + ")";
        if (!heading.equals(form.getText())) {
            form.setText(heading);
        }
        fields.forEach(TextField::refresh);
        refreshContent();
        form.reflow(true);
    }

    protected void refreshContent() {
    }

    /** Commits text typed but not yet written to the model. */
    public void commitPending() {
        fields.forEach(TextField::commit);
    }

    /** Input problems shown at the field and in the form header. */
    public FormMessages messages() {
        return messages;
    }

    public ProfileEditor profileEditor() {
        return profileEditor;
    }

    protected ProcessProfile profile() {
        return profileEditor.profile();
    }

    protected RegisterDocument document() {
        return profileEditor.document();
    }

    protected ProcessRegister register() {
        return profileEditor.document().register();
    }

    protected boolean execute(Command command) {
        return profileEditor.execute(command);
    }

    // --- building blocks

    /** A titled section whose client is a two-column grid (label, field) returned for filling. */
    protected Composite section(Composite parent, FormToolkit toolkit, String title, String description,
            boolean grabVertical) {
        Section section = titledSection(parent, toolkit, title, description);
        // a small width hint: the section takes the width the form has instead of asking for the width of its
        // longest text (which would push the second column out of the editor)
        GridDataFactory.fillDefaults().grab(true, grabVertical).hint(250, SWT.DEFAULT).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).spacing(10, 6).applyTo(client);
        section.setClient(client);
        return client;
    }

    /** A section with a title bar and, if {@code description} is not null, a description under it. */
    static Section titledSection(Composite parent, FormToolkit toolkit, String title, String description) {
        Section section = toolkit.createSection(parent,
                Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        return section;
    }

    protected Label label(Composite parent, FormToolkit toolkit, String text) {
        Label label = toolkit.createLabel(parent, text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        return label;
    }

    /** A labelled single-line text field in a two-column grid. */
    protected Text text(Composite parent, FormToolkit toolkit, String label, String widgetId) {
        label(parent, toolkit, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
        tag(text, widgetId);
        return text;
    }

    /** A labelled multi-line text field of {@code lines} lines. */
    protected Text multiText(Composite parent, FormToolkit toolkit, String label, String widgetId, int lines) {
        Label caption = label(parent, toolkit, label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(caption);
        Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        int lineHeight = text.getLineHeight();
        GridDataFactory.fillDefaults().grab(true, false).hint(120, lineHeight * lines + 6).applyTo(text);
        tag(text, widgetId);
        return text;
    }

    /** Names a widget for tests ({@link ProfileEditor#WIDGET_KEY}). */
    public static <C extends Control> C tag(C control, String widgetId) {
        if (widgetId != null) {
            control.setData(ProfileEditor.WIDGET_KEY, widgetId);
        }
        return control;
    }

    protected static GridData fill() {
        return new GridData(SWT.FILL, SWT.CENTER, true, false);
    }

}
