/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant Association</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.ParticipantAssociation#getInnerParticipantRef <em>Inner Participant Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ParticipantAssociation#getOuterParticipantRef <em>Outer Participant Ref</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getParticipantAssociation()
 * @model extendedMetaData="name='tParticipantAssociation' kind='elementOnly'"
 * @generated
 */
public interface ParticipantAssociation extends BaseElement {
	/**
	 * Returns the value of the '<em><b>Inner Participant Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inner Participant Ref</em>' attribute.
	 * @see #setInnerParticipantRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getParticipantAssociation_InnerParticipantRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName" required="true"
	 *        extendedMetaData="kind='element' name='innerParticipantRef' namespace='##targetNamespace'"
	 * @generated
	 */
	QName getInnerParticipantRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ParticipantAssociation#getInnerParticipantRef <em>Inner Participant Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inner Participant Ref</em>' attribute.
	 * @see #getInnerParticipantRef()
	 * @generated
	 */
	void setInnerParticipantRef(QName value);

	/**
	 * Returns the value of the '<em><b>Outer Participant Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outer Participant Ref</em>' attribute.
	 * @see #setOuterParticipantRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getParticipantAssociation_OuterParticipantRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName" required="true"
	 *        extendedMetaData="kind='element' name='outerParticipantRef' namespace='##targetNamespace'"
	 * @generated
	 */
	QName getOuterParticipantRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ParticipantAssociation#getOuterParticipantRef <em>Outer Participant Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outer Participant Ref</em>' attribute.
	 * @see #getOuterParticipantRef()
	 * @generated
	 */
	void setOuterParticipantRef(QName value);

} // ParticipantAssociation
