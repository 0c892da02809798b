package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.editors.ProfileEditor;

/** Übersicht: what the process is, its figures and its validity. */
public final class OverviewPage extends ProfilePage {

    public static final String ID = "overview";

    private Combo processType;
    private Combo degree;
    private Label status;

    public OverviewPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_Overview);
    }

    @Override
    protected int columns() {
        return 2;
    }

    @Override
    protected void createContent(Composite body, FormToolkit toolkit) {
        Composite general = section(body, toolkit, Messages.Overview_General, Messages.Overview_General_Description,
                false);
        GridDataFactory.fillDefaults().grab(true, false).span(1, 2).applyTo(general.getParent());
        bindText(text(general, toolkit, Messages.Field_Key, "overview.key"), Literals.PROCESS_PROFILE__KEY);
        bindText(text(general, toolkit, Messages.Field_Name, "overview.name"), Literals.PROCESS_PROFILE__NAME);
        bindText(text(general, toolkit, Messages.Field_ShortDescription, "overview.shortDescription"),
                Literals.PROCESS_PROFILE__SHORT_DESCRIPTION);
        bindText(multiText(general, toolkit, Messages.Field_Description, "overview.description", 6),
                Literals.PROCESS_PROFILE__DESCRIPTION);

        label(general, toolkit, Messages.Field_ProcessType);
        processType = tag(new Combo(general, SWT.READ_ONLY | SWT.DROP_DOWN), "overview.processType");
        toolkit.adapt(processType, true, false);
        for (ProcessType type : ProcessType.VALUES) {
            processType.add(Formats.literal(type));
        }
        GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(processType);
        processType.addListener(SWT.Selection, event -> execute(profileEditor().set(profile(),
                Literals.PROCESS_PROFILE__PROCESS_TYPE, ProcessType.VALUES.get(processType.getSelectionIndex()))));

        bindText(multiText(general, toolkit, Messages.Field_Trigger, "overview.trigger", 2),
                Literals.PROCESS_PROFILE__TRIGGER);
        bindText(multiText(general, toolkit, Messages.Field_Result, "overview.result", 2),
                Literals.PROCESS_PROFILE__RESULT);

        Composite figures = section(body, toolkit, Messages.Overview_Figures, Messages.Overview_Figures_Description,
                false);
        bindText(text(figures, toolkit, Messages.Field_ProcessOwner, "overview.processOwner"),
                Literals.PROCESS_PROFILE__PROCESS_OWNER);
        bind(text(figures, toolkit, Messages.Field_CaseVolume, "overview.caseVolume"),
                () -> Formats.integer(profile().getCaseVolumePerYear()),
                text -> profileEditor().set(profile(), Literals.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR,
                        Formats.parseCount(text)));
        bind(text(figures, toolkit, Messages.Field_MinutesPerCase, "overview.minutesPerCase"),
                () -> Formats.decimal(profile().getProcessingMinutesPerCase()),
                text -> profileEditor().set(profile(), Literals.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE,
                        Formats.parseAmount(text)));
        bind(text(figures, toolkit, Messages.Field_LeadTime, "overview.leadTime"),
                () -> Formats.decimal(profile().getLeadTimeDays()),
                text -> profileEditor().set(profile(), Literals.PROCESS_PROFILE__LEAD_TIME_DAYS,
                        Formats.parseAmount(text)));

        label(figures, toolkit, Messages.Field_Degree).setToolTipText(Messages.Field_Degree_Tooltip);
        degree = tag(new Combo(figures, SWT.READ_ONLY | SWT.DROP_DOWN), "overview.degree");
        toolkit.adapt(degree, true, false);
        for (int level = 0; level <= 4; level++) {
            degree.add(Formats.digitalisationDegree(level));
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(degree);
        degree.addListener(SWT.Selection, event -> execute(profileEditor().set(profile(),
                Literals.PROCESS_PROFILE__DIGITALISATION_DEGREE, degree.getSelectionIndex())));

        Composite state = section(body, toolkit, Messages.Overview_Validity, Messages.Overview_Validity_Description,
                false);
        label(state, toolkit, Messages.Field_Status);
        Composite statusLine = toolkit.createComposite(state);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(statusLine);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(statusLine);
        status = tag(toolkit.createLabel(statusLine, ""), "overview.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        Hyperlink change = toolkit.createHyperlink(statusLine, Messages.Overview_ChangeStatus, SWT.NONE);
        change.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                profileEditor().showPage(HistoryPage.ID);
            }
        });
        bind(text(state, toolkit, Messages.Field_ValidFrom, "overview.validFrom"),
                () -> Formats.date(profile().getValidFrom()),
                text -> profileEditor().set(profile(), Literals.PROCESS_PROFILE__VALID_FROM, Formats.parseDate(text)));
        bind(text(state, toolkit, Messages.Field_ValidTo, "overview.validTo"),
                () -> Formats.date(profile().getValidTo()),
                text -> profileEditor().set(profile(), Literals.PROCESS_PROFILE__VALID_TO, Formats.parseDate(text)));
        Text tags = text(state, toolkit, Messages.Field_Tags, "overview.tags");
        tags.setMessage(Messages.Field_Tags_Hint);
        bind(tags, () -> String.join(", ", profile().getTags()), text -> {
            List<String> values = new ArrayList<>(Arrays.stream(text.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
            return profileEditor().set(profile(), Literals.PROCESS_PROFILE__TAGS, values);
        });
    }

    private void bindText(Text text, EStructuralFeature feature) {
        bind(text, () -> Formats.text((String) profile().eGet(feature)),
                value -> profileEditor().set(profile(), feature, Formats.orNull(value)));
    }

    private void bind(Text text, java.util.function.Supplier<String> read, Function<String, Command> write) {
        new TextField(this, text, read, write);
    }

    @Override
    protected void refreshContent() {
        int type = profile().getProcessType() == null ? -1 : profile().getProcessType().getValue();
        if (processType.getSelectionIndex() != type) {
            processType.select(type);
        }
        int level = profile().getDigitalisationDegree();
        if (degree.getSelectionIndex() != level) {
            if (level >= 0 && level <= 4) {
                degree.select(level);
            } else {
                degree.deselectAll();
            }
        }
        status.setText(Formats.literal(profile().getStatus()));
    }
}
