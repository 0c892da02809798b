package org.prozesswerk.ui;

/**
 * Ids of the "Prozessregister" perspective (defined by the product, org.prozesswerk.app) and of the parts that
 * Prozesswerk bundles place into it. They live here, not in the product bundle, so components can name them without
 * depending on the product shell; the perspective reserves their place before they exist.
 */
public final class PerspectiveIds {

    /** The "Prozessregister" perspective, the default of every window. */
    public static final String REGISTER_PERSPECTIVE = "org.prozesswerk.app.perspective.register";

    /** The start view that greets a user before a register is open. */
    public static final String START_VIEW = "org.prozesswerk.app.views.start";

    /** The register navigator (left column); contributed by the navigator bundle. */
    public static final String REGISTER_NAVIGATOR = "org.prozesswerk.ui.navigator";

    /** Folder ids of the perspective's layout, for perspective extensions. */
    public static final String LEFT_FOLDER = "org.prozesswerk.app.folder.left";
    public static final String BOTTOM_FOLDER = "org.prozesswerk.app.folder.bottom";
    public static final String RIGHT_FOLDER = "org.prozesswerk.app.folder.right";

    private PerspectiveIds() {
    }
}
