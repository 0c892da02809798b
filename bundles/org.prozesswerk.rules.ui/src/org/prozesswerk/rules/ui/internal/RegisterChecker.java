/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.ide.IDE;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.model.provider.ProzesswerkEditPlugin;
import org.prozesswerk.rules.engine.ElementPaths;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.RegisterValidation;
import org.prozesswerk.rules.engine.RuleProblem;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSets;
import org.prozesswerk.rules.rules.Severity;
import org.prozesswerk.ui.RegisterDocument;

/**
 * "Register prüfen": validates an open register with the contributed rule sets plus every {@code .pwrules} file in the
 * workspace, exactly like {@code prozesswerk validate}, and shows the findings as markers. Runs in the UI thread,
 * because the register is edited there (EMF models are not thread-safe); 100,000 Steckbriefe take about a second.
 */
public final class RegisterChecker {

    private RegisterChecker() {
    }

    /** @return the findings, or null when the rule files have errors (reported as markers on them) */
    public static List<Finding> check(RegisterDocument document) {
        RuleSetLoad load = RuleSets.loadAll(workspaceRuleFiles());
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        try {
            root.getWorkspace().run(monitor -> {
                deleteMarkers(document.file());
                // problems of rule files outside the workspace sit on the root; without this they pile up per check
                root.deleteMarkers(RulesUi.RULE_MARKER, false, IResource.DEPTH_ZERO);
                if (load.hasErrors()) {
                    for (RuleProblem problem : load.problems()) {
                        ruleProblemMarker(problem);
                    }
                }
            }, null);
        } catch (CoreException e) {
            ILog.of(RegisterChecker.class).log(e.getStatus());
        }
        if (load.hasErrors()) {
            ILog.of(RegisterChecker.class).warn(Messages.ruleFilesInvalid);
            return null;
        }
        RuleSet ruleSet = load.orElseThrow();
        List<Finding> findings = RegisterValidation.validate(document.register(), ruleSet);
        try {
            root.getWorkspace().run(monitor -> {
                IResource target = markerTarget(document.file());
                for (Finding finding : findings) {
                    IMarker marker = target.createMarker(RulesUi.REGISTER_MARKER);
                    marker.setAttribute(IMarker.MESSAGE, "[" + finding.ruleId() + "] " + finding.message());
                    marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
                    marker.setAttribute(IMarker.LOCATION, finding.elementPath());
                    marker.setAttribute(RulesUi.RULE_ID, finding.ruleId());
                    marker.setAttribute(RulesUi.REGISTER_FILE, document.file().toAbsolutePath().toString());
                    setElement(marker, finding.uriFragment());
                }
                controlCharacterMarkers(document, target);
            }, null);
        } catch (CoreException e) {
            ILog.of(RegisterChecker.class).log(e.getStatus());
        }
        ILog.of(RegisterChecker.class).info(NLS.bind(Messages.validated, new Object[] { document.displayName(),
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO) }));
        return findings;
    }

    /**
     * Lists the register's texts with control characters (a register written by an older version, docs/reliability.md
     * "Control characters") in the Problems view, one warning each, as the command line names them on loading; done when
     * a register is opened and with every check. Nothing is changed in the register: the texts are kept on save.
     *
     * @return how many texts were listed
     */
    public static int markControlCharacters(RegisterDocument document) {
        List<ControlCharacters.Occurrence> found = ControlCharacters.find(document.register());
        if (found.isEmpty()) {
            return 0;
        }
        try {
            ResourcesPlugin.getWorkspace().run(monitor -> {
                IResource target = markerTarget(document.file());
                for (IMarker old : target.findMarkers(RulesUi.REGISTER_MARKER, false, IResource.DEPTH_ZERO)) {
                    if (CONTROL_CHARACTERS.equals(old.getAttribute(RulesUi.RULE_ID, ""))) {
                        old.delete();
                    }
                }
                controlCharacterMarkers(document, target);
            }, null);
        } catch (CoreException e) {
            ILog.of(RegisterChecker.class).log(e.getStatus());
        }
        ILog.of(RegisterChecker.class).warn(NLS.bind(Messages.controlCharactersFound, document.displayName(),
                found.size()));
        return found.size();
    }

    /** The marker's "rule" id of a text with a control character (not a rule of a rule set). */
    static final String CONTROL_CHARACTERS = "Steuerzeichen";

    private static void controlCharacterMarkers(RegisterDocument document, IResource target) throws CoreException {
        for (ControlCharacters.Occurrence occurrence : ControlCharacters.find(document.register())) {
            IMarker marker = target.createMarker(RulesUi.REGISTER_MARKER);
            EObject element = occurrence.element();
            marker.setAttribute(IMarker.MESSAGE, "[" + CONTROL_CHARACTERS + "] " + NLS.bind(Messages.controlCharacter,
                    new Object[] { ControlCharacters.replace(ElementPaths.segment(element)),
                            featureLabel(element, occurrence.feature()), occurrence.code() }));
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
            marker.setAttribute(IMarker.LOCATION, ControlCharacters.replace(ElementPaths.of(occurrence.element())));
            marker.setAttribute(RulesUi.RULE_ID, CONTROL_CHARACTERS);
            marker.setAttribute(RulesUi.REGISTER_FILE, document.file().toAbsolutePath().toString());
            setElement(marker, EcoreUtil.getURI(occurrence.element()).fragment());
        }
    }

    /** The feature's label as the Properties view shows it (German with -nl de), else its name. */
    private static String featureLabel(EObject element, String feature) {
        EStructuralFeature structural = element.eClass().getEStructuralFeature(feature);
        try {
            return ProzesswerkEditPlugin.INSTANCE.getString(
                    "_UI_" + structural.getEContainingClass().getName() + "_" + feature + "_feature");
        } catch (MissingResourceException e) {
            return feature;
        }
    }

    private static void setElement(IMarker marker, String uriFragment) throws CoreException {
        if (uriFragment != null) {
            marker.setAttribute(RulesUi.ELEMENT_FRAGMENT, uriFragment);
            // double-click in the Problems view: the Steckbrief editor instead of a text editor on the file
            marker.setAttribute(IDE.EDITOR_ID_ATTR, FindingOpener.ID);
        }
    }

    /**
     * Name of the project that links registers outside the workspace (the Musterregister, files opened with "Register
     * öffnen"). Not translated: the project outlives a change of language.
     */
    static final String EXTERNAL_REGISTERS_PROJECT = "Externe Register";

    /**
     * The register file if it lies in the workspace, else a link to it in {@link #EXTERNAL_REGISTERS_PROJECT}. Markers
     * need a resource, and on a file (unlike on the workspace root) the Problems view hands the marker to the editor
     * on double-click, so that {@link FindingOpener} can select the element.
     */
    static IResource markerTarget(Path file) throws CoreException {
        java.net.URI location = file.toAbsolutePath().normalize().toUri();
        IFile inWorkspace = workspaceFile(location);
        if (inWorkspace != null) {
            return inWorkspace;
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(EXTERNAL_REGISTERS_PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        IFile link = project.getFile(name);
        // registers of the same name in different folders get "name (2).pwreg", ...
        for (int n = 2; link.exists() && !location.equals(link.getLocationURI()); n++) {
            link = project.getFile(stem + " (" + n + ")" + extension);
        }
        if (!link.exists()) {
            link.createLink(location, IResource.ALLOW_MISSING_LOCAL, null);
        }
        return link;
    }

    private static void deleteMarkers(Path register) throws CoreException {
        String path = register.toAbsolutePath().toString();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (IMarker marker : root.findMarkers(RulesUi.REGISTER_MARKER, false, IResource.DEPTH_INFINITE)) {
            if (path.equals(marker.getAttribute(RulesUi.REGISTER_FILE, ""))) {
                marker.delete();
            }
        }
    }

    /** The existing workspace file (also a linked one) at {@code location}, or null. */
    private static IFile workspaceFile(java.net.URI location) {
        for (IFile candidate : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location)) {
            if (candidate.exists()) {
                return candidate;
            }
        }
        return null;
    }

    private static void ruleProblemMarker(RuleProblem problem) throws CoreException {
        if (problem.file() != null && problem.file().isFile()
                && workspaceFile(java.net.URI.create(problem.file().toString())) != null) {
            return; // the editor's live validation keeps the markers of workspace rule files
        }
        IMarker marker = ResourcesPlugin.getWorkspace().getRoot().createMarker(RulesUi.RULE_MARKER);
        marker.setAttribute(IMarker.MESSAGE, problem.toString());
        marker.setAttribute(IMarker.SEVERITY, severity(problem.severity()));
    }

    /** The {@code .pwrules} files of all open projects. */
    static List<URI> workspaceRuleFiles() {
        List<URI> result = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource instanceof IFile file && "pwrules".equals(file.getFileExtension())
                        && file.getLocation() != null) {
                    result.add(URI.createFileURI(file.getLocation().toOSString()));
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(RegisterChecker.class).log(e.getStatus());
        }
        result.sort((a, b) -> a.toString().compareTo(b.toString()));
        return result;
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
