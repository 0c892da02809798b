package org.prozesswerk.app.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.prozesswerk.ui.PerspectiveIds;

final class ProzesswerkWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Problems view, markers and resource labels need the IDE's adapters even outside the IDE application.
        IDE.registerAdapters();
        declareIdeImages(configurer);
    }

    /**
     * The images the Problems view and the quick fix dialog look up in the workbench's image registry. The IDE
     * application's advisor declares them; without them every severity icon is the red "missing image" square. Keys
     * are the values of the IDE's internal IDEInternalWorkbenchImages constants, paths those of org.eclipse.ui.ide.
     */
    private static void declareIdeImages(IWorkbenchConfigurer configurer) {
        String[][] images = {
                { "IMG_OBJS_ERROR_PATH", "obj16/error_tsk.svg" },
                { "IMG_OBJS_WARNING_PATH", "obj16/warn_tsk.svg" },
                { "IMG_OBJS_INFO_PATH", "obj16/info_tsk.svg" },
                { "IMG_OBJS_FIXABLE_ERROR", "obj16/quickfix_error_obj.svg" },
                { "IMG_OBJS_FIXABLE_WARNING", "obj16/quickfix_warning_obj.svg" },
                { "IMG_OBJS_FIXABLE_INFO", "obj16/quickfix_info_obj.svg" },
                { "IMG_OBJ_PROJECT", "obj16/prj_obj.svg" },
                { "IMG_OBJ_PROJECT_CLOSED", "obj16/cprj_obj.svg" },
                { "IMG_OPEN_MARKER", "elcl16/gotoobj_tsk.svg" },
                { "IMG_ELCL_QUICK_FIX_ENABLED", "elcl16/smartmode_co.svg" },
                { "IMG_DLCL_QUICK_FIX_DISABLED", "elcl16/smartmode_co.svg" },
                { "IMG_LCL_FLAT_LAYOUT", "elcl16/flatLayout.svg" },
                { "IMG_LCL_HIERARCHICAL_LAYOUT", "elcl16/hierarchicalLayout.svg" },
                { "IMG_ETOOL_PROBLEM_CATEGORY", "etool16/problem_category.svg" },
                { "IMG_ETOOL_PROBLEMS_VIEW", "eview16/problems_view.svg" },
                { "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "eview16/problems_view_error.svg" },
                { "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "eview16/problems_view_warning.svg" },
                { "IMG_ETOOL_PROBLEMS_VIEW_INFO", "eview16/problems_view_info.svg" },
                { "IMG_DLGBAN_QUICKFIX_DLG", "wizban/quick_fix.svg" }, };
        for (String[] image : images) {
            ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, "$nl$/icons/full/" + image[1])
                    .ifPresent(descriptor -> configurer.declareImage(image[0], descriptor, true));
        }
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
