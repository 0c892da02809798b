/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.prozesswerk.bpmn.model.Artifact;
import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.FlowElement;
import org.prozesswerk.bpmn.model.LaneSet;
import org.prozesswerk.bpmn.model.SubProcess;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sub Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubProcessImpl#getLaneSet <em>Lane Set</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubProcessImpl#getFlowElementGroup <em>Flow Element Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubProcessImpl#getFlowElement <em>Flow Element</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubProcessImpl#getArtifactGroup <em>Artifact Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubProcessImpl#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubProcessImpl#isTriggeredByEvent <em>Triggered By Event</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubProcessImpl extends ActivityImpl implements SubProcess {
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
	 * The default value of the '{@link #isTriggeredByEvent() <em>Triggered By Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTriggeredByEvent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRIGGERED_BY_EVENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTriggeredByEvent() <em>Triggered By Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTriggeredByEvent()
	 * @generated
	 * @ordered
	 */
	protected boolean triggeredByEvent = TRIGGERED_BY_EVENT_EDEFAULT;

	/**
	 * This is true if the Triggered By Event attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean triggeredByEventESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BpmnPackage.eINSTANCE.getSubProcess();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LaneSet> getLaneSet() {
		if (laneSet == null) {
			laneSet = new EObjectContainmentEList<LaneSet>(LaneSet.class, this, BpmnPackage.SUB_PROCESS__LANE_SET);
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
			flowElementGroup = new BasicFeatureMap(this, BpmnPackage.SUB_PROCESS__FLOW_ELEMENT_GROUP);
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
		return getFlowElementGroup().list(BpmnPackage.eINSTANCE.getSubProcess_FlowElement());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getArtifactGroup() {
		if (artifactGroup == null) {
			artifactGroup = new BasicFeatureMap(this, BpmnPackage.SUB_PROCESS__ARTIFACT_GROUP);
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
		return getArtifactGroup().list(BpmnPackage.eINSTANCE.getSubProcess_Artifact());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTriggeredByEvent() {
		return triggeredByEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTriggeredByEvent(boolean newTriggeredByEvent) {
		boolean oldTriggeredByEvent = triggeredByEvent;
		triggeredByEvent = newTriggeredByEvent;
		boolean oldTriggeredByEventESet = triggeredByEventESet;
		triggeredByEventESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BpmnPackage.SUB_PROCESS__TRIGGERED_BY_EVENT, oldTriggeredByEvent, triggeredByEvent, !oldTriggeredByEventESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTriggeredByEvent() {
		boolean oldTriggeredByEvent = triggeredByEvent;
		boolean oldTriggeredByEventESet = triggeredByEventESet;
		triggeredByEvent = TRIGGERED_BY_EVENT_EDEFAULT;
		triggeredByEventESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, BpmnPackage.SUB_PROCESS__TRIGGERED_BY_EVENT, oldTriggeredByEvent, TRIGGERED_BY_EVENT_EDEFAULT, oldTriggeredByEventESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTriggeredByEvent() {
		return triggeredByEventESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BpmnPackage.SUB_PROCESS__LANE_SET:
				return ((InternalEList<?>)getLaneSet()).basicRemove(otherEnd, msgs);
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT_GROUP:
				return ((InternalEList<?>)getFlowElementGroup()).basicRemove(otherEnd, msgs);
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT:
				return ((InternalEList<?>)getFlowElement()).basicRemove(otherEnd, msgs);
			case BpmnPackage.SUB_PROCESS__ARTIFACT_GROUP:
				return ((InternalEList<?>)getArtifactGroup()).basicRemove(otherEnd, msgs);
			case BpmnPackage.SUB_PROCESS__ARTIFACT:
				return ((InternalEList<?>)getArtifact()).basicRemove(otherEnd, msgs);
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
			case BpmnPackage.SUB_PROCESS__LANE_SET:
				return getLaneSet();
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT_GROUP:
				if (coreType) return getFlowElementGroup();
				return ((FeatureMap.Internal)getFlowElementGroup()).getWrapper();
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT:
				return getFlowElement();
			case BpmnPackage.SUB_PROCESS__ARTIFACT_GROUP:
				if (coreType) return getArtifactGroup();
				return ((FeatureMap.Internal)getArtifactGroup()).getWrapper();
			case BpmnPackage.SUB_PROCESS__ARTIFACT:
				return getArtifact();
			case BpmnPackage.SUB_PROCESS__TRIGGERED_BY_EVENT:
				return isTriggeredByEvent();
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
			case BpmnPackage.SUB_PROCESS__LANE_SET:
				getLaneSet().clear();
				getLaneSet().addAll((Collection<? extends LaneSet>)newValue);
				return;
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT_GROUP:
				((FeatureMap.Internal)getFlowElementGroup()).set(newValue);
				return;
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT:
				getFlowElement().clear();
				getFlowElement().addAll((Collection<? extends FlowElement>)newValue);
				return;
			case BpmnPackage.SUB_PROCESS__ARTIFACT_GROUP:
				((FeatureMap.Internal)getArtifactGroup()).set(newValue);
				return;
			case BpmnPackage.SUB_PROCESS__ARTIFACT:
				getArtifact().clear();
				getArtifact().addAll((Collection<? extends Artifact>)newValue);
				return;
			case BpmnPackage.SUB_PROCESS__TRIGGERED_BY_EVENT:
				setTriggeredByEvent((Boolean)newValue);
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
			case BpmnPackage.SUB_PROCESS__LANE_SET:
				getLaneSet().clear();
				return;
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT_GROUP:
				getFlowElementGroup().clear();
				return;
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT:
				getFlowElement().clear();
				return;
			case BpmnPackage.SUB_PROCESS__ARTIFACT_GROUP:
				getArtifactGroup().clear();
				return;
			case BpmnPackage.SUB_PROCESS__ARTIFACT:
				getArtifact().clear();
				return;
			case BpmnPackage.SUB_PROCESS__TRIGGERED_BY_EVENT:
				unsetTriggeredByEvent();
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
			case BpmnPackage.SUB_PROCESS__LANE_SET:
				return laneSet != null && !laneSet.isEmpty();
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT_GROUP:
				return flowElementGroup != null && !flowElementGroup.isEmpty();
			case BpmnPackage.SUB_PROCESS__FLOW_ELEMENT:
				return !getFlowElement().isEmpty();
			case BpmnPackage.SUB_PROCESS__ARTIFACT_GROUP:
				return artifactGroup != null && !artifactGroup.isEmpty();
			case BpmnPackage.SUB_PROCESS__ARTIFACT:
				return !getArtifact().isEmpty();
			case BpmnPackage.SUB_PROCESS__TRIGGERED_BY_EVENT:
				return isSetTriggeredByEvent();
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
		result.append(", triggeredByEvent: "); //$NON-NLS-1$
		if (triggeredByEventESet) result.append(triggeredByEvent); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SubProcessImpl
