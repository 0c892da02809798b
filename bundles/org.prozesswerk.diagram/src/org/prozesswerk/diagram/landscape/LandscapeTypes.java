package org.prozesswerk.diagram.landscape;

/** Element types and view options of the Prozesslandkarte, shared with the client's views. */
public final class LandscapeTypes {

    public static final String DIAGRAM_TYPE = "landscape";
    public static final String FOLDER = "pw:folder";
    public static final String FOLDER_NAME = "pw:folder-name";
    public static final String PROFILE = "pw:profile";
    public static final String PROFILE_NAME = "pw:profile-name";
    public static final String PROFILE_DETAILS = "pw:profile-details";
    public static final String FLOW = "pw:flow";

    /** Option: colour Steckbriefe by {@value #COLOR_BY_STATUS} (default) or {@value #COLOR_BY_DEGREE}. */
    public static final String OPTION_COLOR_BY = "colorBy";
    public static final String COLOR_BY_STATUS = "status";
    public static final String COLOR_BY_DEGREE = "degree";
    /** Option: show only Steckbriefe of this org unit (id) and its subunits; empty for all. */
    public static final String OPTION_UNIT = "unit";

    /** Id of the container of the Steckbriefe that are in no folder. */
    public static final String UNFILED_ID = "pw-unfiled";

    private LandscapeTypes() {
    }
}
