package org.prozesswerk.app.internal;

import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/** Greets the user with what Prozesswerk is, where its workspace lives and how to begin. */
public final class StartView extends ViewPart {

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.StartView_Title);
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        Label intro = toolkit.createLabel(body, Messages.StartView_Intro, SWT.WRAP);
        intro.setLayoutData(wrapping());

        Section facts = toolkit.createSection(body, Section.TITLE_BAR);
        facts.setText(Messages.StartView_Version);
        facts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite factGrid = toolkit.createComposite(facts);
        factGrid.setLayout(new GridLayout(2, false));
        fact(factGrid, Messages.StartView_Version, FrameworkUtil.getBundle(getClass()).getVersion().toString());
        fact(factGrid, Messages.StartView_Workspace, workspaceLocation());
        fact(factGrid, Messages.StartView_Java, System.getProperty("java.vendor") + " " + Runtime.version());
        facts.setClient(factGrid);

        Section start = toolkit.createSection(body, Section.TITLE_BAR);
        start.setText(Messages.StartView_GettingStarted);
        start.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label steps = toolkit.createLabel(start, Messages.StartView_Steps, SWT.WRAP);
        start.setClient(steps);
    }

    private void fact(Composite parent, String name, String value) {
        toolkit.createLabel(parent, name + ":").setFont(parent.getFont());
        Label label = toolkit.createLabel(parent, value, SWT.WRAP);
        label.setLayoutData(wrapping());
    }

    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200; // lets the label wrap instead of widening the view
        return data;
    }

    private static String workspaceLocation() {
        Location instance = Platform.getInstanceLocation();
        URL url = instance == null ? null : instance.getURL();
        return url == null ? "-" : url.getFile();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
