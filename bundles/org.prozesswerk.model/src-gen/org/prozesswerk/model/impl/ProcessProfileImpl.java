/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.StatusChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getShortDescription <em>Short Description</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getProcessType <em>Process Type</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getParticipations <em>Participations</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getProcessOwner <em>Process Owner</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getCaseVolumePerYear <em>Case Volume Per Year</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getProcessingMinutesPerCase <em>Processing Minutes Per Case</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getLeadTimeDays <em>Lead Time Days</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getDigitalisationDegree <em>Digitalisation Degree</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getStatusHistory <em>Status History</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getLastEditor <em>Last Editor</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getCatalogueReferences <em>Catalogue References</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getLegalBases <em>Legal Bases</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getContexts <em>Contexts</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getModelReferences <em>Model References</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getPredecessors <em>Predecessors</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getSuccessors <em>Successors</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getAttributeValues <em>Attribute Values</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessProfileImpl#getApplicableAttributeDefinitions <em>Applicable Attribute Definitions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessProfileImpl extends MinimalEObjectImpl.Container implements ProcessProfile {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortDescription() <em>Short Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortDescription() <em>Short Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortDescription()
	 * @generated
	 * @ordered
	 */
	protected String shortDescription = SHORT_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessType() <em>Process Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessType()
	 * @generated
	 * @ordered
	 */
	protected static final ProcessType PROCESS_TYPE_EDEFAULT = ProcessType.CORE;

	/**
	 * The cached value of the '{@link #getProcessType() <em>Process Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessType()
	 * @generated
	 * @ordered
	 */
	protected ProcessType processType = PROCESS_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final String TRIGGER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected String trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected String result = RESULT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit responsibleUnit;

	/**
	 * The cached value of the '{@link #getParticipations() <em>Participations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipations()
	 * @generated
	 * @ordered
	 */
	protected EList<Participation> participations;

	/**
	 * The default value of the '{@link #getProcessOwner() <em>Process Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCESS_OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcessOwner() <em>Process Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessOwner()
	 * @generated
	 * @ordered
	 */
	protected String processOwner = PROCESS_OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseVolumePerYear() <em>Case Volume Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseVolumePerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int CASE_VOLUME_PER_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCaseVolumePerYear() <em>Case Volume Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseVolumePerYear()
	 * @generated
	 * @ordered
	 */
	protected int caseVolumePerYear = CASE_VOLUME_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessingMinutesPerCase() <em>Processing Minutes Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessingMinutesPerCase()
	 * @generated
	 * @ordered
	 */
	protected static final double PROCESSING_MINUTES_PER_CASE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProcessingMinutesPerCase() <em>Processing Minutes Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessingMinutesPerCase()
	 * @generated
	 * @ordered
	 */
	protected double processingMinutesPerCase = PROCESSING_MINUTES_PER_CASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadTimeDays() <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeDays()
	 * @generated
	 * @ordered
	 */
	protected static final double LEAD_TIME_DAYS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLeadTimeDays() <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeDays()
	 * @generated
	 * @ordered
	 */
	protected double leadTimeDays = LEAD_TIME_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDigitalisationDegree() <em>Digitalisation Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalisationDegree()
	 * @generated
	 * @ordered
	 */
	protected static final int DIGITALISATION_DEGREE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDigitalisationDegree() <em>Digitalisation Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalisationDegree()
	 * @generated
	 * @ordered
	 */
	protected int digitalisationDegree = DIGITALISATION_DEGREE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FimStatus STATUS_EDEFAULT = FimStatus.IN_PLANNING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FimStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStatusHistory() <em>Status History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> statusHistory;

	/**
	 * The default value of the '{@link #getLastEditor() <em>Last Editor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastEditor()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_EDITOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastEditor() <em>Last Editor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastEditor()
	 * @generated
	 * @ordered
	 */
	protected String lastEditor = LAST_EDITOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected Date validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected Date validTo = VALID_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getCatalogueReferences() <em>Catalogue References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogueReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<CatalogueReference> catalogueReferences;

	/**
	 * The cached value of the '{@link #getLegalBases() <em>Legal Bases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBases()
	 * @generated
	 * @ordered
	 */
	protected EList<LegalBasis> legalBases;

	/**
	 * The cached value of the '{@link #getContexts() <em>Contexts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContexts()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessContext> contexts;

	/**
	 * The cached value of the '{@link #getModelReferences() <em>Model References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessModelReference> modelReferences;

	/**
	 * The cached value of the '{@link #getPredecessors() <em>Predecessors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessors()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessProfile> predecessors;

	/**
	 * The cached value of the '{@link #getSuccessors() <em>Successors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessors()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessProfile> successors;

	/**
	 * The cached value of the '{@link #getAttributeValues() <em>Attribute Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeValues()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeValue> attributeValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.PROCESS_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortDescription() {
		return shortDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortDescription(String newShortDescription) {
		String oldShortDescription = shortDescription;
		shortDescription = newShortDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__SHORT_DESCRIPTION, oldShortDescription, shortDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessType getProcessType() {
		return processType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessType(ProcessType newProcessType) {
		ProcessType oldProcessType = processType;
		processType = newProcessType == null ? PROCESS_TYPE_EDEFAULT : newProcessType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__PROCESS_TYPE, oldProcessType, processType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(String newTrigger) {
		String oldTrigger = trigger;
		trigger = newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(String newResult) {
		String oldResult = result;
		result = newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getResponsibleUnit() {
		if (responsibleUnit != null && responsibleUnit.eIsProxy()) {
			InternalEObject oldResponsibleUnit = (InternalEObject)responsibleUnit;
			responsibleUnit = (OrgUnit)eResolveProxy(oldResponsibleUnit);
			if (responsibleUnit != oldResponsibleUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProzesswerkPackage.PROCESS_PROFILE__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
			}
		}
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrgUnit basicGetResponsibleUnit() {
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(OrgUnit newResponsibleUnit) {
		OrgUnit oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participation> getParticipations() {
		if (participations == null) {
			participations = new EObjectContainmentEList<Participation>(Participation.class, this, ProzesswerkPackage.PROCESS_PROFILE__PARTICIPATIONS);
		}
		return participations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcessOwner() {
		return processOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessOwner(String newProcessOwner) {
		String oldProcessOwner = processOwner;
		processOwner = newProcessOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__PROCESS_OWNER, oldProcessOwner, processOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCaseVolumePerYear() {
		return caseVolumePerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseVolumePerYear(int newCaseVolumePerYear) {
		int oldCaseVolumePerYear = caseVolumePerYear;
		caseVolumePerYear = newCaseVolumePerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR, oldCaseVolumePerYear, caseVolumePerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProcessingMinutesPerCase() {
		return processingMinutesPerCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessingMinutesPerCase(double newProcessingMinutesPerCase) {
		double oldProcessingMinutesPerCase = processingMinutesPerCase;
		processingMinutesPerCase = newProcessingMinutesPerCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE, oldProcessingMinutesPerCase, processingMinutesPerCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLeadTimeDays() {
		return leadTimeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadTimeDays(double newLeadTimeDays) {
		double oldLeadTimeDays = leadTimeDays;
		leadTimeDays = newLeadTimeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__LEAD_TIME_DAYS, oldLeadTimeDays, leadTimeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDigitalisationDegree() {
		return digitalisationDegree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalisationDegree(int newDigitalisationDegree) {
		int oldDigitalisationDegree = digitalisationDegree;
		digitalisationDegree = newDigitalisationDegree;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__DIGITALISATION_DEGREE, oldDigitalisationDegree, digitalisationDegree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FimStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FimStatus newStatus) {
		FimStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getStatusHistory() {
		if (statusHistory == null) {
			statusHistory = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, ProzesswerkPackage.PROCESS_PROFILE__STATUS_HISTORY);
		}
		return statusHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastEditor() {
		return lastEditor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastEditor(String newLastEditor) {
		String oldLastEditor = lastEditor;
		lastEditor = newLastEditor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__LAST_EDITOR, oldLastEditor, lastEditor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(Date newValidFrom) {
		Date oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(Date newValidTo) {
		Date oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_PROFILE__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, ProzesswerkPackage.PROCESS_PROFILE__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CatalogueReference> getCatalogueReferences() {
		if (catalogueReferences == null) {
			catalogueReferences = new EObjectContainmentEList<CatalogueReference>(CatalogueReference.class, this, ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES);
		}
		return catalogueReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegalBasis> getLegalBases() {
		if (legalBases == null) {
			legalBases = new EObjectContainmentEList<LegalBasis>(LegalBasis.class, this, ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES);
		}
		return legalBases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessContext> getContexts() {
		if (contexts == null) {
			contexts = new EObjectContainmentEList<ProcessContext>(ProcessContext.class, this, ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS);
		}
		return contexts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessModelReference> getModelReferences() {
		if (modelReferences == null) {
			modelReferences = new EObjectContainmentEList<ProcessModelReference>(ProcessModelReference.class, this, ProzesswerkPackage.PROCESS_PROFILE__MODEL_REFERENCES);
		}
		return modelReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessProfile> getPredecessors() {
		if (predecessors == null) {
			predecessors = new EObjectWithInverseResolvingEList.ManyInverse<ProcessProfile>(ProcessProfile.class, this, ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS, ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS);
		}
		return predecessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessProfile> getSuccessors() {
		if (successors == null) {
			successors = new EObjectWithInverseResolvingEList.ManyInverse<ProcessProfile>(ProcessProfile.class, this, ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS, ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS);
		}
		return successors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeValue> getAttributeValues() {
		if (attributeValues == null) {
			attributeValues = new EObjectContainmentEList<AttributeValue>(AttributeValue.class, this, ProzesswerkPackage.PROCESS_PROFILE__ATTRIBUTE_VALUES);
		}
		return attributeValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeDefinition> getApplicableAttributeDefinitions() {
		java.util.List<AttributeDefinition> result = new java.util.ArrayList<>();
		org.eclipse.emf.ecore.EObject container = eContainer();
		while (container != null && !(container instanceof org.prozesswerk.model.ProcessRegister)) {
			container = container.eContainer();
		}
		if (container instanceof org.prozesswerk.model.ProcessRegister register) {
			for (AttributeDefinition definition : register.getAttributeDefinitions()) {
				if (definition.appliesTo(this)) {
					result.add(definition);
				}
			}
		}
		return new org.eclipse.emf.ecore.util.EcoreEList.UnmodifiableEList<>(this, ProzesswerkPackage.Literals.PROCESS_PROFILE__APPLICABLE_ATTRIBUTE_DEFINITIONS, result.size(), result.toArray());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPredecessors()).basicAdd(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSuccessors()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProzesswerkPackage.PROCESS_PROFILE__PARTICIPATIONS:
				return ((InternalEList<?>)getParticipations()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS_HISTORY:
				return ((InternalEList<?>)getStatusHistory()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES:
				return ((InternalEList<?>)getCatalogueReferences()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES:
				return ((InternalEList<?>)getLegalBases()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS:
				return ((InternalEList<?>)getContexts()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__MODEL_REFERENCES:
				return ((InternalEList<?>)getModelReferences()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS:
				return ((InternalEList<?>)getPredecessors()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS:
				return ((InternalEList<?>)getSuccessors()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_PROFILE__ATTRIBUTE_VALUES:
				return ((InternalEList<?>)getAttributeValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProzesswerkPackage.PROCESS_PROFILE__ID:
				return getId();
			case ProzesswerkPackage.PROCESS_PROFILE__KEY:
				return getKey();
			case ProzesswerkPackage.PROCESS_PROFILE__NAME:
				return getName();
			case ProzesswerkPackage.PROCESS_PROFILE__SHORT_DESCRIPTION:
				return getShortDescription();
			case ProzesswerkPackage.PROCESS_PROFILE__DESCRIPTION:
				return getDescription();
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_TYPE:
				return getProcessType();
			case ProzesswerkPackage.PROCESS_PROFILE__TRIGGER:
				return getTrigger();
			case ProzesswerkPackage.PROCESS_PROFILE__RESULT:
				return getResult();
			case ProzesswerkPackage.PROCESS_PROFILE__RESPONSIBLE_UNIT:
				if (resolve) return getResponsibleUnit();
				return basicGetResponsibleUnit();
			case ProzesswerkPackage.PROCESS_PROFILE__PARTICIPATIONS:
				return getParticipations();
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_OWNER:
				return getProcessOwner();
			case ProzesswerkPackage.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR:
				return getCaseVolumePerYear();
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE:
				return getProcessingMinutesPerCase();
			case ProzesswerkPackage.PROCESS_PROFILE__LEAD_TIME_DAYS:
				return getLeadTimeDays();
			case ProzesswerkPackage.PROCESS_PROFILE__DIGITALISATION_DEGREE:
				return getDigitalisationDegree();
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS:
				return getStatus();
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS_HISTORY:
				return getStatusHistory();
			case ProzesswerkPackage.PROCESS_PROFILE__LAST_EDITOR:
				return getLastEditor();
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_FROM:
				return getValidFrom();
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_TO:
				return getValidTo();
			case ProzesswerkPackage.PROCESS_PROFILE__TAGS:
				return getTags();
			case ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES:
				return getCatalogueReferences();
			case ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES:
				return getLegalBases();
			case ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS:
				return getContexts();
			case ProzesswerkPackage.PROCESS_PROFILE__MODEL_REFERENCES:
				return getModelReferences();
			case ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS:
				return getPredecessors();
			case ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS:
				return getSuccessors();
			case ProzesswerkPackage.PROCESS_PROFILE__ATTRIBUTE_VALUES:
				return getAttributeValues();
			case ProzesswerkPackage.PROCESS_PROFILE__APPLICABLE_ATTRIBUTE_DEFINITIONS:
				return getApplicableAttributeDefinitions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProzesswerkPackage.PROCESS_PROFILE__ID:
				setId((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__KEY:
				setKey((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__NAME:
				setName((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__SHORT_DESCRIPTION:
				setShortDescription((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_TYPE:
				setProcessType((ProcessType)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__TRIGGER:
				setTrigger((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__RESULT:
				setResult((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__RESPONSIBLE_UNIT:
				setResponsibleUnit((OrgUnit)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PARTICIPATIONS:
				getParticipations().clear();
				getParticipations().addAll((Collection<? extends Participation>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_OWNER:
				setProcessOwner((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR:
				setCaseVolumePerYear((Integer)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE:
				setProcessingMinutesPerCase((Double)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__LEAD_TIME_DAYS:
				setLeadTimeDays((Double)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__DIGITALISATION_DEGREE:
				setDigitalisationDegree((Integer)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS:
				setStatus((FimStatus)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS_HISTORY:
				getStatusHistory().clear();
				getStatusHistory().addAll((Collection<? extends StatusChange>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__LAST_EDITOR:
				setLastEditor((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_FROM:
				setValidFrom((Date)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_TO:
				setValidTo((Date)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES:
				getCatalogueReferences().clear();
				getCatalogueReferences().addAll((Collection<? extends CatalogueReference>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES:
				getLegalBases().clear();
				getLegalBases().addAll((Collection<? extends LegalBasis>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS:
				getContexts().clear();
				getContexts().addAll((Collection<? extends ProcessContext>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__MODEL_REFERENCES:
				getModelReferences().clear();
				getModelReferences().addAll((Collection<? extends ProcessModelReference>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS:
				getPredecessors().clear();
				getPredecessors().addAll((Collection<? extends ProcessProfile>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS:
				getSuccessors().clear();
				getSuccessors().addAll((Collection<? extends ProcessProfile>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__ATTRIBUTE_VALUES:
				getAttributeValues().clear();
				getAttributeValues().addAll((Collection<? extends AttributeValue>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProzesswerkPackage.PROCESS_PROFILE__ID:
				setId(ID_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__SHORT_DESCRIPTION:
				setShortDescription(SHORT_DESCRIPTION_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_TYPE:
				setProcessType(PROCESS_TYPE_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__RESPONSIBLE_UNIT:
				setResponsibleUnit((OrgUnit)null);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PARTICIPATIONS:
				getParticipations().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_OWNER:
				setProcessOwner(PROCESS_OWNER_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR:
				setCaseVolumePerYear(CASE_VOLUME_PER_YEAR_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE:
				setProcessingMinutesPerCase(PROCESSING_MINUTES_PER_CASE_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__LEAD_TIME_DAYS:
				setLeadTimeDays(LEAD_TIME_DAYS_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__DIGITALISATION_DEGREE:
				setDigitalisationDegree(DIGITALISATION_DEGREE_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS_HISTORY:
				getStatusHistory().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__LAST_EDITOR:
				setLastEditor(LAST_EDITOR_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__TAGS:
				getTags().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES:
				getCatalogueReferences().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES:
				getLegalBases().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS:
				getContexts().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__MODEL_REFERENCES:
				getModelReferences().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS:
				getPredecessors().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS:
				getSuccessors().clear();
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__ATTRIBUTE_VALUES:
				getAttributeValues().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProzesswerkPackage.PROCESS_PROFILE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProzesswerkPackage.PROCESS_PROFILE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case ProzesswerkPackage.PROCESS_PROFILE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProzesswerkPackage.PROCESS_PROFILE__SHORT_DESCRIPTION:
				return SHORT_DESCRIPTION_EDEFAULT == null ? shortDescription != null : !SHORT_DESCRIPTION_EDEFAULT.equals(shortDescription);
			case ProzesswerkPackage.PROCESS_PROFILE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_TYPE:
				return processType != PROCESS_TYPE_EDEFAULT;
			case ProzesswerkPackage.PROCESS_PROFILE__TRIGGER:
				return TRIGGER_EDEFAULT == null ? trigger != null : !TRIGGER_EDEFAULT.equals(trigger);
			case ProzesswerkPackage.PROCESS_PROFILE__RESULT:
				return RESULT_EDEFAULT == null ? result != null : !RESULT_EDEFAULT.equals(result);
			case ProzesswerkPackage.PROCESS_PROFILE__RESPONSIBLE_UNIT:
				return responsibleUnit != null;
			case ProzesswerkPackage.PROCESS_PROFILE__PARTICIPATIONS:
				return participations != null && !participations.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_OWNER:
				return PROCESS_OWNER_EDEFAULT == null ? processOwner != null : !PROCESS_OWNER_EDEFAULT.equals(processOwner);
			case ProzesswerkPackage.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR:
				return caseVolumePerYear != CASE_VOLUME_PER_YEAR_EDEFAULT;
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE:
				return processingMinutesPerCase != PROCESSING_MINUTES_PER_CASE_EDEFAULT;
			case ProzesswerkPackage.PROCESS_PROFILE__LEAD_TIME_DAYS:
				return leadTimeDays != LEAD_TIME_DAYS_EDEFAULT;
			case ProzesswerkPackage.PROCESS_PROFILE__DIGITALISATION_DEGREE:
				return digitalisationDegree != DIGITALISATION_DEGREE_EDEFAULT;
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS:
				return status != STATUS_EDEFAULT;
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS_HISTORY:
				return statusHistory != null && !statusHistory.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__LAST_EDITOR:
				return LAST_EDITOR_EDEFAULT == null ? lastEditor != null : !LAST_EDITOR_EDEFAULT.equals(lastEditor);
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case ProzesswerkPackage.PROCESS_PROFILE__TAGS:
				return tags != null && !tags.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES:
				return catalogueReferences != null && !catalogueReferences.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES:
				return legalBases != null && !legalBases.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS:
				return contexts != null && !contexts.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__MODEL_REFERENCES:
				return modelReferences != null && !modelReferences.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__PREDECESSORS:
				return predecessors != null && !predecessors.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__SUCCESSORS:
				return successors != null && !successors.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__ATTRIBUTE_VALUES:
				return attributeValues != null && !attributeValues.isEmpty();
			case ProzesswerkPackage.PROCESS_PROFILE__APPLICABLE_ATTRIBUTE_DEFINITIONS:
				return !getApplicableAttributeDefinitions().isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", shortDescription: "); //$NON-NLS-1$
		result.append(shortDescription);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", processType: "); //$NON-NLS-1$
		result.append(processType);
		result.append(", trigger: "); //$NON-NLS-1$
		result.append(trigger);
		result.append(", result: "); //$NON-NLS-1$
		result.append(result);
		result.append(", processOwner: "); //$NON-NLS-1$
		result.append(processOwner);
		result.append(", caseVolumePerYear: "); //$NON-NLS-1$
		result.append(caseVolumePerYear);
		result.append(", processingMinutesPerCase: "); //$NON-NLS-1$
		result.append(processingMinutesPerCase);
		result.append(", leadTimeDays: "); //$NON-NLS-1$
		result.append(leadTimeDays);
		result.append(", digitalisationDegree: "); //$NON-NLS-1$
		result.append(digitalisationDegree);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", lastEditor: "); //$NON-NLS-1$
		result.append(lastEditor);
		result.append(", validFrom: "); //$NON-NLS-1$
		result.append(validFrom);
		result.append(", validTo: "); //$NON-NLS-1$
		result.append(validTo);
		result.append(", tags: "); //$NON-NLS-1$
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //ProcessProfileImpl
