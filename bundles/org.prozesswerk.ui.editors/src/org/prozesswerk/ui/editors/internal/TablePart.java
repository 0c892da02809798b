package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.prozesswerk.ui.ViewerColumns;

/** A section with a table of model objects and a column of buttons that act on the selection. */
public final class TablePart {

    private final ProfilePage page;
    private final FormToolkit toolkit;
    private final Section section;
    private final TableViewer viewer;
    private final Composite buttons;
    private final List<Runnable> enablement = new ArrayList<>();

    public TablePart(ProfilePage page, FormToolkit toolkit, Composite parent, String title, String description,
            String widgetId) {
        this.page = page;
        this.toolkit = toolkit;
        section = ProfilePage.titledSection(parent, toolkit, title, description);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, SWT.DEFAULT).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).spacing(8, 4).applyTo(client);
        section.setClient(client);

        Table table = toolkit.createTable(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 240).applyTo(table);
        ProfilePage.tag(table, widgetId);
        Columns.fit(table);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);

        buttons = toolkit.createComposite(client);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        viewer.addSelectionChangedListener(event -> {
            updateButtons();
            page.profileEditor().select(event.getStructuredSelection());
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Section section() {
        return section;
    }

    /** A column showing {@code text} of each row. */
    public TableViewerColumn column(String title, int width, Function<Object, String> text) {
        return column(title, width, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(element);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object element) {
                String value = text.apply(element);
                return value == null || value.isEmpty() ? null : value; // the whole text of a narrow column
            }
        });
    }

    /** A column that keeps at least {@code minimum} pixels when the table is narrow. */
    public TableViewerColumn column(String title, int width, int minimum, Function<Object, String> text) {
        TableViewerColumn column = column(title, width, text);
        Columns.minimum(column.getColumn(), minimum);
        return column;
    }

    public TableViewerColumn column(String title, int width, CellLabelProvider labels) {
        return ViewerColumns.add(viewer, title, width, labels);
    }

    /** A button enabled when {@code enabled} accepts the selection. */
    public Button button(String label, String widgetId, Predicate<IStructuredSelection> enabled, Runnable action) {
        Button button = toolkit.createButton(buttons, label, SWT.PUSH);
        GridDataFactory.fillDefaults().grab(true, false).hint(Math.max(110, button.computeSize(SWT.DEFAULT,
                SWT.DEFAULT).x), SWT.DEFAULT).applyTo(button);
        ProfilePage.tag(button, widgetId);
        button.addListener(SWT.Selection, event -> action.run());
        enablement.add(() -> button.setEnabled(enabled.test(viewer.getStructuredSelection())));
        button.setEnabled(enabled.test(viewer.getStructuredSelection()));
        return button;
    }

    /** "Entfernen": removes the selected rows of {@code type} from the Steckbrief's list {@code feature}, one command. */
    public Button removeButton(String widgetId, EReference feature, Class<?> type) {
        return button(Messages.Button_Remove, widgetId, TablePart::any, () -> page.execute(RemoveCommand.create(
                page.profileEditor().editingDomain(), page.profile(), feature, selection(type))));
    }

    /** "Bearbeiten": enabled for one selected row, which it hands to {@code edit}. */
    public <T> Button editButton(String widgetId, Class<T> type, Consumer<T> edit) {
        return button(Messages.Button_Edit, widgetId, TablePart::one, () -> withSingle(type, edit));
    }

    /** What a double click on a row of {@code type} does. */
    public <T> void onDoubleClick(Class<T> type, Consumer<T> action) {
        viewer.addDoubleClickListener(event -> withSingle(type, action));
    }

    private <T> void withSingle(Class<T> type, Consumer<T> action) {
        List<T> selected = selection(type);
        if (selected.size() == 1) {
            action.accept(selected.get(0));
        }
    }

    public static boolean any(IStructuredSelection selection) {
        return !selection.isEmpty();
    }

    public static boolean one(IStructuredSelection selection) {
        return selection.size() == 1;
    }

    public static boolean always(IStructuredSelection selection) {
        return true;
    }

    public void updateButtons() {
        enablement.forEach(Runnable::run);
    }

    /** Shows {@code rows}, keeping the selection where the rows are still there. */
    public void setRows(List<?> rows) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(rows.toArray());
        updateButtons();
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> selection(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection().toList()) {
            if (type.isInstance(element)) {
                result.add((T) element);
            }
        }
        return result;
    }
}
