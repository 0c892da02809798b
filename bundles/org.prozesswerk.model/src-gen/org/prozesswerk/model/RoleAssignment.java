/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role given to a person or group, for the whole register (no folder) or a folder and its subfolders.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.RoleAssignment#getPrincipal <em>Principal</em>}</li>
 *   <li>{@link org.prozesswerk.model.RoleAssignment#getRole <em>Role</em>}</li>
 *   <li>{@link org.prozesswerk.model.RoleAssignment#getFolder <em>Folder</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getRoleAssignment()
 * @model
 * @generated
 */
public interface RoleAssignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Principal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principal</em>' reference.
	 * @see #setPrincipal(Principal)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getRoleAssignment_Principal()
	 * @model
	 * @generated
	 */
	Principal getPrincipal();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.RoleAssignment#getPrincipal <em>Principal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal</em>' reference.
	 * @see #getPrincipal()
	 * @generated
	 */
	void setPrincipal(Principal value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.prozesswerk.model.Role
	 * @see #setRole(Role)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getRoleAssignment_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.RoleAssignment#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.prozesswerk.model.Role
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folder</em>' reference.
	 * @see #setFolder(Folder)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getRoleAssignment_Folder()
	 * @model
	 * @generated
	 */
	Folder getFolder();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.RoleAssignment#getFolder <em>Folder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder</em>' reference.
	 * @see #getFolder()
	 * @generated
	 */
	void setFolder(Folder value);

} // RoleAssignment
