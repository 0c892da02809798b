package org.prozesswerk.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.prozesswerk.ui.PerspectiveIds;

/**
 * "Prozessregister": the register navigator on the left, editors in the middle, outline on the right and the
 * Problems, Properties and Progress views below. Views of later bundles have placeholders here already.
 */
public final class RegisterPerspective implements IPerspectiveFactory {

    static final String PROBLEMS_VIEW = IPageLayout.ID_PROBLEM_VIEW;
    static final String PROPERTIES_VIEW = IPageLayout.ID_PROP_SHEET;
    static final String PROGRESS_VIEW = IPageLayout.ID_PROGRESS_VIEW;
    static final String OUTLINE_VIEW = IPageLayout.ID_OUTLINE;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(PerspectiveIds.LEFT_FOLDER, IPageLayout.LEFT, 0.27f, editorArea);
        left.addView(PerspectiveIds.START_VIEW);
        left.addPlaceholder(PerspectiveIds.REGISTER_NAVIGATOR);

        IFolderLayout bottom = layout.createFolder(PerspectiveIds.BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.70f, editorArea);
        bottom.addView(PROBLEMS_VIEW);
        bottom.addView(PROPERTIES_VIEW);
        bottom.addPlaceholder(PROGRESS_VIEW);

        IFolderLayout right = layout.createFolder(PerspectiveIds.RIGHT_FOLDER, IPageLayout.RIGHT, 0.72f, editorArea);
        right.addView(OUTLINE_VIEW);

        layout.addShowViewShortcut(PerspectiveIds.START_VIEW);
        layout.addShowViewShortcut(PROBLEMS_VIEW);
        layout.addShowViewShortcut(PROPERTIES_VIEW);
        layout.addShowViewShortcut(PROGRESS_VIEW);
        layout.addShowViewShortcut(OUTLINE_VIEW);
    }
}
