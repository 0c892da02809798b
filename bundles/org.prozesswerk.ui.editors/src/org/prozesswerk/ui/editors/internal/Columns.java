package org.prozesswerk.ui.editors.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Lets a table's columns share its width in the proportions of their initial widths, so that no column is cut off
 * or left empty when the editor is narrow or wide.
 */
final class Columns {

    private static final String WEIGHT = Columns.class.getName() + ".weight";
    private static final String MINIMUM = Columns.class.getName() + ".minimum";

    private Columns() {
    }

    static void fit(Table table) {
        table.addListener(SWT.Resize, event -> distribute(table));
    }

    /** The column never gets narrower than {@code width} (a key of 14 digits, a status text). */
    static void minimum(TableColumn column, int width) {
        column.setData(MINIMUM, width);
    }

    /** Each column gets its minimum, and the rest of the width in proportion to its initial width. */
    private static void distribute(Table table) {
        TableColumn[] columns = table.getColumns();
        int available = table.getClientArea().width;
        if (columns.length == 0 || available <= 0) {
            return;
        }
        int totalWeight = 0;
        int totalMinimum = 0;
        for (TableColumn column : columns) {
            if (column.getData(WEIGHT) == null) {
                column.setData(WEIGHT, Math.max(1, column.getWidth()));
            }
            totalWeight += (Integer) column.getData(WEIGHT);
            totalMinimum += minimum(column);
        }
        int extra = Math.max(0, available - totalMinimum);
        int used = 0;
        for (int i = 0; i < columns.length; i++) {
            int width = minimum(columns[i]) + extra * (Integer) columns[i].getData(WEIGHT) / totalWeight;
            if (i == columns.length - 1 && extra > 0) {
                width = Math.max(minimum(columns[i]), available - used);
            }
            columns[i].setWidth(width);
            used += width;
        }
    }

    private static int minimum(TableColumn column) {
        Object minimum = column.getData(MINIMUM);
        return minimum instanceof Integer value ? value : 40;
    }
}
