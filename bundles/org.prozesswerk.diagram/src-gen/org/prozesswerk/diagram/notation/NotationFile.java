/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .pwdiagram file: the diagrams of one register.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.diagram.notation.NotationFile#getRegisterId <em>Register Id</em>}</li>
 *   <li>{@link org.prozesswerk.diagram.notation.NotationFile#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.diagram.notation.NotationPackage#getNotationFile()
 * @model
 * @generated
 */
public interface NotationFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Register Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Register Id</em>' attribute.
	 * @see #setRegisterId(String)
	 * @see org.prozesswerk.diagram.notation.NotationPackage#getNotationFile_RegisterId()
	 * @model
	 * @generated
	 */
	String getRegisterId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.diagram.notation.NotationFile#getRegisterId <em>Register Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Register Id</em>' attribute.
	 * @see #getRegisterId()
	 * @generated
	 */
	void setRegisterId(String value);

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.diagram.notation.Diagram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.prozesswerk.diagram.notation.NotationPackage#getNotationFile_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagram> getDiagrams();

} // NotationFile
