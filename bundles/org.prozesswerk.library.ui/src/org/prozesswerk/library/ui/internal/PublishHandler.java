/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * „In Bibliothek veröffentlichen…“ on the Steckbriefe selected in the navigator: the rule sets check them (errors
 * block), then commit and push as a Job with progress; a rejected push fetches, merges semantically and tries again
 * ({@link Library#publish}); conflicts and findings are shown. The provenance comes back as one command.
 */
public final class PublishHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<ProcessProfile> profiles = new ArrayList<>();
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof ProcessProfile p) {
                    profiles.add(p);
                }
            }
        }
        RegisterDocument document = profiles.isEmpty() ? null
                : RegisterDocuments.getDefault().documentOf(profiles.get(0)).orElse(null);
        if (document == null) {
            MessageDialog.openInformation(shell, Messages.publishTitle, Messages.publishChooseProfiles);
            return null;
        }
        LibraryConnections.Connection target = chooseLibrary(shell, profiles);
        if (target != null) {
            publish(shell.getDisplay(), document, profiles, target);
        }
        return null;
    }

    /** The library the Steckbriefe came from, else the only one, else the user's choice. */
    static LibraryConnections.Connection chooseLibrary(Shell shell, List<ProcessProfile> profiles) {
        LibraryConnections connections = LibraryConnections.getDefault();
        for (ProcessProfile p : profiles) {
            String url = ModelMapping.provenance(p, ModelMapping.SOURCE_LIBRARY);
            if (url != null && connections.byUrl(url).isPresent()) {
                return connections.byUrl(url).get();
            }
        }
        List<LibraryConnections.Connection> all = connections.connections();
        if (all.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.publishTitle, Messages.publishNoLibrary);
            return null;
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(Messages.publishTitle);
        dialog.setMessage(Messages.publishChooseLibrary);
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                LibraryConnections.Connection c = (LibraryConnections.Connection) element;
                return c.name() + " \u2013 " + c.url();
            }
        });
        dialog.setInput(all);
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        return (LibraryConnections.Connection) dialog.getResult()[0];
    }

    /**
     * Publishes in a Job; the result is shown (and the provenance applied) on the UI thread.
     *
     * @return the scheduled job
     */
    static Job publish(Display display, RegisterDocument document, List<ProcessProfile> profiles,
            LibraryConnections.Connection target) {
        LibraryWork.Publication publication = LibraryWork.prepare(document, profiles);
        Job job = Job.create(NLS.bind(Messages.publishJob, profiles.size(), target.name()),
                (IProgressMonitor monitor) -> {
                    SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.publishJob,
                            profiles.size(), target.name()), 10);
                    try (Library library = LibraryConnections.getDefault().open(target)) {
                        progress.subTask(Messages.publishChecking);
                        RuleSet rules = LibraryWork.ruleSet();
                        progress.worked(1);
                        // the library reports its steps: check, write, commit, push (and retries); cancellable
                        Library.Published done = LibraryWork.publish(publication, library, rules,
                                progress.newChild(9));
                        display.asyncExec(() -> {
                            document.editingDomain().getCommandStack().execute(LibraryWork.provenance(publication));
                            report(display, NLS.bind(Messages.publishDone, new Object[] { done.itemIds().size(),
                                    done.unchanged().size(), target.name(), done.attempts() }), false);
                        });
                        return Status.OK_STATUS;
                    } catch (OperationCanceledException e) {
                        return Status.CANCEL_STATUS;
                    } catch (LibraryException e) {
                        if (e.kind() == LibraryException.Kind.CONFLICT) {
                            display.asyncExec(() -> offerPreview(display, document, message(e)));
                        } else {
                            report(display, message(e), true);
                        }
                        return new Status(IStatus.WARNING, PublishHandler.class, e.getMessage());
                    } finally {
                        monitor.done();
                    }
                });
        job.setUser(true);
        job.schedule();
        return job;
    }

    static String message(LibraryException e) {
        if (e.kind() != LibraryException.Kind.CONFLICT || e.conflicts().isEmpty()) {
            return e.getMessage();
        }
        StringBuilder b = new StringBuilder(Messages.publishConflicts);
        for (Map.Entry<String, List<String>> c : e.conflicts().entrySet()) {
            b.append("\n\u2022 ").append(c.getKey()).append(": ").append(String.join(", ", c.getValue()));
        }
        return b.toString();
    }

    /**
     * The retry merge found conflicts: names them and offers the library's changes in the register update dialog
     * (the three-way preview of merge.ui, base = the version the Steckbrief came from), where each conflict is
     * decided; publishing again afterwards pushes the decided version.
     */
    static void offerPreview(Display display, RegisterDocument document, String conflicts) {
        Shell shell = display.getActiveShell();
        if (MessageDialog.openQuestion(shell, Messages.publishTitle, conflicts + "\n\n" + Messages.publishPreview)) {
            CheckUpdatesHandler.check(shell, document, LibraryConnections.getDefault(), dialog -> dialog.open());
        }
    }

    private static void report(Display display, String text, boolean error) {
        display.asyncExec(() -> {
            Shell shell = display.getActiveShell();
            if (error) {
                MessageDialog.openError(shell, Messages.publishTitle, text);
            } else {
                MessageDialog.openInformation(shell, Messages.publishTitle, text);
            }
        });
    }
}
