package org.prozesswerk.bpmn.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the bpmn subcommands; German in messages_de.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.bpmn.cli.internal.messages";

    public static String Stats_ReadError;
    public static String Stats_MediaBreak;
    public static String Stats_LaneOrgUnit;
    public static String Stats_Elements;
    public static String Roundtrip_WriteError;
    public static String Roundtrip_Done;
    public static String Category_processes;
    public static String Category_participants;
    public static String Category_lanes;
    public static String Category_activities;
    public static String Category_tasks;
    public static String Category_subProcesses;
    public static String Category_gateways;
    public static String Category_events;
    public static String Category_sequenceFlows;
    public static String Category_messageFlows;
    public static String Category_dataObjects;
    public static String Category_dataObjectReferences;
    public static String Category_dataStores;
    public static String Category_dataAssociations;
    public static String Category_associations;
    public static String Category_textAnnotations;
    public static String Category_diagrams;
    public static String Category_shapes;
    public static String Category_edges;
    public static String Category_mediaBreaks;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The label of a {@link org.prozesswerk.bpmn.BpmnStatistics#CATEGORIES category}. */
    static String category(String key) {
        try {
            Object label = Messages.class.getField("Category_" + key).get(null);
            return label == null ? key : label.toString();
        } catch (ReflectiveOperationException e) {
            return key;
        }
    }
}
