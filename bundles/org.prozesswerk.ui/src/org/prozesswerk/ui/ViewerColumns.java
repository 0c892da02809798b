package org.prozesswerk.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** Columns of the tables and trees of the workbench's editors, views and dialogs. */
public final class ViewerColumns {

    private ViewerColumns() {
    }

    /** A resizable column of {@code viewer}, {@code width} pixels wide, labelled by {@code labels}. */
    public static TableViewerColumn add(TableViewer viewer, String title, int width, CellLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(labels);
        return column;
    }

    /** A column showing {@code text} of each row (of type {@code T}); a null text shows as empty. */
    @SuppressWarnings("unchecked")
    public static <T> TableViewerColumn text(TableViewer viewer, String title, int width,
            Function<? super T, String> text) {
        return add(viewer, title, width, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((T) element);
                return value == null ? "" : value;
            }
        });
    }

    /**
     * The width of {@code sample} in {@code control}'s font plus {@code padding} pixels (cell margins, sort arrow), so
     * a key or a status is never cut off.
     */
    public static int fittingWidth(Control control, String sample, int padding) {
        GC gc = new GC(control);
        try {
            return gc.textExtent(sample).x + padding;
        } finally {
            gc.dispose();
        }
    }
}
