/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getAuditing <em>Auditing</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getMonitoring <em>Monitoring</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getProperty <em>Property</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getLaneSet <em>Lane Set</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getFlowElementGroup <em>Flow Element Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getFlowElement <em>Flow Element</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getArtifactGroup <em>Artifact Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getResourceRoleGroup <em>Resource Role Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getResourceRole <em>Resource Role</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getCorrelationSubscription <em>Correlation Subscription</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getSupports <em>Supports</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getDefinitionalCollaborationRef <em>Definitional Collaboration Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#isIsClosed <em>Is Closed</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#isIsExecutable <em>Is Executable</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Process#getProcessType <em>Process Type</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess()
 * @model extendedMetaData="name='tProcess' kind='elementOnly'"
 * @generated
 */
public interface Process extends CallableElement {
	/**
	 * Returns the value of the '<em><b>Auditing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auditing</em>' containment reference.
	 * @see #setAuditing(Auditing)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_Auditing()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='auditing' namespace='##targetNamespace'"
	 * @generated
	 */
	Auditing getAuditing();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Process#getAuditing <em>Auditing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auditing</em>' containment reference.
	 * @see #getAuditing()
	 * @generated
	 */
	void setAuditing(Auditing value);

	/**
	 * Returns the value of the '<em><b>Monitoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitoring</em>' containment reference.
	 * @see #setMonitoring(Monitoring)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_Monitoring()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='monitoring' namespace='##targetNamespace'"
	 * @generated
	 */
	Monitoring getMonitoring();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Process#getMonitoring <em>Monitoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitoring</em>' containment reference.
	 * @see #getMonitoring()
	 * @generated
	 */
	void setMonitoring(Monitoring value);

	/**
	 * Returns the value of the '<em><b>Property</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Property</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_Property()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='property' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Property> getProperty();

	/**
	 * Returns the value of the '<em><b>Lane Set</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.LaneSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lane Set</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_LaneSet()
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
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_FlowElementGroup()
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
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_FlowElement()
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
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_ArtifactGroup()
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
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_Artifact()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='artifact' namespace='##targetNamespace' group='artifact:group'"
	 * @generated
	 */
	EList<Artifact> getArtifact();

	/**
	 * Returns the value of the '<em><b>Resource Role Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Role Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_ResourceRoleGroup()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="kind='group' name='resourceRole:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getResourceRoleGroup();

	/**
	 * Returns the value of the '<em><b>Resource Role</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ResourceRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Role</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_ResourceRole()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='resourceRole' namespace='##targetNamespace' group='resourceRole:group'"
	 * @generated
	 */
	EList<ResourceRole> getResourceRole();

	/**
	 * Returns the value of the '<em><b>Correlation Subscription</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.CorrelationSubscription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Correlation Subscription</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_CorrelationSubscription()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='correlationSubscription' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<CorrelationSubscription> getCorrelationSubscription();

	/**
	 * Returns the value of the '<em><b>Supports</b></em>' attribute list.
	 * The list contents are of type {@link javax.xml.namespace.QName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supports</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_Supports()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='supports' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<QName> getSupports();

	/**
	 * Returns the value of the '<em><b>Definitional Collaboration Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definitional Collaboration Ref</em>' attribute.
	 * @see #setDefinitionalCollaborationRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_DefinitionalCollaborationRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='attribute' name='definitionalCollaborationRef'"
	 * @generated
	 */
	QName getDefinitionalCollaborationRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Process#getDefinitionalCollaborationRef <em>Definitional Collaboration Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definitional Collaboration Ref</em>' attribute.
	 * @see #getDefinitionalCollaborationRef()
	 * @generated
	 */
	void setDefinitionalCollaborationRef(QName value);

	/**
	 * Returns the value of the '<em><b>Is Closed</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Closed</em>' attribute.
	 * @see #isSetIsClosed()
	 * @see #unsetIsClosed()
	 * @see #setIsClosed(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_IsClosed()
	 * @model default="false" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='isClosed'"
	 * @generated
	 */
	boolean isIsClosed();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Process#isIsClosed <em>Is Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Closed</em>' attribute.
	 * @see #isSetIsClosed()
	 * @see #unsetIsClosed()
	 * @see #isIsClosed()
	 * @generated
	 */
	void setIsClosed(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Process#isIsClosed <em>Is Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsClosed()
	 * @see #isIsClosed()
	 * @see #setIsClosed(boolean)
	 * @generated
	 */
	void unsetIsClosed();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Process#isIsClosed <em>Is Closed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Is Closed</em>' attribute is set.
	 * @see #unsetIsClosed()
	 * @see #isIsClosed()
	 * @see #setIsClosed(boolean)
	 * @generated
	 */
	boolean isSetIsClosed();

	/**
	 * Returns the value of the '<em><b>Is Executable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Executable</em>' attribute.
	 * @see #isSetIsExecutable()
	 * @see #unsetIsExecutable()
	 * @see #setIsExecutable(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_IsExecutable()
	 * @model unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='isExecutable'"
	 * @generated
	 */
	boolean isIsExecutable();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Process#isIsExecutable <em>Is Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Executable</em>' attribute.
	 * @see #isSetIsExecutable()
	 * @see #unsetIsExecutable()
	 * @see #isIsExecutable()
	 * @generated
	 */
	void setIsExecutable(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Process#isIsExecutable <em>Is Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsExecutable()
	 * @see #isIsExecutable()
	 * @see #setIsExecutable(boolean)
	 * @generated
	 */
	void unsetIsExecutable();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Process#isIsExecutable <em>Is Executable</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Is Executable</em>' attribute is set.
	 * @see #unsetIsExecutable()
	 * @see #isIsExecutable()
	 * @see #setIsExecutable(boolean)
	 * @generated
	 */
	boolean isSetIsExecutable();

	/**
	 * Returns the value of the '<em><b>Process Type</b></em>' attribute.
	 * The default value is <code>"None"</code>.
	 * The literals are from the enumeration {@link org.prozesswerk.bpmn.model.ProcessType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process Type</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.ProcessType
	 * @see #isSetProcessType()
	 * @see #unsetProcessType()
	 * @see #setProcessType(ProcessType)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getProcess_ProcessType()
	 * @model default="None" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='processType'"
	 * @generated
	 */
	ProcessType getProcessType();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Process#getProcessType <em>Process Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Type</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.ProcessType
	 * @see #isSetProcessType()
	 * @see #unsetProcessType()
	 * @see #getProcessType()
	 * @generated
	 */
	void setProcessType(ProcessType value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Process#getProcessType <em>Process Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetProcessType()
	 * @see #getProcessType()
	 * @see #setProcessType(ProcessType)
	 * @generated
	 */
	void unsetProcessType();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Process#getProcessType <em>Process Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Process Type</em>' attribute is set.
	 * @see #unsetProcessType()
	 * @see #getProcessType()
	 * @see #setProcessType(ProcessType)
	 * @generated
	 */
	boolean isSetProcessType();

} // Process
