/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sub Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.SubProcess#getLaneSet <em>Lane Set</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.SubProcess#getFlowElementGroup <em>Flow Element Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.SubProcess#getFlowElement <em>Flow Element</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.SubProcess#getArtifactGroup <em>Artifact Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.SubProcess#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.SubProcess#isTriggeredByEvent <em>Triggered By Event</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getSubProcess()
 * @model extendedMetaData="name='tSubProcess' kind='elementOnly'"
 * @generated
 */
public interface SubProcess extends Activity {
	/**
	 * Returns the value of the '<em><b>Lane Set</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.LaneSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lane Set</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getSubProcess_LaneSet()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='laneSet' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<LaneSet> getLaneSet();

	/**
	 * Returns the value of the '<em><b>Flow Element Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flow Element Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getSubProcess_FlowElementGroup()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="kind='group' name='flowElement:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getFlowElementGroup();

	/**
	 * Returns the value of the '<em><b>Flow Element</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.FlowElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flow Element</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getSubProcess_FlowElement()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='flowElement' namespace='##targetNamespace' group='flowElement:group'"
	 * @generated
	 */
	EList<FlowElement> getFlowElement();

	/**
	 * Returns the value of the '<em><b>Artifact Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artifact Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getSubProcess_ArtifactGroup()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="kind='group' name='artifact:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getArtifactGroup();

	/**
	 * Returns the value of the '<em><b>Artifact</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.Artifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artifact</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getSubProcess_Artifact()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='artifact' namespace='##targetNamespace' group='artifact:group'"
	 * @generated
	 */
	EList<Artifact> getArtifact();

	/**
	 * Returns the value of the '<em><b>Triggered By Event</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Triggered By Event</em>' attribute.
	 * @see #isSetTriggeredByEvent()
	 * @see #unsetTriggeredByEvent()
	 * @see #setTriggeredByEvent(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getSubProcess_TriggeredByEvent()
	 * @model default="false" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='triggeredByEvent'"
	 * @generated
	 */
	boolean isTriggeredByEvent();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.SubProcess#isTriggeredByEvent <em>Triggered By Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Triggered By Event</em>' attribute.
	 * @see #isSetTriggeredByEvent()
	 * @see #unsetTriggeredByEvent()
	 * @see #isTriggeredByEvent()
	 * @generated
	 */
	void setTriggeredByEvent(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.SubProcess#isTriggeredByEvent <em>Triggered By Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTriggeredByEvent()
	 * @see #isTriggeredByEvent()
	 * @see #setTriggeredByEvent(boolean)
	 * @generated
	 */
	void unsetTriggeredByEvent();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.SubProcess#isTriggeredByEvent <em>Triggered By Event</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Triggered By Event</em>' attribute is set.
	 * @see #unsetTriggeredByEvent()
	 * @see #isTriggeredByEvent()
	 * @see #setTriggeredByEvent(boolean)
	 * @generated
	 */
	boolean isSetTriggeredByEvent();

} // SubProcess
