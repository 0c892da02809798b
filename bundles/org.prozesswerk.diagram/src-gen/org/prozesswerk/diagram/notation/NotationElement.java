/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.diagram.notation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.diagram.notation.NotationElement#getSemanticId <em>Semantic Id</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.diagram.notation.NotationPackage#getNotationElement()
 * @model abstract="true"
 * @generated
 */
public interface NotationElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the register element this notation element shows (for edges: the diagram's edge id).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Id</em>' attribute.
	 * @see #setSemanticId(String)
	 * @see org.prozesswerk.diagram.notation.NotationPackage#getNotationElement_SemanticId()
	 * @model
	 * @generated
	 */
	String getSemanticId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.diagram.notation.NotationElement#getSemanticId <em>Semantic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Id</em>' attribute.
	 * @see #getSemanticId()
	 * @generated
	 */
	void setSemanticId(String value);

} // NotationElement
