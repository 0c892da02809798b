/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.bpmndi;

import org.eclipse.emf.common.util.EList;

import org.prozesswerk.bpmn.di.Diagram;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>BPMN Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.bpmndi.BPMNDiagram#getBPMNPlane <em>BPMN Plane</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.bpmndi.BPMNDiagram#getBPMNLabelStyle <em>BPMN Label Style</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNDiagram()
 * @model extendedMetaData="name='BPMNDiagram' kind='elementOnly'"
 * @generated
 */
public interface BPMNDiagram extends Diagram {
	/**
	 * Returns the value of the '<em><b>BPMN Plane</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>BPMN Plane</em>' containment reference.
	 * @see #setBPMNPlane(BPMNPlane)
	 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNDiagram_BPMNPlane()
	 * @model containment="true" required="true"
	 *        extendedMetaData="kind='element' name='BPMNPlane' namespace='##targetNamespace'"
	 * @generated
	 */
	BPMNPlane getBPMNPlane();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.bpmndi.BPMNDiagram#getBPMNPlane <em>BPMN Plane</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>BPMN Plane</em>' containment reference.
	 * @see #getBPMNPlane()
	 * @generated
	 */
	void setBPMNPlane(BPMNPlane value);

	/**
	 * Returns the value of the '<em><b>BPMN Label Style</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.bpmndi.BPMNLabelStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>BPMN Label Style</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.bpmndi.BpmnDiPackage#getBPMNDiagram_BPMNLabelStyle()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='BPMNLabelStyle' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<BPMNLabelStyle> getBPMNLabelStyle();

} // BPMNDiagram
