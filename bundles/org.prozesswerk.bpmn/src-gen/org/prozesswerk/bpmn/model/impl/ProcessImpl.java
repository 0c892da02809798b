/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model.impl;

import java.util.Collection;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.prozesswerk.bpmn.model.Artifact;
import org.prozesswerk.bpmn.model.Auditing;
import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.CorrelationSubscription;
import org.prozesswerk.bpmn.model.FlowElement;
import org.prozesswerk.bpmn.model.LaneSet;
import org.prozesswerk.bpmn.model.Monitoring;
import org.prozesswerk.bpmn.model.ProcessType;
import org.prozesswerk.bpmn.model.Property;
import org.prozesswerk.bpmn.model.ResourceRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getAuditing <em>Auditing</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getMonitoring <em>Monitoring</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getProperty <em>Property</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getLaneSet <em>Lane Set</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getFlowElementGroup <em>Flow Element Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getFlowElement <em>Flow Element</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getArtifactGroup <em>Artifact Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getResourceRoleGroup <em>Resource Role Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getResourceRole <em>Resource Role</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getCorrelationSubscription <em>Correlation Subscription</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getSupports <em>Supports</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getDefinitionalCollaborationRef <em>Definitional Collaboration Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#isIsClosed <em>Is Closed</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#isIsExecutable <em>Is Executable</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.ProcessImpl#getProcessType <em>Process Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessImpl extends CallableElementImpl implements org.prozesswerk.bpmn.model.Process {
	/**
	 * The cached value of the '{@link #getAuditing() <em>Auditing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditing()
	 * @generated
	 * @ordered
	 */
	protected Auditing auditing;

	/**
	 * The cached value of the '{@link #getMonitoring() <em>Monitoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitoring()
	 * @generated
	 * @ordered
	 */
	protected Monitoring monitoring;

	/**
	 * The cached value of the '{@link #getProperty() <em>Property</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperty()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> property;

	/**
	 * The cached value of the '{@link #getLaneSet() <em>Lane Set</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaneSet()
	 * @generated
	 * @ordered
	 */
	protected EList<LaneSet> laneSet;

	/**
	 * The cached value of the '{@link #getFlowElementGroup() <em>Flow Element Group</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowElementGroup()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap flowElementGroup;

	/**
	 * The cached value of the '{@link #getArtifactGroup() <em>Artifact Group</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifactGroup()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap artifactGroup;

	/**
	 * The cached value of the '{@link #getResourceRoleGroup() <em>Resource Role Group</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceRoleGroup()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap resourceRoleGroup;

	/**
	 * The cached value of the '{@link #getCorrelationSubscription() <em>Correlation Subscription</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrelationSubscription()
	 * @generated
	 * @ordered
	 */
	protected EList<CorrelationSubscription> correlationSubscription;

	/**
	 * The cached value of the '{@link #getSupports() <em>Supports</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupports()
	 * @generated
	 * @ordered
	 */
	protected EList<QName> supports;

	/**
	 * The default value of the '{@link #getDefinitionalCollaborationRef() <em>Definitional Collaboration Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionalCollaborationRef()
	 * @generated
	 * @ordered
	 */
	protected static final QName DEFINITIONAL_COLLABORATION_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionalCollaborationRef() <em>Definitional Collaboration Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionalCollaborationRef()
	 * @generated
	 * @ordered
	 */
	protected QName definitionalCollaborationRef = DEFINITIONAL_COLLABORATION_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsClosed() <em>Is Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsClosed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_CLOSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsClosed() <em>Is Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsClosed()
	 * @generated
	 * @ordered
	 */
	protected boolean isClosed = IS_CLOSED_EDEFAULT;

	/**
	 * This is true if the Is Closed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean isClosedESet;

	/**
	 * The default value of the '{@link #isIsExecutable() <em>Is Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsExecutable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_EXECUTABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsExecutable() <em>Is Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsExecutable()
	 * @generated
	 * @ordered
	 */
	protected boolean isExecutable = IS_EXECUTABLE_EDEFAULT;

	/**
	 * This is true if the Is Executable attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean isExecutableESet;

	/**
	 * The default value of the '{@link #getProcessType() <em>Process Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessType()
	 * @generated
	 * @ordered
	 */
	protected static final ProcessType PROCESS_TYPE_EDEFAULT = ProcessType.NONE;

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
	 * This is true if the Process Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean processTypeESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BpmnPackage.eINSTANCE.getProcess();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Auditing getAuditing() {
		return auditing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuditing(Auditing newAuditing, NotificationChain msgs) {
		Auditing oldAuditing = auditing;
		auditing = newAuditing;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__AUDITING, oldAuditing, newAuditing);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuditing(Auditing newAuditing) {
		if (newAuditing != auditing) {
			NotificationChain msgs = null;
			if (auditing != null)
				msgs = ((InternalEObject)auditing).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BpmnPackage.PROCESS__AUDITING, null, msgs);
			if (newAuditing != null)
				msgs = ((InternalEObject)newAuditing).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BpmnPackage.PROCESS__AUDITING, null, msgs);
			msgs = basicSetAuditing(newAuditing, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__AUDITING, newAuditing, newAuditing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Monitoring getMonitoring() {
		return monitoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMonitoring(Monitoring newMonitoring, NotificationChain msgs) {
		Monitoring oldMonitoring = monitoring;
		monitoring = newMonitoring;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__MONITORING, oldMonitoring, newMonitoring);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonitoring(Monitoring newMonitoring) {
		if (newMonitoring != monitoring) {
			NotificationChain msgs = null;
			if (monitoring != null)
				msgs = ((InternalEObject)monitoring).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BpmnPackage.PROCESS__MONITORING, null, msgs);
			if (newMonitoring != null)
				msgs = ((InternalEObject)newMonitoring).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BpmnPackage.PROCESS__MONITORING, null, msgs);
			msgs = basicSetMonitoring(newMonitoring, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__MONITORING, newMonitoring, newMonitoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getProperty() {
		if (property == null) {
			property = new EObjectContainmentEList<Property>(Property.class, this, BpmnPackage.PROCESS__PROPERTY);
		}
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LaneSet> getLaneSet() {
		if (laneSet == null) {
			laneSet = new EObjectContainmentEList<LaneSet>(LaneSet.class, this, BpmnPackage.PROCESS__LANE_SET);
		}
		return laneSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getFlowElementGroup() {
		if (flowElementGroup == null) {
			flowElementGroup = new BasicFeatureMap(this, BpmnPackage.PROCESS__FLOW_ELEMENT_GROUP);
		}
		return flowElementGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlowElement> getFlowElement() {
		return getFlowElementGroup().list(BpmnPackage.eINSTANCE.getProcess_FlowElement());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getArtifactGroup() {
		if (artifactGroup == null) {
			artifactGroup = new BasicFeatureMap(this, BpmnPackage.PROCESS__ARTIFACT_GROUP);
		}
		return artifactGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Artifact> getArtifact() {
		return getArtifactGroup().list(BpmnPackage.eINSTANCE.getProcess_Artifact());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getResourceRoleGroup() {
		if (resourceRoleGroup == null) {
			resourceRoleGroup = new BasicFeatureMap(this, BpmnPackage.PROCESS__RESOURCE_ROLE_GROUP);
		}
		return resourceRoleGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceRole> getResourceRole() {
		return getResourceRoleGroup().list(BpmnPackage.eINSTANCE.getProcess_ResourceRole());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CorrelationSubscription> getCorrelationSubscription() {
		if (correlationSubscription == null) {
			correlationSubscription = new EObjectContainmentEList<CorrelationSubscription>(CorrelationSubscription.class, this, BpmnPackage.PROCESS__CORRELATION_SUBSCRIPTION);
		}
		return correlationSubscription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QName> getSupports() {
		if (supports == null) {
			supports = new EDataTypeEList<QName>(QName.class, this, BpmnPackage.PROCESS__SUPPORTS);
		}
		return supports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QName getDefinitionalCollaborationRef() {
		return definitionalCollaborationRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionalCollaborationRef(QName newDefinitionalCollaborationRef) {
		QName oldDefinitionalCollaborationRef = definitionalCollaborationRef;
		definitionalCollaborationRef = newDefinitionalCollaborationRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__DEFINITIONAL_COLLABORATION_REF, oldDefinitionalCollaborationRef, definitionalCollaborationRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsClosed() {
		return isClosed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsClosed(boolean newIsClosed) {
		boolean oldIsClosed = isClosed;
		isClosed = newIsClosed;
		boolean oldIsClosedESet = isClosedESet;
		isClosedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__IS_CLOSED, oldIsClosed, isClosed, !oldIsClosedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIsClosed() {
		boolean oldIsClosed = isClosed;
		boolean oldIsClosedESet = isClosedESet;
		isClosed = IS_CLOSED_EDEFAULT;
		isClosedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, BpmnPackage.PROCESS__IS_CLOSED, oldIsClosed, IS_CLOSED_EDEFAULT, oldIsClosedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIsClosed() {
		return isClosedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsExecutable() {
		return isExecutable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsExecutable(boolean newIsExecutable) {
		boolean oldIsExecutable = isExecutable;
		isExecutable = newIsExecutable;
		boolean oldIsExecutableESet = isExecutableESet;
		isExecutableESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__IS_EXECUTABLE, oldIsExecutable, isExecutable, !oldIsExecutableESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIsExecutable() {
		boolean oldIsExecutable = isExecutable;
		boolean oldIsExecutableESet = isExecutableESet;
		isExecutable = IS_EXECUTABLE_EDEFAULT;
		isExecutableESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, BpmnPackage.PROCESS__IS_EXECUTABLE, oldIsExecutable, IS_EXECUTABLE_EDEFAULT, oldIsExecutableESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIsExecutable() {
		return isExecutableESet;
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
		boolean oldProcessTypeESet = processTypeESet;
		processTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BpmnPackage.PROCESS__PROCESS_TYPE, oldProcessType, processType, !oldProcessTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetProcessType() {
		ProcessType oldProcessType = processType;
		boolean oldProcessTypeESet = processTypeESet;
		processType = PROCESS_TYPE_EDEFAULT;
		processTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, BpmnPackage.PROCESS__PROCESS_TYPE, oldProcessType, PROCESS_TYPE_EDEFAULT, oldProcessTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetProcessType() {
		return processTypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BpmnPackage.PROCESS__AUDITING:
				return basicSetAuditing(null, msgs);
			case BpmnPackage.PROCESS__MONITORING:
				return basicSetMonitoring(null, msgs);
			case BpmnPackage.PROCESS__PROPERTY:
				return ((InternalEList<?>)getProperty()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__LANE_SET:
				return ((InternalEList<?>)getLaneSet()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__FLOW_ELEMENT_GROUP:
				return ((InternalEList<?>)getFlowElementGroup()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__FLOW_ELEMENT:
				return ((InternalEList<?>)getFlowElement()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__ARTIFACT_GROUP:
				return ((InternalEList<?>)getArtifactGroup()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__ARTIFACT:
				return ((InternalEList<?>)getArtifact()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__RESOURCE_ROLE_GROUP:
				return ((InternalEList<?>)getResourceRoleGroup()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__RESOURCE_ROLE:
				return ((InternalEList<?>)getResourceRole()).basicRemove(otherEnd, msgs);
			case BpmnPackage.PROCESS__CORRELATION_SUBSCRIPTION:
				return ((InternalEList<?>)getCorrelationSubscription()).basicRemove(otherEnd, msgs);
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
			case BpmnPackage.PROCESS__AUDITING:
				return getAuditing();
			case BpmnPackage.PROCESS__MONITORING:
				return getMonitoring();
			case BpmnPackage.PROCESS__PROPERTY:
				return getProperty();
			case BpmnPackage.PROCESS__LANE_SET:
				return getLaneSet();
			case BpmnPackage.PROCESS__FLOW_ELEMENT_GROUP:
				if (coreType) return getFlowElementGroup();
				return ((FeatureMap.Internal)getFlowElementGroup()).getWrapper();
			case BpmnPackage.PROCESS__FLOW_ELEMENT:
				return getFlowElement();
			case BpmnPackage.PROCESS__ARTIFACT_GROUP:
				if (coreType) return getArtifactGroup();
				return ((FeatureMap.Internal)getArtifactGroup()).getWrapper();
			case BpmnPackage.PROCESS__ARTIFACT:
				return getArtifact();
			case BpmnPackage.PROCESS__RESOURCE_ROLE_GROUP:
				if (coreType) return getResourceRoleGroup();
				return ((FeatureMap.Internal)getResourceRoleGroup()).getWrapper();
			case BpmnPackage.PROCESS__RESOURCE_ROLE:
				return getResourceRole();
			case BpmnPackage.PROCESS__CORRELATION_SUBSCRIPTION:
				return getCorrelationSubscription();
			case BpmnPackage.PROCESS__SUPPORTS:
				return getSupports();
			case BpmnPackage.PROCESS__DEFINITIONAL_COLLABORATION_REF:
				return getDefinitionalCollaborationRef();
			case BpmnPackage.PROCESS__IS_CLOSED:
				return isIsClosed();
			case BpmnPackage.PROCESS__IS_EXECUTABLE:
				return isIsExecutable();
			case BpmnPackage.PROCESS__PROCESS_TYPE:
				return getProcessType();
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
			case BpmnPackage.PROCESS__AUDITING:
				setAuditing((Auditing)newValue);
				return;
			case BpmnPackage.PROCESS__MONITORING:
				setMonitoring((Monitoring)newValue);
				return;
			case BpmnPackage.PROCESS__PROPERTY:
				getProperty().clear();
				getProperty().addAll((Collection<? extends Property>)newValue);
				return;
			case BpmnPackage.PROCESS__LANE_SET:
				getLaneSet().clear();
				getLaneSet().addAll((Collection<? extends LaneSet>)newValue);
				return;
			case BpmnPackage.PROCESS__FLOW_ELEMENT_GROUP:
				((FeatureMap.Internal)getFlowElementGroup()).set(newValue);
				return;
			case BpmnPackage.PROCESS__FLOW_ELEMENT:
				getFlowElement().clear();
				getFlowElement().addAll((Collection<? extends FlowElement>)newValue);
				return;
			case BpmnPackage.PROCESS__ARTIFACT_GROUP:
				((FeatureMap.Internal)getArtifactGroup()).set(newValue);
				return;
			case BpmnPackage.PROCESS__ARTIFACT:
				getArtifact().clear();
				getArtifact().addAll((Collection<? extends Artifact>)newValue);
				return;
			case BpmnPackage.PROCESS__RESOURCE_ROLE_GROUP:
				((FeatureMap.Internal)getResourceRoleGroup()).set(newValue);
				return;
			case BpmnPackage.PROCESS__RESOURCE_ROLE:
				getResourceRole().clear();
				getResourceRole().addAll((Collection<? extends ResourceRole>)newValue);
				return;
			case BpmnPackage.PROCESS__CORRELATION_SUBSCRIPTION:
				getCorrelationSubscription().clear();
				getCorrelationSubscription().addAll((Collection<? extends CorrelationSubscription>)newValue);
				return;
			case BpmnPackage.PROCESS__SUPPORTS:
				getSupports().clear();
				getSupports().addAll((Collection<? extends QName>)newValue);
				return;
			case BpmnPackage.PROCESS__DEFINITIONAL_COLLABORATION_REF:
				setDefinitionalCollaborationRef((QName)newValue);
				return;
			case BpmnPackage.PROCESS__IS_CLOSED:
				setIsClosed((Boolean)newValue);
				return;
			case BpmnPackage.PROCESS__IS_EXECUTABLE:
				setIsExecutable((Boolean)newValue);
				return;
			case BpmnPackage.PROCESS__PROCESS_TYPE:
				setProcessType((ProcessType)newValue);
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
			case BpmnPackage.PROCESS__AUDITING:
				setAuditing((Auditing)null);
				return;
			case BpmnPackage.PROCESS__MONITORING:
				setMonitoring((Monitoring)null);
				return;
			case BpmnPackage.PROCESS__PROPERTY:
				getProperty().clear();
				return;
			case BpmnPackage.PROCESS__LANE_SET:
				getLaneSet().clear();
				return;
			case BpmnPackage.PROCESS__FLOW_ELEMENT_GROUP:
				getFlowElementGroup().clear();
				return;
			case BpmnPackage.PROCESS__FLOW_ELEMENT:
				getFlowElement().clear();
				return;
			case BpmnPackage.PROCESS__ARTIFACT_GROUP:
				getArtifactGroup().clear();
				return;
			case BpmnPackage.PROCESS__ARTIFACT:
				getArtifact().clear();
				return;
			case BpmnPackage.PROCESS__RESOURCE_ROLE_GROUP:
				getResourceRoleGroup().clear();
				return;
			case BpmnPackage.PROCESS__RESOURCE_ROLE:
				getResourceRole().clear();
				return;
			case BpmnPackage.PROCESS__CORRELATION_SUBSCRIPTION:
				getCorrelationSubscription().clear();
				return;
			case BpmnPackage.PROCESS__SUPPORTS:
				getSupports().clear();
				return;
			case BpmnPackage.PROCESS__DEFINITIONAL_COLLABORATION_REF:
				setDefinitionalCollaborationRef(DEFINITIONAL_COLLABORATION_REF_EDEFAULT);
				return;
			case BpmnPackage.PROCESS__IS_CLOSED:
				unsetIsClosed();
				return;
			case BpmnPackage.PROCESS__IS_EXECUTABLE:
				unsetIsExecutable();
				return;
			case BpmnPackage.PROCESS__PROCESS_TYPE:
				unsetProcessType();
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
			case BpmnPackage.PROCESS__AUDITING:
				return auditing != null;
			case BpmnPackage.PROCESS__MONITORING:
				return monitoring != null;
			case BpmnPackage.PROCESS__PROPERTY:
				return property != null && !property.isEmpty();
			case BpmnPackage.PROCESS__LANE_SET:
				return laneSet != null && !laneSet.isEmpty();
			case BpmnPackage.PROCESS__FLOW_ELEMENT_GROUP:
				return flowElementGroup != null && !flowElementGroup.isEmpty();
			case BpmnPackage.PROCESS__FLOW_ELEMENT:
				return !getFlowElement().isEmpty();
			case BpmnPackage.PROCESS__ARTIFACT_GROUP:
				return artifactGroup != null && !artifactGroup.isEmpty();
			case BpmnPackage.PROCESS__ARTIFACT:
				return !getArtifact().isEmpty();
			case BpmnPackage.PROCESS__RESOURCE_ROLE_GROUP:
				return resourceRoleGroup != null && !resourceRoleGroup.isEmpty();
			case BpmnPackage.PROCESS__RESOURCE_ROLE:
				return !getResourceRole().isEmpty();
			case BpmnPackage.PROCESS__CORRELATION_SUBSCRIPTION:
				return correlationSubscription != null && !correlationSubscription.isEmpty();
			case BpmnPackage.PROCESS__SUPPORTS:
				return supports != null && !supports.isEmpty();
			case BpmnPackage.PROCESS__DEFINITIONAL_COLLABORATION_REF:
				return DEFINITIONAL_COLLABORATION_REF_EDEFAULT == null ? definitionalCollaborationRef != null : !DEFINITIONAL_COLLABORATION_REF_EDEFAULT.equals(definitionalCollaborationRef);
			case BpmnPackage.PROCESS__IS_CLOSED:
				return isSetIsClosed();
			case BpmnPackage.PROCESS__IS_EXECUTABLE:
				return isSetIsExecutable();
			case BpmnPackage.PROCESS__PROCESS_TYPE:
				return isSetProcessType();
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
		result.append(" (flowElementGroup: "); //$NON-NLS-1$
		result.append(flowElementGroup);
		result.append(", artifactGroup: "); //$NON-NLS-1$
		result.append(artifactGroup);
		result.append(", resourceRoleGroup: "); //$NON-NLS-1$
		result.append(resourceRoleGroup);
		result.append(", supports: "); //$NON-NLS-1$
		result.append(supports);
		result.append(", definitionalCollaborationRef: "); //$NON-NLS-1$
		result.append(definitionalCollaborationRef);
		result.append(", isClosed: "); //$NON-NLS-1$
		if (isClosedESet) result.append(isClosed); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", isExecutable: "); //$NON-NLS-1$
		if (isExecutableESet) result.append(isExecutable); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", processType: "); //$NON-NLS-1$
		if (processTypeESet) result.append(processType); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //ProcessImpl
