package org.prozesswerk.bpmn.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.bpmn.ui.BpmnModelListener;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;

/** The listeners contributed to {@code org.prozesswerk.bpmn.ui.modelListeners}, created on first use. */
final class ModelListeners {

    static final String EXTENSION_POINT = "org.prozesswerk.bpmn.ui.modelListeners";
    /** Family of the notification jobs, so tests and shutdown can wait for them. */
    static final Object JOB_FAMILY = ModelListeners.class;

    private static List<Contribution> contributions;

    private record Contribution(String id, BpmnModelListener listener) {
    }

    private ModelListeners() {
    }

    /** Tells every listener about {@code event} in a background job. */
    static void notifySaved(BpmnSavedEvent event) {
        List<Contribution> listeners = contributions();
        if (listeners.isEmpty()) {
            return;
        }
        Job job = new Job(NLS.bind(Messages.Job_NotifyListeners, event.file().getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                for (Contribution contribution : listeners) {
                    SafeRunner.run(new SafeRunnable() {
                        @Override
                        public void run() throws Exception {
                            contribution.listener().saved(event);
                        }

                        @Override
                        public void handleException(Throwable e) {
                            ILog.of(ModelListeners.class).error("BPMN model listener " + contribution.id()
                                    + " failed for " + event.file(), e);
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** The first listener's objection to changing {@code file}; {@code null} if none objects. */
    static String refusal(java.nio.file.Path file) {
        for (Contribution contribution : contributions()) {
            String[] answer = new String[1];
            SafeRunner.run(new SafeRunnable() {
                @Override
                public void run() {
                    answer[0] = contribution.listener().refusal(file);
                }

                @Override
                public void handleException(Throwable e) {
                    ILog.of(ModelListeners.class).error("BPMN model listener " + contribution.id()
                            + " failed to judge " + file, e);
                }
            });
            if (answer[0] != null) {
                return answer[0];
            }
        }
        return null;
    }

    private static synchronized List<Contribution> contributions() {
        if (contributions == null) {
            List<Contribution> found = new ArrayList<>();
            for (IConfigurationElement element : Platform.getExtensionRegistry()
                    .getConfigurationElementsFor(EXTENSION_POINT)) {
                if (!"listener".equals(element.getName())) {
                    continue;
                }
                String id = element.getAttribute("id");
                try {
                    Object listener = element.createExecutableExtension("class");
                    if (listener instanceof BpmnModelListener modelListener) {
                        found.add(new Contribution(id, modelListener));
                    } else {
                        ILog.of(ModelListeners.class).error("BPMN model listener " + id + " from "
                                + element.getContributor().getName() + " does not implement BpmnModelListener");
                    }
                } catch (CoreException e) {
                    ILog.of(ModelListeners.class).log(e.getStatus());
                }
            }
            contributions = List.copyOf(found);
        }
        return contributions;
    }
}
