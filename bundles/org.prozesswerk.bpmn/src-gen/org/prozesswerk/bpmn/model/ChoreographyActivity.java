/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choreography Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getParticipantRef <em>Participant Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getCorrelationKey <em>Correlation Key</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getInitiatingParticipantRef <em>Initiating Participant Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getLoopType <em>Loop Type</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getChoreographyActivity()
 * @model abstract="true"
 *        extendedMetaData="name='tChoreographyActivity' kind='elementOnly'"
 * @generated
 */
public interface ChoreographyActivity extends FlowNode {
	/**
	 * Returns the value of the '<em><b>Participant Ref</b></em>' attribute list.
	 * The list contents are of type {@link javax.xml.namespace.QName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant Ref</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getChoreographyActivity_ParticipantRef()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.xml.type.QName" lower="2"
	 *        extendedMetaData="kind='element' name='participantRef' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<QName> getParticipantRef();

	/**
	 * Returns the value of the '<em><b>Correlation Key</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.CorrelationKey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Correlation Key</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getChoreographyActivity_CorrelationKey()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='correlationKey' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<CorrelationKey> getCorrelationKey();

	/**
	 * Returns the value of the '<em><b>Initiating Participant Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiating Participant Ref</em>' attribute.
	 * @see #setInitiatingParticipantRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getChoreographyActivity_InitiatingParticipantRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName" required="true"
	 *        extendedMetaData="kind='attribute' name='initiatingParticipantRef'"
	 * @generated
	 */
	QName getInitiatingParticipantRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getInitiatingParticipantRef <em>Initiating Participant Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiating Participant Ref</em>' attribute.
	 * @see #getInitiatingParticipantRef()
	 * @generated
	 */
	void setInitiatingParticipantRef(QName value);

	/**
	 * Returns the value of the '<em><b>Loop Type</b></em>' attribute.
	 * The default value is <code>"None"</code>.
	 * The literals are from the enumeration {@link org.prozesswerk.bpmn.model.ChoreographyLoopType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loop Type</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.ChoreographyLoopType
	 * @see #isSetLoopType()
	 * @see #unsetLoopType()
	 * @see #setLoopType(ChoreographyLoopType)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getChoreographyActivity_LoopType()
	 * @model default="None" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='loopType'"
	 * @generated
	 */
	ChoreographyLoopType getLoopType();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getLoopType <em>Loop Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loop Type</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.ChoreographyLoopType
	 * @see #isSetLoopType()
	 * @see #unsetLoopType()
	 * @see #getLoopType()
	 * @generated
	 */
	void setLoopType(ChoreographyLoopType value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getLoopType <em>Loop Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLoopType()
	 * @see #getLoopType()
	 * @see #setLoopType(ChoreographyLoopType)
	 * @generated
	 */
	void unsetLoopType();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.ChoreographyActivity#getLoopType <em>Loop Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Loop Type</em>' attribute is set.
	 * @see #unsetLoopType()
	 * @see #getLoopType()
	 * @see #setLoopType(ChoreographyLoopType)
	 * @generated
	 */
	boolean isSetLoopType();

} // ChoreographyActivity
