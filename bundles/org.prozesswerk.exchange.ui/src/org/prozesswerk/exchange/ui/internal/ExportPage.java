package org.prozesswerk.exchange.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.ExporterDescriptor;
import org.prozesswerk.ui.FormWizardPage;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** The one page of the export wizard: register, format with its options, scope, target file. */
final class ExportPage extends FormWizardPage {

    private final RegisterDocument preselected;
    private final int selectedProfiles;
    private final List<ExporterDescriptor> exporters = ExchangeRegistry.getDefault().exporters();
    private final List<RegisterDocument> documents = RegisterDocuments.getDefault().documents();
    private Combo documentCombo;
    private Text registerFile;
    private Button registerFileBrowse;
    private Combo format;
    private Button selectionOnly;
    private OptionFields options;
    private Text target;

    ExportPage(RegisterDocument preselected, int selectedProfiles) {
        super("export", Messages.Export_Title, Messages.Export_Description, 3);
        this.preselected = preselected;
        this.selectedProfiles = selectedProfiles;
    }

    @Override
    protected void createFields(Composite page) {
        documentCombo = combo(page, Messages.Export_OpenRegister, 2);
        documentCombo.add("");
        for (RegisterDocument document : documents) {
            documentCombo.add(document.displayName() + " (" + document.file().getFileName() + ")");
        }
        documentCombo.select(preselected == null ? (documents.isEmpty() ? 0 : 1) : documents.indexOf(preselected) + 1);
        documentCombo.addListener(SWT.Selection, e -> sourceChanged());

        registerFile = text(page, Messages.Export_RegisterFile, 1);
        registerFile.addListener(SWT.Modify, e -> validate());
        registerFileBrowse = browse(page, registerFile, SWT.OPEN, new String[] { "*.pwreg;*.pwregb" });

        format = combo(page, Messages.Export_Format, 2);
        exporters.forEach(e -> format.add(e.label()));

        Group scope = new Group(page, SWT.NONE);
        scope.setText(Messages.Export_Scope);
        scope.setLayout(new GridLayout(1, false));
        scope.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Button whole = new Button(scope, SWT.RADIO);
        whole.setText(Messages.Export_ScopeRegister);
        whole.setSelection(selectedProfiles == 0);
        selectionOnly = new Button(scope, SWT.RADIO);
        selectionOnly.setText(NLS.bind(Messages.Export_ScopeSelection, selectedProfiles));
        selectionOnly.setEnabled(selectedProfiles > 0);
        selectionOnly.setSelection(selectedProfiles > 0);

        options = new OptionFields(page, 3);

        target = text(page, Messages.Export_Target, 1);
        target.addListener(SWT.Modify, e -> validate());
        browse(page, target, SWT.SAVE, null);

        format.addListener(SWT.Selection, e -> formatChanged());
        if (!exporters.isEmpty()) {
            format.select(0);
            formatChanged();
        }
        sourceChanged();
    }

    private void formatChanged() {
        ExporterDescriptor exporter = exporter();
        if (exporter == null) {
            return;
        }
        options.show(exporter.options());
        String text = target.getText();
        if (!text.isBlank()) {
            int dot = text.lastIndexOf('.');
            target.setText((dot > text.lastIndexOf('/') ? text.substring(0, dot) : text) + "." + exporter.fileExtension());
        }
        validate();
    }

    private Button browse(Composite page, Text field, int style, String[] filter) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(Messages.Export_Browse);
        button.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), style);
            if (filter != null) {
                dialog.setFilterExtensions(filter);
            } else if (exporter() != null) {
                dialog.setFilterExtensions(new String[] { "*." + exporter().fileExtension() });
                dialog.setOverwrite(true);
            }
            String chosen = dialog.open();
            if (chosen != null) {
                field.setText(chosen);
            }
        });
        return button;
    }

    /** The register file field counts only when no open register is chosen; disabled, it cannot mislead. */
    private void sourceChanged() {
        boolean fromFile = document() == null;
        registerFile.setEnabled(fromFile);
        registerFileBrowse.setEnabled(fromFile);
        validate();
    }

    private void validate() {
        // As in Eclipse's own wizards: a field not filled in yet is a hint, not an error.
        String error = null;
        String hint = null;
        if (exporters.isEmpty()) {
            error = Messages.Export_NoFormat;
        } else if (document() == null && registerFile.getText().isBlank()) {
            hint = Messages.Export_NoSource;
        } else if (target.getText().isBlank()) {
            hint = Messages.Export_NoTarget;
        }
        setErrorMessage(error);
        setMessage(hint, hint == null ? NONE : INFORMATION);
        setPageComplete(error == null && hint == null);
    }

    ExporterDescriptor exporter() {
        int index = format.getSelectionIndex();
        return index < 0 ? null : exporters.get(index);
    }

    RegisterDocument document() {
        int index = documentCombo.getSelectionIndex();
        return index <= 0 ? null : documents.get(index - 1);
    }

    Path registerFile() {
        return Path.of(registerFile.getText().strip());
    }

    Path target() {
        return Path.of(target.getText().strip());
    }

    boolean selectionOnly() {
        return selectionOnly.getSelection();
    }

    Map<String, String> options() {
        return options.values();
    }
}
