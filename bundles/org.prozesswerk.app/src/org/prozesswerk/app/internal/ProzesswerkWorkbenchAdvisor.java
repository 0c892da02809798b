package org.prozesswerk.app.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.prozesswerk.app.PerspectiveIds;

final class ProzesswerkWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Problems view, markers and resource labels need the IDE's adapters even outside the IDE application.
        IDE.registerAdapters();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PerspectiveIds.REGISTER_PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ProzesswerkWindowAdvisor(configurer);
    }

    @Override
    public void postShutdown() {
        // Markers (validation findings) live in the workspace; save it or the next start rebuilds them from scratch.
        if (ResourcesPlugin.getPlugin() != null) {
            try {
                ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }
}
