/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.diagram.notation.Diagram#getDiagramType <em>Diagram Type</em>}</li>
 *   <li>{@link org.prozesswerk.diagram.notation.Diagram#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.diagram.notation.NotationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Diagram Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the diagram type (extension point org.prozesswerk.diagram.diagramTypes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram Type</em>' attribute.
	 * @see #setDiagramType(String)
	 * @see org.prozesswerk.diagram.notation.NotationPackage#getDiagram_DiagramType()
	 * @model
	 * @generated
	 */
	String getDiagramType();

	/**
	 * Sets the value of the '{@link org.prozesswerk.diagram.notation.Diagram#getDiagramType <em>Diagram Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram Type</em>' attribute.
	 * @see #getDiagramType()
	 * @generated
	 */
	void setDiagramType(String value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.diagram.notation.NotationElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.prozesswerk.diagram.notation.NotationPackage#getDiagram_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<NotationElement> getElements();

} // Diagram
