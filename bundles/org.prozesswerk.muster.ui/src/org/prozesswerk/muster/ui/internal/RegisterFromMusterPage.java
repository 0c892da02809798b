package org.prozesswerk.muster.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.ui.FormWizardPage;

/** Name, size class, optional units to leave out, and the file of the new register. */
final class RegisterFromMusterPage extends FormWizardPage {

    private final Path defaultDirectory;
    private Text name;
    private Combo sizeClass;
    private Table optionalUnits;
    private Text file;

    RegisterFromMusterPage(Path defaultDirectory) {
        super("registerFromMuster", Messages.Page_Title, Messages.Page_Description, 3);
        this.defaultDirectory = defaultDirectory;
    }

    @Override
    protected void createFields(Composite body) {

        name = text(body, Messages.Page_Name, 2);
        name.setText(Messages.Page_DefaultName);

        new Label(body, SWT.NONE).setText(Messages.Page_SizeClass);
        sizeClass = new Combo(body, SWT.READ_ONLY);
        for (SizeClass value : SizeClass.VALUES) {
            sizeClass.add(value.getLiteral());
        }
        sizeClass.select(MusterRegister.DEFAULT_SIZE_CLASS.ordinal());
        Label hint = new Label(body, SWT.NONE);
        hint.setText(Messages.Page_SizeClassHint);

        Label unitsLabel = new Label(body, SWT.WRAP);
        unitsLabel.setText(Messages.Page_OptionalUnits);
        unitsLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        optionalUnits = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        tableData.heightHint = 180;
        optionalUnits.setLayoutData(tableData);
        Label unitsHint = new Label(body, SWT.WRAP);
        unitsHint.setText(Messages.Page_OptionalUnitsHint);
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        hintData.widthHint = 500;
        unitsHint.setLayoutData(hintData);

        file = text(body, Messages.Page_File, 1);
        if (defaultDirectory != null) {
            file.setText(defaultDirectory.resolve("Prozessregister.pwreg").toString());
        }
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Page_Browse);
        browse.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.pwreg" });
            String chosen = dialog.open();
            if (chosen != null) {
                file.setText(chosen.endsWith(".pwreg") ? chosen : chosen + ".pwreg");
            }
        });

        name.addListener(SWT.Modify, event -> validate());
        file.addListener(SWT.Modify, event -> validate());
        loadOptionalUnits();
        validate();
    }

    /** The optional units of the model org chart; the largest size class has all of them. */
    private void loadOptionalUnits() {
        Job job = new Job(Messages.Page_OptionalUnits) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<OrgUnit> units = OrgChartDerivation.allUnits(
                        MusterRegister.generate(SizeClass.GK1).register().getOrganisation()).stream()
                        .filter(OrgUnit::isOptional).toList();
                optionalUnits.getDisplay().asyncExec(() -> {
                    if (optionalUnits.isDisposed()) {
                        return;
                    }
                    for (OrgUnit unit : units) {
                        TableItem item = new TableItem(optionalUnits, SWT.NONE);
                        String code = unit.getShortCode() == null ? "" : unit.getShortCode() + " ";
                        item.setText(code + unit.getName());
                        item.setData(unit.getShortCode() != null ? unit.getShortCode() : unit.getId());
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void validate() {
        String message = null;
        int type = IMessageProvider.NONE;
        if (name.getText().isBlank()) {
            message = Messages.Page_NameMissing;
            type = IMessageProvider.ERROR;
        } else if (file.getText().isBlank() || !file.getText().endsWith(".pwreg")) {
            message = Messages.Page_FileMissing;
            type = IMessageProvider.ERROR;
        } else if (Files.exists(Path.of(file.getText()))) {
            message = Messages.Page_FileExists;
            type = IMessageProvider.WARNING;
        }
        setMessage(message, type);
        setPageComplete(type != IMessageProvider.ERROR);
    }

    String registerName() {
        return name.getText().trim();
    }

    SizeClass sizeClass() {
        return SizeClass.VALUES.get(sizeClass.getSelectionIndex());
    }

    Set<String> droppedUnits() {
        Set<String> dropped = new LinkedHashSet<>();
        for (TableItem item : optionalUnits.getItems()) {
            if (item.getChecked()) {
                dropped.add((String) item.getData());
            }
        }
        return dropped;
    }

    Path file() {
        return Path.of(file.getText().trim());
    }
}
