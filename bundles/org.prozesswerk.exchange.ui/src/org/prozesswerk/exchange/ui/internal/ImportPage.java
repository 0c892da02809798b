package org.prozesswerk.exchange.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.ImporterDescriptor;
import org.prozesswerk.ui.FormWizardPage;

/** The one page of the import wizard: source file, format (guessed from the extension), options, target register. */
final class ImportPage extends FormWizardPage {

    private final List<ImporterDescriptor> importers = ExchangeRegistry.getDefault().importers();
    private Text source;
    private Combo format;
    private OptionFields options;
    private Text target;

    ImportPage() {
        super("import", Messages.Import_Title, Messages.Import_Description, 3);
    }

    @Override
    protected void createFields(Composite page) {
        source = text(page, Messages.Import_Source, 1);
        source.addListener(SWT.Modify, e -> sourceChanged());
        browse(page, source, SWT.OPEN);

        format = combo(page, Messages.Import_Format, 2);
        importers.forEach(i -> format.add(i.label()));
        format.addListener(SWT.Selection, e -> formatChanged());

        options = new OptionFields(page, 3);

        target = text(page, Messages.Import_Target, 1);
        target.addListener(SWT.Modify, e -> validate());
        browse(page, target, SWT.SAVE);
        if (!importers.isEmpty()) {
            format.select(0);
            formatChanged();
        }
        validate();
    }

    private void sourceChanged() {
        String name = source.getText().strip();
        for (int i = 0; i < importers.size(); i++) {
            if (importers.get(i).accepts(name) && format.getSelectionIndex() != i) {
                format.select(i);
                formatChanged();
                break;
            }
        }
        validate();
    }

    private void formatChanged() {
        ImporterDescriptor importer = importer();
        if (importer != null) {
            options.show(importer.options());
        }
        validate();
    }

    private void browse(Composite page, Text field, int style) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(Messages.Export_Browse);
        button.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), style);
            if (field == target) {
                dialog.setFilterExtensions(new String[] { "*.pwreg;*.pwregb" });
            }
            String chosen = dialog.open();
            if (chosen != null) {
                field.setText(chosen);
            }
        });
    }

    private void validate() {
        // As in Eclipse's own wizards: a field not filled in yet is a hint, not an error.
        String error = null;
        String hint = null;
        String targetText = target.getText().strip();
        if (source.getText().isBlank()) {
            hint = Messages.Import_NoSource;
        } else if (!Files.isRegularFile(source())) {
            error = NLS.bind(Messages.Import_SourceMissing, source());
        } else if (targetText.isEmpty()) {
            hint = Messages.Import_NoTarget;
        } else if (!targetText.endsWith(".pwreg") && !targetText.endsWith(".pwregb")) {
            error = Messages.Import_NoTarget;
        }
        setErrorMessage(error);
        setMessage(hint, hint == null ? NONE : INFORMATION);
        setPageComplete(error == null && hint == null && importer() != null);
    }

    ImporterDescriptor importer() {
        int index = format.getSelectionIndex();
        return index < 0 ? null : importers.get(index);
    }

    Path source() {
        return Path.of(source.getText().strip());
    }

    Path target() {
        return Path.of(target.getText().strip());
    }

    Map<String, String> options() {
        return options.values();
    }
}
