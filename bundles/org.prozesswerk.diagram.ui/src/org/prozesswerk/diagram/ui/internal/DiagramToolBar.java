package org.prozesswerk.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.diagram.landscape.LandscapeTypes;
import org.prozesswerk.diagram.orgchart.OrgChartTypes;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessRegister;

import com.google.gson.JsonObject;

/**
 * The tool bar above a diagram: new unit (org chart), layout, fit, zoom, export; for the landscape the colouring and
 * unit filter, sent to the server as a {@code pwDiagramOptions} action.
 */
public final class DiagramToolBar {

    /** What the buttons do outside the page. */
    public interface Actions {
        void fit();

        void zoom(double factor);

        void exportSvg();

        void exportPng();
    }

    private DiagramToolBar() {
    }

    /**
     * Creates the bar in {@code parent}; its buttons use {@code bridge}, which exists only once the browser below the
     * bar does, hence the supplier. A diagram the person may not change ({@code editable} false) gets no editing
     * tools (new unit, reset layout).
     */
    public static void create(Composite parent, String diagramType, ProcessRegister register, boolean editable,
            java.util.function.Supplier<PageBridge> bridge, SelectionSync selection, Actions actions) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        if (editable && OrgChartTypes.DIAGRAM_TYPE.equals(diagramType)) {
            tool(tools, Messages.Tool_NewUnit, () -> createUnit(bridge.get(), selection));
        }
        if (editable) {
            tool(tools, Messages.Tool_ResetLayout,
                    () -> bridge.get().dispatch("{\"kind\":\"layout\",\"isOperation\":true,\"elementIds\":[]}"));
        }
        tool(tools, Messages.Tool_Fit, actions::fit);
        tool(tools, "+", () -> actions.zoom(1.25));
        tool(tools, "\u2212", () -> actions.zoom(0.8));
        tool(tools, Messages.Tool_ExportSvg, actions::exportSvg);
        tool(tools, Messages.Tool_ExportPng, actions::exportPng);
        if (LandscapeTypes.DIAGRAM_TYPE.equals(diagramType)) {
            new Label(bar, SWT.NONE).setText(Messages.Landscape_ColorBy);
            Combo colour = new Combo(bar, SWT.READ_ONLY);
            colour.setItems(Messages.Landscape_ByStatus, Messages.Landscape_ByDegree);
            colour.select(0);
            colour.addListener(SWT.Selection, e -> setOptions(bridge.get(), Map.of(LandscapeTypes.OPTION_COLOR_BY,
                    colour.getSelectionIndex() == 1 ? LandscapeTypes.COLOR_BY_DEGREE : LandscapeTypes.COLOR_BY_STATUS)));
            new Label(bar, SWT.NONE).setText(Messages.Landscape_Unit);
            Combo unit = new Combo(bar, SWT.READ_ONLY);
            List<String> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            ids.add("");
            names.add(Messages.Landscape_AllUnits);
            for (OrgUnit orgUnit : OrgChartDerivation.allUnits(register.getOrganisation())) {
                ids.add(orgUnit.getId());
                names.add(orgUnit.getShortCode() == null ? orgUnit.getName()
                        : orgUnit.getShortCode() + " " + orgUnit.getName());
            }
            unit.setItems(names.toArray(String[]::new));
            unit.select(0);
            unit.addListener(SWT.Selection, e -> setOptions(bridge.get(), Map.of(LandscapeTypes.OPTION_UNIT,
                    ids.get(Math.max(0, unit.getSelectionIndex())))));
        } else {
            layout.numColumns = 1;
        }
    }

    private static void tool(ToolBar bar, String text, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> run.run());
    }

    private static void setOptions(PageBridge bridge, Map<String, String> options) {
        JsonObject values = new JsonObject();
        options.forEach(values::addProperty);
        JsonObject action = new JsonObject();
        action.addProperty("kind", "pwDiagramOptions");
        action.add("options", values);
        bridge.dispatch(action.toString());
    }

    /** A new unit below the selected one (or at the top). */
    private static void createUnit(PageBridge bridge, SelectionSync selection) {
        IStructuredSelection current = selection.getSelection();
        JsonObject action = new JsonObject();
        action.addProperty("kind", "createNode");
        action.addProperty("isOperation", true);
        action.addProperty("elementTypeId", OrgChartTypes.UNIT);
        action.addProperty("containerId", current.getFirstElement() instanceof OrgUnit unit ? unit.getId() : "");
        action.add("args", new JsonObject());
        bridge.dispatch(action.toString());
    }
}
