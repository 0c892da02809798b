package org.prozesswerk.ui.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.search.internal.Messages;

/**
 * The facet widgets of the {@link SearchView}: which register, the filter fields and the saved-filter buttons. It
 * translates between the widgets and a {@link FilterSpec}; what a change means is up to the view (callbacks).
 */
final class FacetPanel {

    /** What the view does when the user acts on the panel. */
    interface Actions {
        /** The user chose the register at {@code index} of the choices (-1: none). */
        void registerChosen(int index);

        /** A filter field changed; run the query after {@code delay} ms (0: now). */
        void filterChanged(int delay);

        void applySaved(String name);

        void saveAs();

        void deleteSaved();

        void reset();
    }

    private final Actions actions;
    private final Combo registerCombo;
    private final Combo folderCombo;
    private final Combo unitCombo;
    private final Combo catalogueCombo;
    private final Text keyPrefixText;
    private final Map<FimStatus, Button> statusButtons = new EnumMap<>(FimStatus.class);
    private final Combo oaaCombo;
    private final Combo legalCombo;
    private final Text tagText;
    private final Text fullText;
    private final Combo savedCombo;

    private final List<Folder> folderChoices = new ArrayList<>();
    private final List<OrgUnit> unitChoices = new ArrayList<>();
    private final List<String> catalogueChoices = new ArrayList<>();
    private boolean updatingWidgets;

    FacetPanel(Composite parent, int textDelay, Actions actions) {
        this.actions = actions;
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite facets = new Composite(scroll, SWT.NONE);
        scroll.setContent(facets);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).spacing(6, 4).applyTo(facets);

        registerCombo = combo(facets, Messages.Facet_Register);
        registerCombo.addListener(SWT.Selection, e -> actions.registerChosen(registerCombo.getSelectionIndex()));
        folderCombo = combo(facets, Messages.Facet_Folder);
        folderCombo.setVisibleItemCount(20);
        unitCombo = combo(facets, Messages.Facet_Unit);
        unitCombo.setVisibleItemCount(20);
        unitCombo.setToolTipText(Messages.Facet_Unit_Tooltip);
        catalogueCombo = combo(facets, Messages.Facet_Catalogue);
        label(facets, Messages.Facet_KeyPrefix);
        keyPrefixText = new Text(facets, SWT.BORDER | SWT.SEARCH);
        keyPrefixText.setMessage(Messages.Facet_KeyPrefix_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(keyPrefixText);

        Label statusLabel = label(facets, Messages.Facet_Status);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(statusLabel);
        Composite statuses = new Composite(facets, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(statuses);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 0).applyTo(statuses);
        for (FimStatus status : FimStatus.VALUES) {
            Button check = new Button(statuses, SWT.CHECK);
            check.setText(status.getValue() + " " + StatusWorkflow.label(status, Locale.getDefault())); //$NON-NLS-1$
            check.addListener(SWT.Selection, e -> changed(0));
            statusButtons.put(status, check);
        }
        oaaCombo = combo(facets, Messages.Facet_Oaa);
        oaaCombo.setItems(Messages.Tri_Any, Messages.Tri_With, Messages.Tri_Without);
        oaaCombo.select(0);
        legalCombo = combo(facets, Messages.Facet_LegalBasis);
        legalCombo.setItems(Messages.Tri_Any, Messages.Tri_With, Messages.Tri_Without);
        legalCombo.select(0);
        label(facets, Messages.Facet_Tag);
        tagText = new Text(facets, SWT.BORDER | SWT.SEARCH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tagText);
        label(facets, Messages.Facet_Text);
        fullText = new Text(facets, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        fullText.setMessage(Messages.Facet_Text_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fullText);

        for (Combo combo : List.of(folderCombo, unitCombo, catalogueCombo, oaaCombo, legalCombo)) {
            combo.addListener(SWT.Selection, e -> changed(0));
        }
        catalogueCombo.addListener(SWT.Selection, e -> keyPrefixText.setEnabled(catalogueCombo.getSelectionIndex() > 0));
        for (Text text : List.of(keyPrefixText, tagText, fullText)) {
            text.addListener(SWT.Modify, e -> changed(textDelay));
            text.addListener(SWT.DefaultSelection, e -> changed(0));
        }

        Composite buttons = new Composite(facets, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 4).applyTo(buttons);
        savedCombo = new Combo(buttons, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(80, SWT.DEFAULT).applyTo(savedCombo);
        savedCombo.setToolTipText(Messages.Saved_Tooltip);
        savedCombo.addListener(SWT.Selection, e -> {
            int index = savedCombo.getSelectionIndex();
            if (index > 0) {
                actions.applySaved(savedCombo.getItem(index));
            }
        });
        button(buttons, Messages.Saved_Save, actions::saveAs);
        button(buttons, Messages.Saved_Delete, actions::deleteSaved);
        button(buttons, Messages.Reset, actions::reset);
        keyPrefixText.setEnabled(false);

        // Labels beside the fields where there is room, above them in a narrow column; never wider than the view.
        scroll.addListener(SWT.Resize, e -> {
            int width = scroll.getClientArea().width;
            GridLayout layout = (GridLayout) facets.getLayout();
            GridLayout statusLayout = (GridLayout) statuses.getLayout();
            int columns = width >= 400 ? 2 : 1;
            int statusColumns = width >= 560 ? 2 : 1;
            if (layout.numColumns != columns || statusLayout.numColumns != statusColumns) {
                layout.numColumns = columns;
                statusLayout.numColumns = statusColumns;
                facets.layout(true, true);
            }
            scroll.setMinSize(facets.computeSize(Math.max(width, 160), SWT.DEFAULT));
        });
    }

    private void changed(int delay) {
        if (!updatingWidgets) {
            actions.filterChanged(delay);
        }
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Combo combo(Composite parent, String labelText) {
        label(parent, labelText);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(combo);
        return combo;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.swtDefaults().applyTo(button);
        return button;
    }

    // --- Choices -------------------------------------------------------------------------------------------------

    /** The open registers to choose from, with {@code selected} (an index into them, -1: none) chosen. */
    void showRegisters(List<RegisterDocument> open, int selected) {
        String[] names = new String[open.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = open.get(i).displayName();
        }
        registerCombo.setItems(names);
        selectRegister(selected);
    }

    void selectRegister(int index) {
        if (index >= 0) {
            registerCombo.select(index);
        }
    }

    /**
     * Fills the folder, unit and catalogue choices from {@code document} (null: none). Catalogues: the installed
     * ones and those the register uses, once each (ids ignore case); without declared catalogues, those its
     * Steckbriefe reference (from {@code index}, if it is small enough to look).
     */
    void refreshChoices(RegisterDocument document, RegisterIndex index) {
        updatingWidgets = true;
        try {
            folderChoices.clear();
            unitChoices.clear();
            catalogueChoices.clear();
            List<String> folders = new ArrayList<>(List.of(Messages.All_Folders));
            List<String> units = new ArrayList<>(List.of(Messages.All_Units));
            if (document != null) {
                ProcessRegister register = document.register();
                for (Folder folder : register.getRootFolders()) {
                    addFolders(folder, 0, folders);
                }
                for (OrgUnit unit : register.getOrganisation()) {
                    addUnits(unit, 0, units);
                }
            }
            folderCombo.setItems(folders.toArray(String[]::new));
            unitCombo.setItems(units.toArray(String[]::new));
            Map<String, String> catalogues = new TreeMap<>();
            for (Catalogue catalogue : CatalogueRegistry.getDefault().catalogues()) {
                catalogues.put(catalogue.id().toUpperCase(Locale.ROOT), catalogue.id() + "\u0000" + catalogue.name()); //$NON-NLS-1$
            }
            if (document != null) {
                for (CatalogueUsage usage : document.register().getUsedCatalogues()) {
                    addCatalogueId(catalogues, usage.getCatalogueId());
                }
                if (document.register().getUsedCatalogues().isEmpty() && index != null && index.size() < 20_000) {
                    for (ProcessProfile profile : index.find(RegisterQuery.all())) {
                        for (CatalogueReference reference : profile.getCatalogueReferences()) {
                            addCatalogueId(catalogues, reference.getCatalogueId());
                        }
                    }
                }
            }
            List<String> items = new ArrayList<>(List.of(Messages.All_Catalogues));
            for (String value : catalogues.values()) {
                int split = value.indexOf('\u0000');
                catalogueChoices.add(value.substring(0, split));
                items.add(value.substring(split + 1));
            }
            catalogueCombo.setItems(items.toArray(String[]::new));
        } finally {
            updatingWidgets = false;
        }
    }

    private static void addCatalogueId(Map<String, String> catalogues, String id) {
        if (id != null && !id.isBlank()) {
            catalogues.putIfAbsent(id.toUpperCase(Locale.ROOT), id + "\u0000" + id); //$NON-NLS-1$
        }
    }

    private void addFolders(Folder folder, int depth, List<String> items) {
        folderChoices.add(folder);
        items.add("  ".repeat(depth) + ProfileColumns.nonNull(folder.getName())); //$NON-NLS-1$
        for (Folder child : folder.getFolders()) {
            addFolders(child, depth + 1, items);
        }
    }

    private void addUnits(OrgUnit unit, int depth, List<String> items) {
        unitChoices.add(unit);
        items.add("  ".repeat(depth) + ProfileColumns.unitLabel(unit)); //$NON-NLS-1$
        for (OrgUnit child : unit.getChildren()) {
            addUnits(child, depth + 1, items);
        }
    }

    // --- Filter <-> widgets --------------------------------------------------------------------------------------

    /** The filter the widgets show. */
    FilterSpec filter() {
        int folder = folderCombo.getSelectionIndex();
        int unit = unitCombo.getSelectionIndex();
        int catalogue = catalogueCombo.getSelectionIndex();
        Set<FimStatus> statuses = EnumSet.noneOf(FimStatus.class);
        statusButtons.forEach((status, button) -> {
            if (button.getSelection()) {
                statuses.add(status);
            }
        });
        return new FilterSpec(folder > 0 ? folderChoices.get(folder - 1).getId() : null,
                unit > 0 ? unitChoices.get(unit - 1).getId() : null,
                catalogue > 0 ? catalogueChoices.get(catalogue - 1) : null, keyPrefixText.getText(), statuses,
                tri(oaaCombo), tri(legalCombo), tagText.getText(), fullText.getText());
    }

    private static Boolean tri(Combo combo) {
        return switch (combo.getSelectionIndex()) {
            case 1 -> Boolean.TRUE;
            case 2 -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Shows {@code filter} in the widgets without reporting it as a change. */
    void show(FilterSpec filter) {
        updatingWidgets = true;
        try {
            folderCombo.select(indexOfId(folderChoices, filter.folderId(), Folder::getId) + 1);
            unitCombo.select(indexOfId(unitChoices, filter.unitId(), OrgUnit::getId) + 1);
            int catalogue = 0;
            for (int i = 0; i < catalogueChoices.size(); i++) {
                if (catalogueChoices.get(i).equalsIgnoreCase(ProfileColumns.nonNull(filter.catalogueId()))) {
                    catalogue = i + 1;
                }
            }
            catalogueCombo.select(catalogue);
            keyPrefixText.setEnabled(catalogue > 0);
            keyPrefixText.setText(ProfileColumns.nonNull(filter.keyPrefix()));
            statusButtons.forEach((status, button) -> button.setSelection(filter.statuses().contains(status)));
            oaaCombo.select(filter.onlineService() == null ? 0 : filter.onlineService() ? 1 : 2);
            legalCombo.select(filter.legalBasis() == null ? 0 : filter.legalBasis() ? 1 : 2);
            tagText.setText(ProfileColumns.nonNull(filter.tag()));
            fullText.setText(ProfileColumns.nonNull(filter.text()));
        } finally {
            updatingWidgets = false;
        }
    }

    private static <T> int indexOfId(List<T> choices, String id, Function<T, String> idOf) {
        if (id != null) {
            for (int i = 0; i < choices.size(); i++) {
                if (id.equals(idOf.apply(choices.get(i)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    // --- Saved filters -------------------------------------------------------------------------------------------

    /** The saved filters' names after a "choose" item, with {@code select} chosen (null: the "choose" item). */
    void showSaved(List<String> names, String select) {
        List<String> items = new ArrayList<>(List.of(Messages.Saved_Choose));
        items.addAll(names);
        savedCombo.setItems(items.toArray(String[]::new));
        savedCombo.select(Math.max(0, select == null ? 0 : items.indexOf(select)));
    }

    /** The name of the saved filter chosen, or null. */
    String chosenSaved() {
        int index = savedCombo.getSelectionIndex();
        return index > 0 ? savedCombo.getItem(index) : null;
    }

    void setFocus() {
        fullText.setFocus();
    }
}
