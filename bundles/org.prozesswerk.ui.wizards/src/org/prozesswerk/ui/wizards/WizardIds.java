package org.prozesswerk.ui.wizards;

/**
 * Ids of the Prozesswerk "new" wizards and their category, for other bundles that add wizards next to them.
 * <p>
 * <b>Hook for "Neues Register aus Muster".</b> A bundle that derives a register from a Musterregister contributes an
 * {@code org.eclipse.ui.newWizards} wizard with id {@link #NEW_REGISTER_FROM_MUSTER} in category {@link #CATEGORY}
 * (and, for the navigator's "Neu" menu, a {@code commonWizard} of type {@code new} with that wizard id). The
 * "Neues Register" wizard then offers a link to it, and {@link RegisterFiles#createAndOpen} writes, opens and
 * reveals the derived register the same way the plain wizard does.
 */
public final class WizardIds {

    /** The new-wizard category "Prozesswerk". */
    public static final String CATEGORY = "org.prozesswerk.wizards";

    public static final String NEW_REGISTER = "org.prozesswerk.ui.wizards.newRegister";
    public static final String NEW_PROFILE = "org.prozesswerk.ui.wizards.newProfile";
    public static final String NEW_FOLDER = "org.prozesswerk.ui.wizards.newFolder";

    /** The wizard that derives a register from a Musterregister (bundle org.prozesswerk.muster.ui, not this one). */
    public static final String NEW_REGISTER_FROM_MUSTER = "org.prozesswerk.muster.ui.wizards.fromMuster";

    private WizardIds() {
    }
}
