package org.prozesswerk.ui.catalog.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens „Katalog importieren…“. */
public final class ImportCatalogueHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ImportCatalogueWizard wizard = new ImportCatalogueWizard();
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
