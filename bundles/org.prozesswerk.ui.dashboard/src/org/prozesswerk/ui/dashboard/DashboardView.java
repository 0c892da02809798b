package org.prozesswerk.ui.dashboard;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.dashboard.internal.Messages;
import org.prozesswerk.ui.RegisterTracker;

/**
 * Dashboard of one register (that of the current selection, or the only open one): key figures, coverage per
 * catalogue, and charts of catalogue coverage, status distribution and capacity per organisation unit. Follows
 * every change of the register, debounced; big registers are computed in a job.
 */
public final class DashboardView extends ViewPart {

    public static final String ID = "org.prozesswerk.ui.dashboard.view";

    /** Registers with more Steckbriefe than this are computed in a background job. */
    static final int JOB_THRESHOLD = 5_000;
    private static final int REFRESH_DELAY = 400;

    private static final RGB[] STATUS_COLORS = { new RGB(0x9e, 0x9e, 0x9e), new RGB(0x42, 0x85, 0xf4),
            new RGB(0xf2, 0x9d, 0x38), new RGB(0x7c, 0xb3, 0x42), new RGB(0x90, 0xa4, 0xae),
            new RGB(0xd4, 0xa0, 0x17), new RGB(0x61, 0x61, 0x61), new RGB(0xd3, 0x2f, 0x2f) };
    private static final RGB COVERAGE = new RGB(0x2e, 0x7d, 0x6b);
    private static final RGB CAPACITY = new RGB(0x3b, 0x6e, 0xa8);
    private static final RGB WITHOUT_UNIT = new RGB(0x9e, 0x9e, 0x9e);

    private final ISelectionListener selectionListener = this::selectionChanged;
    private RegisterTracker tracker;

    private ScrolledComposite scroll;
    private Composite content;
    private Label title;
    private Label stand;
    private final List<Label[]> tiles = new ArrayList<>();
    private Composite figures;
    private Composite tileRow;
    private Composite coverage;
    private Composite charts;
    private BarChart coverageChart;
    private BarChart statusChart;
    private BarChart capacityChart;
    private Font bigFont;
    private Font titleFont;

    private RegisterDocument document;
    private RegisterStatisticsReport report;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        content.setBackgroundMode(SWT.INHERIT_FORCE);
        scroll.setContent(content);
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(8, 8).applyTo(content);
        bigFont = derive(parent, 1.8, SWT.BOLD);
        titleFont = derive(parent, 1.25, SWT.BOLD);

        figures = new Composite(content, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(figures);
        GridLayoutFactory.fillDefaults().spacing(8, 8).applyTo(figures);
        Composite head = new Composite(figures, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(head);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(2, 2).applyTo(head);
        title = new Label(head, SWT.NONE);
        title.setFont(titleFont);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        stand = new Label(head, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stand);

        tileRow = new Composite(figures, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tileRow);
        GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).spacing(12, 4).applyTo(tileRow);
        for (int i = 0; i < 4; i++) {
            Composite tile = new Composite(tileRow, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(tile);
            GridLayoutFactory.fillDefaults().margins(8, 6).spacing(2, 2).applyTo(tile);
            Label value = new Label(tile, SWT.NONE);
            value.setFont(bigFont);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
            Label caption = new Label(tile, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(caption);
            tiles.add(new Label[] { value, caption });
        }

        coverage = new Composite(figures, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(coverage);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(coverage);

        charts = new Composite(content, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(charts);
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).spacing(12, 12).applyTo(charts);
        coverageChart = chart();
        statusChart = chart();
        capacityChart = chart();
        scroll.addListener(SWT.Resize, e -> arrange());

        tracker = new RegisterTracker(REFRESH_DELAY, this::documentsChanged, this::refresh);
        getSite().getPage().addSelectionListener(selectionListener);
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor != null) {
            selectionChanged(editor, null);
        }
        selectionChanged(null, getSite().getPage().getSelection());
        documentsChanged();
    }

    /**
     * Lays the dashboard out for the space it has. In the bottom panel (wide and low) the key figures sit beside
     * the three charts, so everything is visible without scrolling; maximised or in a tall column the figures are
     * above the charts; where it is narrow the charts are stacked.
     */
    private void arrange() {
        Rectangle area = scroll.getClientArea();
        boolean wideAndLow = area.width >= 1000 && area.height < 420;
        boolean changed = columns(content, wideAndLow ? 2 : 1);
        changed |= columns(tileRow, wideAndLow || area.width < 700 ? 2 : 4);
        changed |= columns(charts, wideAndLow || area.width >= 900 ? 3 : 1);
        GridData figuresData = (GridData) figures.getLayoutData();
        int figuresWidth = wideAndLow ? Math.max(320, area.width * 36 / 100) : SWT.DEFAULT;
        if (figuresData.widthHint != figuresWidth) {
            figuresData.widthHint = figuresWidth;
            figuresData.grabExcessHorizontalSpace = !wideAndLow;
            changed = true;
        }
        if (changed) {
            content.layout(true, true);
        }
        updateMinSize();
    }

    /** Sets a composite's number of grid columns; returns whether it changed. */
    private static boolean columns(Composite composite, int columns) {
        GridLayout layout = (GridLayout) composite.getLayout();
        if (layout.numColumns == columns) {
            return false;
        }
        layout.numColumns = columns;
        return true;
    }

    private BarChart chart() {
        BarChart chart = new BarChart(charts);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(chart);
        return chart;
    }

    private Font derive(Composite parent, double scale, int style) {
        FontData[] data = parent.getFont().getFontData();
        for (FontData d : data) {
            d.setHeight((int) Math.round(d.getHeight() * scale));
            d.setStyle(style);
        }
        return new Font(parent.getDisplay(), data);
    }

    // --- Which register ------------------------------------------------------------------------------------------

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        RegisterDocument found = null;
        if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof ProfileEditorInput input) {
            found = input.document().orElse(null);
        } else if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            Object element = structured.getFirstElement();
            if (element instanceof RegisterDocument d) {
                found = d;
            } else if (element instanceof EObject object) {
                found = RegisterDocuments.getDefault().documentOf(object).orElse(null);
            }
        }
        if (found != null) {
            showRegister(found);
        }
    }

    private void documentsChanged() {
        if (content == null || content.isDisposed()) {
            return;
        }
        List<RegisterDocument> open = tracker.documents();
        if (document != null && !open.contains(document)) {
            showRegister(null);
        }
        if (document == null && !open.isEmpty()) {
            showRegister(open.get(open.size() - 1));
        } else if (document == null) {
            show(null);
        }
    }

    /** Shows the figures of {@code newDocument} (computed now, or in a job for big registers). */
    void showRegister(RegisterDocument newDocument) {
        if (newDocument == document && (newDocument == null || report != null)) {
            return;
        }
        document = newDocument;
        report = null;
        tracker.follow(document);
        refresh();
    }

    RegisterDocument register() {
        return document;
    }

    // --- Computing -----------------------------------------------------------------------------------------------

    /**
     * Computes the figures again: in the UI thread for small registers, in a job (with progress, cancelable) for
     * big ones. The job only reads the model; if the model changed while it ran, its result is dropped and the
     * figures are computed once more.
     */
    void refresh() {
        if (content.isDisposed()) {
            return;
        }
        tracker.cancelPending();
        if (job != null) {
            job.cancel();
            job = null;
        }
        RegisterDocument target = document;
        if (target == null) {
            show(null);
            return;
        }
        int size = RegisterTracker.size(target);
        if (size <= JOB_THRESHOLD) {
            show(RegisterStatistics.compute(target.register()));
            return;
        }
        long started = tracker.generation();
        stand.setText(Messages.Computing);
        stand.getParent().layout();
        Job compute = new Job(NLS.bind(Messages.Job_Name, target.displayName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(NLS.bind(Messages.Job_Name, target.displayName()), IProgressMonitor.UNKNOWN);
                RegisterStatisticsReport result;
                try {
                    result = RegisterStatistics.compute(target.register());
                } catch (RuntimeException e) {
                    result = null; // the model changed under our feet; the change schedules a new run
                } finally {
                    monitor.done();
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                RegisterStatisticsReport computed = result;
                Display display = PlatformUI.getWorkbench().getDisplay();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (content.isDisposed() || document != target || job != this) {
                            return;
                        }
                        job = null;
                        if (computed == null || tracker.generation() != started) {
                            tracker.later();
                        } else {
                            show(computed);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        compute.setPriority(Job.SHORT);
        job = compute;
        compute.schedule();
    }

    /** The job computing the figures right now, or {@code null}. */
    Job job() {
        return job;
    }

    // --- Showing -------------------------------------------------------------------------------------------------

    private void show(RegisterStatisticsReport newReport) {
        report = newReport;
        for (Control child : coverage.getChildren()) {
            child.dispose();
        }
        if (newReport == null || document == null) {
            title.setText(Messages.NoRegister);
            stand.setText(""); //$NON-NLS-1$
            for (Label[] tile : tiles) {
                tile[0].setText("\u2013"); //$NON-NLS-1$
                tile[1].setText(""); //$NON-NLS-1$
            }
            coverageChart.setData(Messages.Chart_Coverage, List.of(), 1, Messages.NoRegisterHint);
            statusChart.setData(Messages.Chart_Status, List.of(), Double.NaN, Messages.NoRegisterHint);
            capacityChart.setData(Messages.Chart_Capacity, List.of(), Double.NaN, Messages.NoRegisterHint);
            updateMinSize();
            return;
        }
        String version = document.register().getVersion();
        title.setText(NLS.bind(Messages.Title, document.displayName()
                + (version == null || version.isBlank() ? "" : " " + version))); //$NON-NLS-1$ //$NON-NLS-2$
        stand.setText(NLS.bind(Messages.Stand, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")))); //$NON-NLS-1$
        DashboardFigures shown = new DashboardFigures(newReport, DashboardView::shortName);
        for (int i = 0; i < tiles.size(); i++) {
            tile(i, shown.tiles().get(i).value(), shown.tiles().get(i).caption());
        }
        for (String line : shown.coverageLines()) {
            new Label(coverage, SWT.NONE).setText(line);
        }
        coverageChart.setData(Messages.Chart_Coverage, bars(shown.coverageBars()), 1.0, Messages.Coverage_None);
        statusChart.setData(Messages.Chart_Status, bars(shown.statusBars()), Double.NaN, ""); //$NON-NLS-1$
        capacityChart.setData(Messages.Chart_Capacity, bars(shown.capacityBars()), Double.NaN,
                Messages.Capacity_None);
        coverage.layout(true);
        content.layout(true, true);
        updateMinSize();
    }

    private static List<BarChart.Bar> bars(List<DashboardFigures.Bar> bars) {
        return bars.stream().map(b -> new BarChart.Bar(b.label(), b.value(), b.valueText(), color(b))).toList();
    }

    private static RGB color(DashboardFigures.Bar bar) {
        return switch (bar.series()) {
            case COVERAGE -> COVERAGE;
            case STATUS -> STATUS_COLORS[bar.index() % STATUS_COLORS.length];
            case CAPACITY -> CAPACITY;
            case WITHOUT_UNIT -> WITHOUT_UNIT;
        };
    }

    private void tile(int index, String value, String caption) {
        tiles.get(index)[0].setText(value);
        tiles.get(index)[1].setText(caption);
    }

    /** "LeiKa" for "LeiKa – Leistungskatalog der öffentlichen Verwaltung"; the id for unknown catalogues. */
    static String shortName(String catalogueId) {
        for (Catalogue catalogue : CatalogueRegistry.getDefault().catalogues()) {
            if (catalogue.id().equalsIgnoreCase(catalogueId)) {
                String name = catalogue.name();
                int cut = name.length();
                for (String separator : new String[] { " \u2013 ", " - ", " (" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    int at = name.indexOf(separator);
                    if (at > 0) {
                        cut = Math.min(cut, at);
                    }
                }
                return name.substring(0, cut);
            }
        }
        return catalogueId;
    }

    private void updateMinSize() {
        int width = scroll.getClientArea().width;
        scroll.setMinSize(content.computeSize(Math.max(width, 360), SWT.DEFAULT));
    }

    // --- For the tests (a fragment of this bundle) -------------------------------------------------------------

    /** The figures shown, or {@code null}. */
    RegisterStatisticsReport report() {
        return report;
    }

    /** The key figure tiles as "value caption" lines. */
    List<String> keyFigures() {
        List<String> lines = new ArrayList<>();
        for (Label[] tile : tiles) {
            lines.add(tile[0].getText() + " " + tile[1].getText()); //$NON-NLS-1$
        }
        return lines;
    }

    /** The coverage lines ("847 von 961 Steckbriefen mit LeiKa verknüpft (88 %)"). */
    List<String> coverageLines() {
        List<String> lines = new ArrayList<>();
        for (Control child : coverage.getChildren()) {
            if (child instanceof Label label) {
                lines.add(label.getText());
            }
        }
        return lines;
    }

    List<BarChart> charts() {
        return List.of(coverageChart, statusChart, capacityChart);
    }

    String title() {
        return title.getText();
    }

    @Override
    public void setFocus() {
        scroll.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        tracker.dispose();
        if (job != null) {
            job.cancel();
        }
        bigFont.dispose();
        titleFont.dispose();
        super.dispose();
    }
}
