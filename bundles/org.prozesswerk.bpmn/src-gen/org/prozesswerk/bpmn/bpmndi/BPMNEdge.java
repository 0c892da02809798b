/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.bpmndi;

import javax.xml.namespace.QName;

import org.prozesswerk.bpmn.di.LabeledEdge;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>BPMN Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getBPMNLabel <em>BPMN Label</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getBpmnElement <em>Bpmn Element</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getMessageVisibleKind <em>Message Visible Kind</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getSourceElement <em>Source Element</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getTargetElement <em>Target Element</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNEdge()
 * @model extendedMetaData="name='BPMNEdge' kind='elementOnly'"
 * @generated
 */
public interface BPMNEdge extends LabeledEdge {
	/**
	 * Returns the value of the '<em><b>BPMN Label</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>BPMN Label</em>' containment reference.
	 * @see #setBPMNLabel(BPMNLabel)
	 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNEdge_BPMNLabel()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='BPMNLabel' namespace='##targetNamespace'"
	 * @generated
	 */
	BPMNLabel getBPMNLabel();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getBPMNLabel <em>BPMN Label</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>BPMN Label</em>' containment reference.
	 * @see #getBPMNLabel()
	 * @generated
	 */
	void setBPMNLabel(BPMNLabel value);

	/**
	 * Returns the value of the '<em><b>Bpmn Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bpmn Element</em>' attribute.
	 * @see #setBpmnElement(QName)
	 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNEdge_BpmnElement()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='attribute' name='bpmnElement'"
	 * @generated
	 */
	QName getBpmnElement();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getBpmnElement <em>Bpmn Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bpmn Element</em>' attribute.
	 * @see #getBpmnElement()
	 * @generated
	 */
	void setBpmnElement(QName value);

	/**
	 * Returns the value of the '<em><b>Message Visible Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.bpmn.bpmndi.MessageVisibleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Visible Kind</em>' attribute.
	 * @see org.prozesswerk.bpmn.bpmndi.MessageVisibleKind
	 * @see #isSetMessageVisibleKind()
	 * @see #unsetMessageVisibleKind()
	 * @see #setMessageVisibleKind(MessageVisibleKind)
	 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNEdge_MessageVisibleKind()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='messageVisibleKind'"
	 * @generated
	 */
	MessageVisibleKind getMessageVisibleKind();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getMessageVisibleKind <em>Message Visible Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Visible Kind</em>' attribute.
	 * @see org.prozesswerk.bpmn.bpmndi.MessageVisibleKind
	 * @see #isSetMessageVisibleKind()
	 * @see #unsetMessageVisibleKind()
	 * @see #getMessageVisibleKind()
	 * @generated
	 */
	void setMessageVisibleKind(MessageVisibleKind value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getMessageVisibleKind <em>Message Visible Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMessageVisibleKind()
	 * @see #getMessageVisibleKind()
	 * @see #setMessageVisibleKind(MessageVisibleKind)
	 * @generated
	 */
	void unsetMessageVisibleKind();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getMessageVisibleKind <em>Message Visible Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Message Visible Kind</em>' attribute is set.
	 * @see #unsetMessageVisibleKind()
	 * @see #getMessageVisibleKind()
	 * @see #setMessageVisibleKind(MessageVisibleKind)
	 * @generated
	 */
	boolean isSetMessageVisibleKind();

	/**
	 * Returns the value of the '<em><b>Source Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Element</em>' attribute.
	 * @see #setSourceElement(QName)
	 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNEdge_SourceElement()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='attribute' name='sourceElement'"
	 * @generated
	 */
	QName getSourceElement();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getSourceElement <em>Source Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Element</em>' attribute.
	 * @see #getSourceElement()
	 * @generated
	 */
	void setSourceElement(QName value);

	/**
	 * Returns the value of the '<em><b>Target Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Element</em>' attribute.
	 * @see #setTargetElement(QName)
	 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNEdge_TargetElement()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='attribute' name='targetElement'"
	 * @generated
	 */
	QName getTargetElement();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNEdge#getTargetElement <em>Target Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Element</em>' attribute.
	 * @see #getTargetElement()
	 * @generated
	 */
	void setTargetElement(QName value);

} // BPMNEdge
