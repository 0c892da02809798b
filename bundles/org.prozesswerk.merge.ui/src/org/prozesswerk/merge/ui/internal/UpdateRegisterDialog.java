/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.RegisterDocument;

/**
 * „Register aktualisieren…“: choose the new version and the base (preset when the register remembers it), see every
 * change grouped by folder and Steckbrief with Basis | Lokal | Neu | Ergebnis, decide the conflicts one by one (one
 * click into Lokal or Neu, or the buttons for a selection) or by rule, save and resume the decisions, and apply: the
 * engine's one merge command on the register's command stack, so one undo restores the register exactly.
 */
public final class UpdateRegisterDialog extends TitleAreaDialog {

    private final RegisterDocument document;
    private SourceChooser theirsChooser;
    private SourceChooser baseChooser;
    private ChangeTree tree;
    private Combo ruleCombo;
    private Combo ruleSide;
    private Button applyRule;
    private final List<RuleChoice> ruleChoices = new ArrayList<>();

    private MergeResult result;
    private RegisterSource analysedTheirs;
    private String analysedTheirsChecksum;
    private MergeDecisions decisions = new MergeDecisions().followSuggestions(true);
    private Command executed;
    /** The remembered base file's content differs from when the register was last updated. */
    private boolean baseChanged;
    private List<String> notes = List.of();
    /** Preset versions (library updates): no choice, analysed on open, the register's base version is not changed. */
    private RegisterSource presetTheirs;
    private RegisterSource presetBase;

    /** A choice of the rule combo: one or more engine rules deciding a group of conflicts. */
    record RuleChoice(String label, List<MergeDecisions.Rule> rules) {
        List<MergeDecisions.Rule> withSide(Side side) {
            List<MergeDecisions.Rule> out = new ArrayList<>();
            for (MergeDecisions.Rule r : rules) {
                out.add(new MergeDecisions.Rule(r.kind(), r.elementType(), r.feature(), side));
            }
            return out;
        }
    }

    public UpdateRegisterDialog(Shell parent, RegisterDocument document) {
        super(parent);
        this.document = document;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
        setHelpAvailable(false);
    }

    /**
     * The same preview and conflict decisions for versions given by the caller (e.g. a library's new version of
     * adopted Steckbriefe over their adopted version): both are preset and analysed on open, and applying does not
     * change the register's remembered base version.
     */
    public UpdateRegisterDialog(Shell parent, RegisterDocument document, RegisterSource theirs, RegisterSource base) {
        this(parent, document);
        this.presetTheirs = theirs;
        this.presetBase = base;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.updateTitle);
    }

    @Override
    public void create() {
        super.create();
        if (presetTheirs != null) {
            analyse();
        }
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1360, 820);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.updateHeading, document.displayName()));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite versions = new Composite(body, SWT.NONE);
        versions.setLayout(new GridLayout(3, false));
        versions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        theirsChooser = new SourceChooser(versions, Messages.newVersion,
                presetTheirs != null ? List.of(presetTheirs) : RegisterSource.builtIn());
        RegisterSource remembered = presetBase != null ? presetBase : RegisterSource.rememberedBase(document.register());
        List<RegisterSource> bases = new ArrayList<>(presetBase != null ? List.of() : RegisterSource.builtIn());
        baseChooser = new SourceChooser(versions, Messages.baseVersion, bases);
        if (presetTheirs != null) {
            theirsChooser.select(presetTheirs);
            theirsChooser.fileButton().setEnabled(false);
            baseChooser.fileButton().setEnabled(false);
        }
        if (remembered != null) {
            baseChooser.select(remembered);
        }
        theirsChooser.onChange(this::analyse);
        baseChooser.onChange(this::analyse);

        tree = new ChangeTree(body, new String[] { Messages.columnBase, Messages.columnOurs, Messages.columnTheirs,
                Messages.columnResult }, true);
        tree.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setDecisions(c -> decisions.resolve(c), this::decide, Changes.OURS, Changes.THEIRS, Changes.RESULT);

        Composite decide = new Composite(body, SWT.NONE);
        decide.setLayout(new GridLayout(6, false));
        decide.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(decide, Messages.keepOurs, () -> decide(tree.selectedConflicts(), Side.OURS));
        button(decide, Messages.takeTheirs, () -> decide(tree.selectedConflicts(), Side.THEIRS));
        button(decide, Messages.undecide, () -> decide(tree.selectedConflicts(), null));
        new Label(decide, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(decide, Messages.saveDecisions, () -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] { "*.json" });
            d.setFileName("entscheidungen.json");
            d.setOverwrite(true);
            String f = d.open();
            if (f != null) {
                saveDecisions(Path.of(f));
            }
        });
        button(decide, Messages.loadDecisions, () -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.json", "*.*" });
            String f = d.open();
            if (f != null) {
                loadDecisions(Path.of(f));
            }
        });

        Composite rule = new Composite(body, SWT.NONE);
        rule.setLayout(new GridLayout(4, false));
        rule.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(rule, SWT.NONE).setText(Messages.ruleLabel);
        ruleCombo = new Combo(rule, SWT.READ_ONLY | SWT.DROP_DOWN);
        ruleCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ruleSide = new Combo(rule, SWT.READ_ONLY | SWT.DROP_DOWN);
        ruleSide.setItems(Messages.ruleTheirs, Messages.ruleOurs);
        ruleSide.select(0);
        applyRule = button(rule, Messages.applyRule, this::applySelectedRule);
        setMessage(remembered == null ? Messages.chooseBoth : Messages.chooseNew);
        return area;
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.apply, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateState();
    }

    /** Compares base, the register and the new version; runs when both versions are chosen. */
    void analyse() {
        RegisterSource theirsSource = theirsChooser.selection();
        RegisterSource baseSource = baseChooser.selection();
        if (theirsSource == null || baseSource == null) {
            updateState();
            return;
        }
        String[] error = { null };
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                ProcessRegister base = baseSource.load();
                ProcessRegister theirs = theirsSource.load();
                result = ThreeWayMerge.merge(base, document.register(), theirs);
                analysedTheirs = theirsSource;
                analysedTheirsChecksum = theirsSource.checksum();
                baseChanged = baseSource.checksum() != null && document.register().getBaseChecksum() != null
                        && baseSource.key().equals(document.register().getBaseVersion())
                        && !baseSource.checksum().equals(document.register().getBaseChecksum());
                tree.setRows(Changes.threeWay(result, base, theirs));
                buildRuleChoices();
            } catch (RegisterLoadException | RuntimeException e) {
                result = null;
                error[0] = e.getMessage();
            }
        });
        if (error[0] != null) {
            tree.setRows(List.of());
            setErrorMessage(NLS.bind(Messages.loadFailed, error[0]));
        } else {
            setErrorMessage(null);
        }
        updateState();
    }

    /** Rules offered: one per feature with conflicts („alle Rechtsgrundlagen …“), one per conflict kind. */
    private void buildRuleChoices() {
        Map<String, List<Conflict>> byFeature = new LinkedHashMap<>();
        Map<ConflictKind, List<Conflict>> byKind = new LinkedHashMap<>();
        for (Conflict c : result.conflicts()) {
            byFeature.computeIfAbsent(c.elementType() + "\u0000" + Changes.root(c.feature()), k -> new ArrayList<>())
                    .add(c);
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        ruleChoices.clear();
        for (List<Conflict> group : byFeature.values()) {
            Conflict first = group.get(0);
            String root = Changes.root(first.feature());
            if (root.isEmpty()) {
                continue; // whole elements: offered by kind
            }
            List<MergeDecisions.Rule> rules = new ArrayList<>();
            for (Conflict c : group) {
                MergeDecisions.Rule r = new MergeDecisions.Rule(null, c.elementType(), c.feature(), Side.THEIRS);
                if (!rules.contains(r)) {
                    rules.add(r);
                }
            }
            ruleChoices.add(new RuleChoice(NLS.bind(Messages.ruleFeature,
                    Changes.ruleFeatureName(first.elementType(), root), group.size()), rules));
        }
        for (Map.Entry<ConflictKind, List<Conflict>> e : byKind.entrySet()) {
            String kind = Changes.conflictKind(e.getKey());
            kind = kind.substring(kind.indexOf(": ") + 2); // "Konflikt: beide geändert" → "beide geändert"
            ruleChoices.add(new RuleChoice(NLS.bind(Messages.ruleKind, kind, e.getValue().size()),
                    List.of(new MergeDecisions.Rule(e.getKey(), null, null, Side.THEIRS))));
        }
        ruleCombo.removeAll();
        for (RuleChoice r : ruleChoices) {
            ruleCombo.add(r.label());
        }
        if (!ruleChoices.isEmpty()) {
            ruleCombo.select(0);
        }
    }

    private void applySelectedRule() {
        int i = ruleCombo.getSelectionIndex();
        if (i >= 0) {
            applyRule(ruleChoices.get(i), ruleSide.getSelectionIndex() == 0 ? Side.THEIRS : Side.OURS);
        }
    }

    /**
     * Decides every conflict the rule matches: earlier single choices for them give way, and the newest rule goes
     * first, so the last thing the user did is what counts.
     */
    void applyRule(RuleChoice choice, Side side) {
        List<MergeDecisions.Rule> rules = choice.withSide(side);
        for (Conflict c : result.conflicts()) {
            if (rules.stream().anyMatch(r -> r.matches(c))) {
                decisions.unchoose(c.id());
            }
        }
        decisions.rules().removeIf(old -> rules.stream().anyMatch(r -> sameScope(r, old)));
        decisions.rules().addAll(0, rules);
        tree.decisionsChanged();
        updateState();
    }

    private static boolean sameScope(MergeDecisions.Rule a, MergeDecisions.Rule b) {
        return a.kind() == b.kind() && a.elementType() == b.elementType()
                && java.util.Objects.equals(a.feature(), b.feature());
    }

    /** Decides the conflicts for {@code side}; {@code null} takes the single decisions back. */
    void decide(List<Conflict> conflicts, Side side) {
        for (Conflict c : conflicts) {
            if (side == null) {
                decisions.unchoose(c.id());
            } else {
                decisions.choose(c.id(), side);
            }
        }
        tree.decisionsChanged();
        updateState();
    }

    void saveDecisions(Path file) {
        try {
            byte[] json = decisions.toJson().getBytes(StandardCharsets.UTF_8);
            AtomicFileWriter.write(file, out -> out.write(json));
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.decisionsSaved, file), IMessageProvider.INFORMATION);
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.decisionsSaveFailed, file, e.getMessage()));
        }
    }

    void loadDecisions(Path file) {
        try {
            decisions = MergeDecisions.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            tree.decisionsChanged();
            updateState();
            setMessage(NLS.bind(Messages.decisionsLoaded, file), IMessageProvider.INFORMATION);
        } catch (IOException | IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.decisionsLoadFailed, file, e.getMessage()));
        }
    }

    private void updateState() {
        Button ok = getButton(IDialogConstants.OK_ID);
        int open = result == null ? -1 : result.openConflicts(decisions).size();
        if (ok != null) {
            ok.setEnabled(result != null && open == 0);
        }
        if (applyRule != null) {
            applyRule.setEnabled(result != null && !ruleChoices.isEmpty());
        }
        if (result == null || getErrorMessage() != null) {
            return;
        }
        if (baseChanged) {
            setMessage(Messages.baseFileChanged, IMessageProvider.WARNING);
        } else if (result.isEmpty()) {
            setMessage(Messages.nothingToDo, IMessageProvider.INFORMATION);
        } else if (open > 0) {
            setMessage(NLS.bind(Messages.openConflicts, open), IMessageProvider.WARNING);
        } else {
            setMessage(NLS.bind(Messages.readyToApply, result.autoMerged().size(), result.conflicts().size()),
                    IMessageProvider.NONE);
        }
    }

    @Override
    protected void okPressed() {
        if (apply()) {
            super.okPressed();
        }
    }

    /**
     * Executes the merge as one command on the register's command stack (and, if the metamodel has it, sets the
     * remembered base version to the new version in the same command).
     *
     * @return whether it was applied
     */
    boolean apply() {
        if (result == null || !result.openConflicts(decisions).isEmpty()) {
            return false;
        }
        EditingDomain domain = document.editingDomain();
        Command merge = result.createCommand(domain, decisions);
        ProcessRegister register = document.register();
        // the register remembers the version it is now based on, in the same command: one undo takes both back
        CompoundCommand command = new CompoundCommand(merge.getLabel());
        command.append(merge);
        if (presetTheirs == null) {
            command.append(SetCommand.create(domain, register, Literals.PROCESS_REGISTER__BASE_VERSION,
                    analysedTheirs.key()));
            command.append(SetCommand.create(domain, register, Literals.PROCESS_REGISTER__BASE_CHECKSUM,
                    analysedTheirsChecksum));
        }
        domain.getCommandStack().execute(command);
        executed = command;
        notes = MergeResult.notes(merge);
        return true;
    }

    // --- for the handler and tests ------------------------------------------------------------------------------

    /** @return the executed command, or null */
    public Command executed() {
        return executed;
    }

    /** @return what the executed merge could not keep as it was */
    public List<String> notes() {
        return notes;
    }

    Button button(int id) {
        return getButton(id);
    }

    MergeResult result() {
        return result;
    }

    MergeDecisions decisions() {
        return decisions;
    }

    ChangeTree tree() {
        return tree;
    }

    SourceChooser theirsChooser() {
        return theirsChooser;
    }

    SourceChooser baseChooser() {
        return baseChooser;
    }

    List<RuleChoice> ruleChoices() {
        return ruleChoices;
    }

    Combo ruleCombo() {
        return ruleCombo;
    }

    Combo ruleSide() {
        return ruleSide;
    }

    static boolean isRuleFor(RuleChoice choice, ElementType type, String rootFeature) {
        return choice.rules().stream()
                .anyMatch(r -> r.elementType() == type && rootFeature.equals(Changes.root(r.feature())));
    }
}
