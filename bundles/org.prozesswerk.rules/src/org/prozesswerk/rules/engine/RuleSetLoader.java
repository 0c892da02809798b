/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.prozesswerk.core.persistence.LocalOnlyURIHandler;
import org.prozesswerk.rules.internal.Messages;
import org.prozesswerk.rules.internal.RulesInjector;
import org.prozesswerk.rules.internal.engine.RuleCompiler;
import org.prozesswerk.rules.rules.Import;
import org.prozesswerk.rules.rules.Rule;
import org.prozesswerk.rules.rules.RuleFile;
import org.prozesswerk.rules.rules.Severity;
import org.prozesswerk.rules.validation.RulesValidator;

/**
 * Loads {@code .pwrules} files, with the files they import, checks them like the editor does (syntax, names, types)
 * and compiles them into a {@link RuleSet}. A rule set consists of the rules of the given files and of every file
 * they import, directly or indirectly, each file once.
 */
public final class RuleSetLoader {

    private RuleSetLoader() {
    }

    /** Loads files by URI ({@code file:}, {@code platform:/plugin/...}); catalogues resolve against the application's. */
    public static RuleSetLoad load(Collection<URI> files) {
        return load(files, Map.of(), ReferenceResolver.catalogues());
    }

    /**
     * @param uriMap URI prefixes to map before reading, e.g. {@code platform:/plugin/b/} to the bundle's entry URL
     */
    public static RuleSetLoad load(Collection<URI> files, Map<URI, URI> uriMap, ReferenceResolver resolver) {
        XtextResourceSet resourceSet = resourceSet();
        resourceSet.getURIConverter().getURIMap().putAll(uriMap);
        return load(resourceSet, files, resolver);
    }

    /** Loads text given in memory (tests, the editor) as if it were the file {@code uri}. */
    public static RuleSetLoad loadText(URI uri, String text, ReferenceResolver resolver) {
        XtextResourceSet resourceSet = resourceSet();
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Map.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (overflowed(e)) {
                return tooDeep(uri);
            }
            return new RuleSetLoad(Optional.empty(), List.of(new RuleProblem(Severity.ERROR, uri, 0, 0,
                    NLS.bind(Messages.unreadable, String.valueOf(e.getMessage())), null)));
        } catch (StackOverflowError e) {
            return tooDeep(uri);
        }
        return load(resourceSet, List.of(uri), resolver);
    }

    /** A resource set of the rule language that reads nothing from the network (imports are outside data). */
    private static XtextResourceSet resourceSet() {
        XtextResourceSet resourceSet = RulesInjector.get().getInstance(XtextResourceSet.class);
        LocalOnlyURIHandler.install(resourceSet, refused -> NLS.bind(Messages.networkRefused, refused));
        return resourceSet;
    }

    /** Xtext wraps a StackOverflowError of its parser in a RuntimeException. */
    private static boolean overflowed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    private static RuleSetLoad tooDeep(URI uri) {
        return new RuleSetLoad(Optional.empty(),
                List.of(new RuleProblem(Severity.ERROR, uri, 0, 0, Messages.nestingTooDeep, null)));
    }

    /** Parser, linker, validator and compiler all recurse along the nesting of expressions. */
    private static RuleSetLoad load(ResourceSet resourceSet, Collection<URI> files, ReferenceResolver resolver) {
        try {
            return loadChecked(resourceSet, files, resolver);
        } catch (StackOverflowError e) {
            return tooDeep(files.isEmpty() ? null : files.iterator().next());
        }
    }

    private static RuleSetLoad loadChecked(ResourceSet resourceSet, Collection<URI> files,
            ReferenceResolver resolver) {
        List<RuleProblem> problems = new ArrayList<>();
        List<Resource> loaded = new ArrayList<>();
        for (URI uri : files) {
            Resource resource = read(resourceSet, uri, problems);
            if (resource != null && !loaded.contains(resource)) {
                loaded.add(resource);
            }
        }
        // Imported files belong to the rule set: load the import closure, breadth first.
        for (int i = 0; i < loaded.size(); i++) {
            Resource resource = loaded.get(i);
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
                continue;
            }
            for (Import anImport : file.getImports()) {
                if (anImport.getImportURI() == null) {
                    continue;
                }
                try {
                    URI target = URI.createURI(anImport.getImportURI()).resolve(resource.getURI());
                    if (EcoreUtil2.isValidUri(anImport, target)) {
                        Resource imported = resourceSet.getResource(target, true);
                        if (imported != null && !loaded.contains(imported)) {
                            loaded.add(imported);
                        }
                    }
                } catch (RuntimeException e) {
                    // a malformed URI or a file that is not rules: a problem of the importing file, at the import
                    ICompositeNode node = NodeModelUtils.findActualNodeFor(anImport);
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    problems.add(new RuleProblem(Severity.ERROR, resource.getURI(),
                            node == null ? 0 : node.getStartLine(), 1, NLS.bind(Messages.importUnreadable,
                                    anImport.getImportURI(), String.valueOf(cause.getMessage())), null));
                }
            }
        }
        IResourceValidator validator = RulesInjector.get().getInstance(IResourceValidator.class);
        for (Resource resource : loaded) {
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                Severity severity = switch (issue.getSeverity()) {
                    case ERROR -> Severity.ERROR;
                    case WARNING -> Severity.WARNING;
                    default -> Severity.INFO;
                };
                problems.add(new RuleProblem(severity, resource.getURI(), lineOf(issue), columnOf(issue),
                        issue.getMessage(), issue.getCode()));
            }
        }
        List<RuleFile> ruleFiles = new ArrayList<>();
        Map<String, Rule> ids = new HashMap<>();
        for (Resource resource : loaded) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof RuleFile file) {
                ruleFiles.add(file);
                for (Rule rule : file.getRules()) {
                    Rule earlier = ids.putIfAbsent(rule.getName(), rule);
                    if (earlier != null && earlier.eResource() != rule.eResource()) {
                        ICompositeNode node = NodeModelUtils.findActualNodeFor(rule);
                        problems.add(new RuleProblem(Severity.ERROR, resource.getURI(),
                                node == null ? 0 : node.getStartLine(), 1,
                                NLS.bind(Messages.duplicateRuleId, rule.getName()), RulesValidator.DUPLICATE));
                    }
                }
            }
        }
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            return new RuleSetLoad(Optional.empty(), List.copyOf(problems));
        }
        RuleSet ruleSet = new RuleSet(new RuleCompiler().compile(ruleFiles), resolver);
        return new RuleSetLoad(Optional.of(ruleSet), List.copyOf(problems));
    }

    private static Resource read(ResourceSet resourceSet, URI uri, List<RuleProblem> problems) {
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null && existing.isLoaded()) {
            return existing;
        }
        try {
            return resourceSet.getResource(uri, true);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problems.add(new RuleProblem(Severity.ERROR, uri, 0, 0,
                    overflowed(e) ? Messages.nestingTooDeep : String.valueOf(cause.getMessage()), null));
            Resource broken = resourceSet.getResource(uri, false);
            if (broken != null) {
                resourceSet.getResources().remove(broken);
            }
            return null;
        }
    }

    private static int lineOf(Issue issue) {
        return issue.getLineNumber() == null ? 0 : issue.getLineNumber();
    }

    private static int columnOf(Issue issue) {
        return issue.getColumn() == null ? 0 : issue.getColumn();
    }
}
