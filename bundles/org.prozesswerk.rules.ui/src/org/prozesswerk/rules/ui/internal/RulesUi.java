/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.prozesswerk.rules.ide.RulesIdeSetup;

import com.google.inject.Injector;

/**
 * The rule language as the workbench uses it: one injector with the runtime and IDE services (there is no Xtext
 * Eclipse UI on Maven Central, so the editor is a plain JFace text editor over these services), and parsing of editor
 * text into a resource that sits next to its file, so that imports resolve.
 */
public final class RulesUi {

    public static final String RULE_MARKER = "org.prozesswerk.rules.ui.ruleProblem";
    public static final String REGISTER_MARKER = "org.prozesswerk.rules.ui.registerProblem";
    public static final String RULE_ID = "ruleId";
    public static final String REGISTER_FILE = "registerFile";
    public static final String ELEMENT_FRAGMENT = "elementFragment";

    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "Prozesswerk rules content assist");
        thread.setDaemon(true);
        return thread;
    });

    private RulesUi() {
    }

    public static Injector injector() {
        return InjectorHolder.INJECTOR;
    }

    /** Loaded, and so the injector created, on the first call of {@link #injector()}; the JVM makes that thread-safe. */
    private static final class InjectorHolder {
        static final Injector INJECTOR = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
    }

    /** Threads for the content assist parser (it parses alternatives in parallel). */
    static ExecutorService pool() {
        return POOL;
    }

    /** Parses {@code text} as the content of the file {@code uri}, in a fresh resource set. */
    public static XtextResource parse(URI uri, String text) {
        XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    resourceSet.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }
}
