package org.prozesswerk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A horizontal bar chart drawn with SWT's GC: a title, one row per bar with its label on the left (shortened with
 * "…" when the column is too narrow, full text as tooltip), the bar, and its value text. Horizontal bars keep long
 * German labels ("Amt für Wirtschafts- und Verkehrsförderung") readable without rotation.
 * <p>
 * Drawn by hand rather than with JFreeChart: the three charts of the dashboard are simple bars, and JFreeChart
 * would pull AWT into the SWT process (AWT/GTK initialisation, SWT_AWT bridge, image conversion per repaint) for no
 * gain; here the chart uses the workbench's font and colours and repaints in microseconds.
 */
public final class BarChart extends Canvas {

    /** One bar: label, value (length of the bar relative to the chart's maximum), text shown after the bar. */
    public record Bar(String label, double value, String valueText, RGB color) {
    }

    private static final int PAD = 8;
    private static final int GAP = 6;

    private String title = ""; //$NON-NLS-1$
    private String emptyText = ""; //$NON-NLS-1$
    private List<Bar> bars = List.of();
    private double maximum = Double.NaN;
    private final Font titleFont;
    private final Color background;
    private final Color foreground;
    private final Color track;
    private final Color defaultBar = new Color(0x3b, 0x6e, 0xa8);

    public BarChart(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        FontData[] data = getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        titleFont = new Font(getDisplay(), data);
        background = getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        foreground = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        track = new Color(0xee, 0xf0, 0xf3);
        setBackground(background);
        addPaintListener(event -> paint(event.gc));
        addListener(SWT.MouseHover, event -> setToolTipText(tooltipAt(event.y)));
        addListener(SWT.Resize, event -> redraw());
        addListener(SWT.Dispose, event -> titleFont.dispose());
    }

    /** Sets title and bars; {@code maximum} is the value of a full-width bar ({@code NaN}: the largest value). */
    public void setData(String newTitle, List<Bar> newBars, double newMaximum, String newEmptyText) {
        title = newTitle == null ? "" : newTitle; //$NON-NLS-1$
        bars = List.copyOf(newBars);
        maximum = newMaximum;
        emptyText = newEmptyText == null ? "" : newEmptyText; //$NON-NLS-1$
        redraw();
        getParent().layout(true);
    }

    public String getTitle() {
        return title;
    }

    public List<Bar> getBars() {
        return bars;
    }

    private int rowHeight(GC gc) {
        return gc.getFontMetrics().getHeight() + GAP;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        GC gc = new GC(this);
        try {
            gc.setFont(titleFont);
            int titleHeight = gc.getFontMetrics().getHeight();
            gc.setFont(getFont());
            int rows = Math.max(1, bars.size());
            int height = PAD + titleHeight + PAD + rows * rowHeight(gc) + PAD;
            int width = wHint != SWT.DEFAULT ? wHint : 320;
            return new Point(width, hHint != SWT.DEFAULT ? hHint : height);
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(background);
        gc.fillRectangle(area);
        gc.setForeground(foreground);
        gc.setFont(titleFont);
        int titleHeight = gc.getFontMetrics().getHeight();
        gc.drawText(shorten(gc, title, area.width - 2 * PAD), PAD, PAD, true);
        gc.setFont(getFont());
        int y = PAD + titleHeight + PAD;
        if (bars.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawText(shorten(gc, emptyText, area.width - 2 * PAD), PAD, y, true);
            return;
        }
        int labelWidth = 0;
        int valueWidth = 0;
        double max = Double.isNaN(maximum) ? 0 : maximum;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, gc.textExtent(bar.label()).x);
            valueWidth = Math.max(valueWidth, gc.textExtent(bar.valueText()).x);
            if (Double.isNaN(maximum)) {
                max = Math.max(max, bar.value());
            }
        }
        int available = area.width - 2 * PAD - valueWidth - 2 * GAP;
        labelWidth = Math.min(labelWidth, (int) (available * 0.55));
        int barX = PAD + labelWidth + GAP;
        int barWidthMax = Math.max(10, available - labelWidth);
        int row = rowHeight(gc);
        int textHeight = gc.getFontMetrics().getHeight();
        for (Bar bar : bars) {
            gc.setForeground(foreground);
            gc.drawText(shorten(gc, bar.label(), labelWidth), PAD, y + GAP / 2, true);
            int barHeight = Math.max(6, textHeight - 4);
            int barY = y + GAP / 2 + (textHeight - barHeight) / 2;
            gc.setBackground(track);
            gc.fillRectangle(barX, barY, barWidthMax, barHeight);
            int width = max <= 0 ? 0 : (int) Math.round(barWidthMax * Math.min(1.0, bar.value() / max));
            if (bar.value() > 0 && width == 0) {
                width = 1;
            }
            Color color = bar.color() == null ? defaultBar : new Color(bar.color());
            gc.setBackground(color);
            gc.fillRectangle(barX, barY, width, barHeight);
            gc.setForeground(foreground);
            gc.drawText(bar.valueText(), barX + barWidthMax + GAP, y + GAP / 2, true);
            y += row;
        }
    }

    /** The text, shortened with "…" to fit {@code width} pixels. */
    static String shorten(GC gc, String text, int width) {
        if (text == null || gc.textExtent(text).x <= width) {
            return text == null ? "" : text; //$NON-NLS-1$
        }
        String ellipsis = "\u2026"; //$NON-NLS-1$
        int end = text.length();
        while (end > 0 && gc.textExtent(text.substring(0, end) + ellipsis).x > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ellipsis;
    }

    private String tooltipAt(int mouseY) {
        GC gc = new GC(this);
        try {
            gc.setFont(titleFont);
            int top = PAD + gc.getFontMetrics().getHeight() + PAD;
            gc.setFont(getFont());
            int index = (mouseY - top) / rowHeight(gc);
            if (mouseY >= top && index >= 0 && index < bars.size()) {
                Bar bar = bars.get(index);
                return bar.label() + ": " + bar.valueText(); //$NON-NLS-1$
            }
            return null;
        } finally {
            gc.dispose();
        }
    }

    /** The labels of the bars, for tests and accessibility. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        bars.forEach(b -> labels.add(b.label()));
        return labels;
    }
}
