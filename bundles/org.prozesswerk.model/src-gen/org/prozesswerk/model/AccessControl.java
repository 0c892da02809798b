/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Control</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Roles and rights of a register: persons, groups, role assignments and folder rights (docs/roles.md).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.AccessControl#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.prozesswerk.model.AccessControl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.prozesswerk.model.AccessControl#getRoleAssignments <em>Role Assignments</em>}</li>
 *   <li>{@link org.prozesswerk.model.AccessControl#getFolderRights <em>Folder Rights</em>}</li>
 *   <li>{@link org.prozesswerk.model.AccessControl#getEditorialTeam <em>Editorial Team</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getAccessControl()
 * @model
 * @generated
 */
public interface AccessControl extends EObject {
	/**
	 * Returns the value of the '<em><b>Persons</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persons</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAccessControl_Persons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPersons();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.PersonGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAccessControl_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<PersonGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Role Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.RoleAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role Assignments</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAccessControl_RoleAssignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleAssignment> getRoleAssignments();

	/**
	 * Returns the value of the '<em><b>Folder Rights</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.FolderRight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folder Rights</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAccessControl_FolderRights()
	 * @model containment="true"
	 * @generated
	 */
	EList<FolderRight> getFolderRights();

	/**
	 * Returns the value of the '<em><b>Editorial Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group that may publish to the library's release branch and tag versions (Redaktion).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Editorial Team</em>' reference.
	 * @see #setEditorialTeam(PersonGroup)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAccessControl_EditorialTeam()
	 * @model
	 * @generated
	 */
	PersonGroup getEditorialTeam();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.AccessControl#getEditorialTeam <em>Editorial Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Editorial Team</em>' reference.
	 * @see #getEditorialTeam()
	 * @generated
	 */
	void setEditorialTeam(PersonGroup value);

} // AccessControl
