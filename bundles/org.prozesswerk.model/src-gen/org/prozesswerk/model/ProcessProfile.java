/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process profile (Prozesssteckbrief).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getKey <em>Key</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getName <em>Name</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getShortDescription <em>Short Description</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getDescription <em>Description</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getProcessType <em>Process Type</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getResult <em>Result</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getParticipations <em>Participations</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getProcessOwner <em>Process Owner</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getCaseVolumePerYear <em>Case Volume Per Year</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getProcessingMinutesPerCase <em>Processing Minutes Per Case</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getLeadTimeDays <em>Lead Time Days</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getDigitalisationDegree <em>Digitalisation Degree</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getStatus <em>Status</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getStatusHistory <em>Status History</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getLastEditor <em>Last Editor</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getTags <em>Tags</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getCatalogueReferences <em>Catalogue References</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getLegalBases <em>Legal Bases</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getContexts <em>Contexts</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getModelReferences <em>Model References</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getPredecessors <em>Predecessors</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getSuccessors <em>Successors</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getAttributeValues <em>Attribute Values</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessProfile#getApplicableAttributeDefinitions <em>Applicable Attribute Definitions</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile()
 * @model
 * @generated
 */
public interface ProcessProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable technical identifier (a UUID).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable key, e.g. "PW-000123".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Short Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Description</em>' attribute.
	 * @see #setShortDescription(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ShortDescription()
	 * @model
	 * @generated
	 */
	String getShortDescription();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getShortDescription <em>Short Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Description</em>' attribute.
	 * @see #getShortDescription()
	 * @generated
	 */
	void setShortDescription(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Process Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.ProcessType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process Type</em>' attribute.
	 * @see org.prozesswerk.model.ProcessType
	 * @see #setProcessType(ProcessType)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ProcessType()
	 * @model
	 * @generated
	 */
	ProcessType getProcessType();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getProcessType <em>Process Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Type</em>' attribute.
	 * @see org.prozesswerk.model.ProcessType
	 * @see #getProcessType()
	 * @generated
	 */
	void setProcessType(ProcessType value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see #setTrigger(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Trigger()
	 * @model
	 * @generated
	 */
	String getTrigger();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see #setResult(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Result()
	 * @model
	 * @generated
	 */
	String getResult();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' reference.
	 * @see #setResponsibleUnit(OrgUnit)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ResponsibleUnit()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	OrgUnit getResponsibleUnit();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getResponsibleUnit <em>Responsible Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' reference.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Participations</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.Participation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participations</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Participations()
	 * @model containment="true"
	 *        annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	EList<Participation> getParticipations();

	/**
	 * Returns the value of the '<em><b>Process Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process Owner</em>' attribute.
	 * @see #setProcessOwner(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ProcessOwner()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	String getProcessOwner();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getProcessOwner <em>Process Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Owner</em>' attribute.
	 * @see #getProcessOwner()
	 * @generated
	 */
	void setProcessOwner(String value);

	/**
	 * Returns the value of the '<em><b>Case Volume Per Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Volume Per Year</em>' attribute.
	 * @see #setCaseVolumePerYear(int)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_CaseVolumePerYear()
	 * @model default="0"
	 *        annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	int getCaseVolumePerYear();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getCaseVolumePerYear <em>Case Volume Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Volume Per Year</em>' attribute.
	 * @see #getCaseVolumePerYear()
	 * @generated
	 */
	void setCaseVolumePerYear(int value);

	/**
	 * Returns the value of the '<em><b>Processing Minutes Per Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Processing Minutes Per Case</em>' attribute.
	 * @see #setProcessingMinutesPerCase(double)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ProcessingMinutesPerCase()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	double getProcessingMinutesPerCase();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getProcessingMinutesPerCase <em>Processing Minutes Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Processing Minutes Per Case</em>' attribute.
	 * @see #getProcessingMinutesPerCase()
	 * @generated
	 */
	void setProcessingMinutesPerCase(double value);

	/**
	 * Returns the value of the '<em><b>Lead Time Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Time Days</em>' attribute.
	 * @see #setLeadTimeDays(double)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_LeadTimeDays()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	double getLeadTimeDays();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getLeadTimeDays <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Time Days</em>' attribute.
	 * @see #getLeadTimeDays()
	 * @generated
	 */
	void setLeadTimeDays(double value);

	/**
	 * Returns the value of the '<em><b>Digitalisation Degree</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digitalisation Degree</em>' attribute.
	 * @see #setDigitalisationDegree(int)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_DigitalisationDegree()
	 * @model default="0" dataType="org.prozesswerk.model.DigitalisationDegree"
	 *        annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	int getDigitalisationDegree();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getDigitalisationDegree <em>Digitalisation Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digitalisation Degree</em>' attribute.
	 * @see #getDigitalisationDegree()
	 * @generated
	 */
	void setDigitalisationDegree(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.FimStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.prozesswerk.model.FimStatus
	 * @see #setStatus(FimStatus)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Status()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	FimStatus getStatus();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.prozesswerk.model.FimStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FimStatus value);

	/**
	 * Returns the value of the '<em><b>Status History</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status History</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_StatusHistory()
	 * @model containment="true"
	 *        annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	EList<StatusChange> getStatusHistory();

	/**
	 * Returns the value of the '<em><b>Last Editor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Account of the person who last changed the content (four-eyes check of a release, docs/roles.md).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Editor</em>' attribute.
	 * @see #setLastEditor(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_LastEditor()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	String getLastEditor();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getLastEditor <em>Last Editor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Editor</em>' attribute.
	 * @see #getLastEditor()
	 * @generated
	 */
	void setLastEditor(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(Date)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ValidTo()
	 * @model
	 * @generated
	 */
	Date getValidTo();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessProfile#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(Date value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Tags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Catalogue References</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.CatalogueReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Catalogue References</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_CatalogueReferences()
	 * @model containment="true"
	 *        annotation="http://prozesswerk.org/merge ownership='upstream'"
	 * @generated
	 */
	EList<CatalogueReference> getCatalogueReferences();

	/**
	 * Returns the value of the '<em><b>Legal Bases</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.LegalBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Bases</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_LegalBases()
	 * @model containment="true"
	 *        annotation="http://prozesswerk.org/merge ownership='upstream'"
	 * @generated
	 */
	EList<LegalBasis> getLegalBases();

	/**
	 * Returns the value of the '<em><b>Contexts</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.ProcessContext}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contexts</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Contexts()
	 * @model containment="true"
	 *        annotation="http://prozesswerk.org/merge ownership='upstream'"
	 * @generated
	 */
	EList<ProcessContext> getContexts();

	/**
	 * Returns the value of the '<em><b>Model References</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.ProcessModelReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model References</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ModelReferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProcessModelReference> getModelReferences();

	/**
	 * Returns the value of the '<em><b>Predecessors</b></em>' reference list.
	 * The list contents are of type {@link org.prozesswerk.model.ProcessProfile}.
	 * It is bidirectional and its opposite is '{@link org.prozesswerk.model.ProcessProfile#getSuccessors <em>Successors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predecessors</em>' reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Predecessors()
	 * @see org.prozesswerk.model.ProcessProfile#getSuccessors
	 * @model opposite="successors"
	 * @generated
	 */
	EList<ProcessProfile> getPredecessors();

	/**
	 * Returns the value of the '<em><b>Successors</b></em>' reference list.
	 * The list contents are of type {@link org.prozesswerk.model.ProcessProfile}.
	 * It is bidirectional and its opposite is '{@link org.prozesswerk.model.ProcessProfile#getPredecessors <em>Predecessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Successors</em>' reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_Successors()
	 * @see org.prozesswerk.model.ProcessProfile#getPredecessors
	 * @model opposite="predecessors"
	 * @generated
	 */
	EList<ProcessProfile> getSuccessors();

	/**
	 * Returns the value of the '<em><b>Attribute Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Values</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_AttributeValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributeValues();

	/**
	 * Returns the value of the '<em><b>Applicable Attribute Definitions</b></em>' reference list.
	 * The list contents are of type {@link org.prozesswerk.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The register's attribute definitions that apply to this profile (AttributeDefinition.appliesTo), in the register's order: what the Attribute page shows and rule MPQ-15 checks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applicable Attribute Definitions</em>' reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessProfile_ApplicableAttributeDefinitions()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<AttributeDefinition> getApplicableAttributeDefinitions();

} // ProcessProfile
