package org.prozesswerk.exchange.report.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the Steckbrief report (HTML and PDF). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.exchange.report.internal.messages";

    public static String Task_Html;
    public static String Task_Pdf;
    public static String Cover_Title;
    public static String Cover_Untitled;
    public static String Cover_Version;
    public static String Cover_Publisher;
    public static String Cover_BasedOn;
    public static String Cover_Modified;
    public static String Cover_Scope;
    public static String Cover_Coverage;
    public static String Cover_Profiles;
    public static String Cover_Catalogue;
    public static String Cover_LegalBasis;
    public static String Cover_Oaa;
    public static String Cover_PerStatus;
    public static String Cover_Capacity;
    public static String Cover_NoCatalogues;
    public static String Footer_Page;
    public static String Field_Key;
    public static String Field_Status;
    public static String Field_ProcessType;
    public static String Field_Folder;
    public static String Field_ResponsibleUnit;
    public static String Field_Participations;
    public static String Field_ProcessOwner;
    public static String Field_Validity;
    public static String Field_CaseVolume;
    public static String Field_ProcessingMinutes;
    public static String Field_LeadTime;
    public static String Field_Digitalisation;
    public static String Field_Tags;
    public static String Field_ShortDescription;
    public static String Field_Description;
    public static String Field_Trigger;
    public static String Field_Result;
    public static String Section_Catalogues;
    public static String Section_LegalBases;
    public static String Section_Contexts;
    public static String Section_Models;
    public static String Section_History;
    public static String Section_Relations;
    public static String Section_Attributes;
    public static String History_When;
    public static String History_From;
    public static String History_To;
    public static String History_Who;
    public static String History_Comment;
    public static String Relations_Predecessors;
    public static String Relations_Successors;
    public static String None;
    public static String Validity_Range;
    public static String Model_DetailLevel;
    public static String Type_CORE;
    public static String Type_SUPPORT;
    public static String Type_MANAGEMENT;
    public static String Kind_OAA;
    public static String Kind_IT_PROCEDURE;
    public static String Kind_DOCUMENT;
    public static String Kind_FORM;
    public static String Pdf_FontMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
