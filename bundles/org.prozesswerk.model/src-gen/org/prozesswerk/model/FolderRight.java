/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Folder Right</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The right of a person or group on a folder and its subfolders (the nearest folder with a right decides).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.FolderRight#getPrincipal <em>Principal</em>}</li>
 *   <li>{@link org.prozesswerk.model.FolderRight#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.prozesswerk.model.FolderRight#getRight <em>Right</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getFolderRight()
 * @model
 * @generated
 */
public interface FolderRight extends EObject {
	/**
	 * Returns the value of the '<em><b>Principal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principal</em>' reference.
	 * @see #setPrincipal(Principal)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getFolderRight_Principal()
	 * @model
	 * @generated
	 */
	Principal getPrincipal();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.FolderRight#getPrincipal <em>Principal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal</em>' reference.
	 * @see #getPrincipal()
	 * @generated
	 */
	void setPrincipal(Principal value);

	/**
	 * Returns the value of the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folder</em>' reference.
	 * @see #setFolder(Folder)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getFolderRight_Folder()
	 * @model
	 * @generated
	 */
	Folder getFolder();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.FolderRight#getFolder <em>Folder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder</em>' reference.
	 * @see #getFolder()
	 * @generated
	 */
	void setFolder(Folder value);

	/**
	 * Returns the value of the '<em><b>Right</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.AccessRight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Right</em>' attribute.
	 * @see org.prozesswerk.model.AccessRight
	 * @see #setRight(AccessRight)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getFolderRight_Right()
	 * @model
	 * @generated
	 */
	AccessRight getRight();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.FolderRight#getRight <em>Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' attribute.
	 * @see org.prozesswerk.model.AccessRight
	 * @see #getRight()
	 * @generated
	 */
	void setRight(AccessRight value);

} // FolderRight
