/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.PersonGroup;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.RoleAssignment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Access Control</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.AccessControlImpl#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AccessControlImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AccessControlImpl#getRoleAssignments <em>Role Assignments</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AccessControlImpl#getFolderRights <em>Folder Rights</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AccessControlImpl#getEditorialTeam <em>Editorial Team</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessControlImpl extends MinimalEObjectImpl.Container implements AccessControl {
	/**
	 * The cached value of the '{@link #getPersons() <em>Persons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> persons;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PersonGroup> groups;

	/**
	 * The cached value of the '{@link #getRoleAssignments() <em>Role Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleAssignment> roleAssignments;

	/**
	 * The cached value of the '{@link #getFolderRights() <em>Folder Rights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolderRights()
	 * @generated
	 * @ordered
	 */
	protected EList<FolderRight> folderRights;

	/**
	 * The cached value of the '{@link #getEditorialTeam() <em>Editorial Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditorialTeam()
	 * @generated
	 * @ordered
	 */
	protected PersonGroup editorialTeam;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessControlImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.ACCESS_CONTROL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPersons() {
		if (persons == null) {
			persons = new EObjectContainmentEList<Person>(Person.class, this, ProzesswerkPackage.ACCESS_CONTROL__PERSONS);
		}
		return persons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PersonGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<PersonGroup>(PersonGroup.class, this, ProzesswerkPackage.ACCESS_CONTROL__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleAssignment> getRoleAssignments() {
		if (roleAssignments == null) {
			roleAssignments = new EObjectContainmentEList<RoleAssignment>(RoleAssignment.class, this, ProzesswerkPackage.ACCESS_CONTROL__ROLE_ASSIGNMENTS);
		}
		return roleAssignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FolderRight> getFolderRights() {
		if (folderRights == null) {
			folderRights = new EObjectContainmentEList<FolderRight>(FolderRight.class, this, ProzesswerkPackage.ACCESS_CONTROL__FOLDER_RIGHTS);
		}
		return folderRights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersonGroup getEditorialTeam() {
		if (editorialTeam != null && editorialTeam.eIsProxy()) {
			InternalEObject oldEditorialTeam = (InternalEObject)editorialTeam;
			editorialTeam = (PersonGroup)eResolveProxy(oldEditorialTeam);
			if (editorialTeam != oldEditorialTeam) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProzesswerkPackage.ACCESS_CONTROL__EDITORIAL_TEAM, oldEditorialTeam, editorialTeam));
			}
		}
		return editorialTeam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PersonGroup basicGetEditorialTeam() {
		return editorialTeam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditorialTeam(PersonGroup newEditorialTeam) {
		PersonGroup oldEditorialTeam = editorialTeam;
		editorialTeam = newEditorialTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ACCESS_CONTROL__EDITORIAL_TEAM, oldEditorialTeam, editorialTeam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProzesswerkPackage.ACCESS_CONTROL__PERSONS:
				return ((InternalEList<?>)getPersons()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.ACCESS_CONTROL__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.ACCESS_CONTROL__ROLE_ASSIGNMENTS:
				return ((InternalEList<?>)getRoleAssignments()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.ACCESS_CONTROL__FOLDER_RIGHTS:
				return ((InternalEList<?>)getFolderRights()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProzesswerkPackage.ACCESS_CONTROL__PERSONS:
				return getPersons();
			case ProzesswerkPackage.ACCESS_CONTROL__GROUPS:
				return getGroups();
			case ProzesswerkPackage.ACCESS_CONTROL__ROLE_ASSIGNMENTS:
				return getRoleAssignments();
			case ProzesswerkPackage.ACCESS_CONTROL__FOLDER_RIGHTS:
				return getFolderRights();
			case ProzesswerkPackage.ACCESS_CONTROL__EDITORIAL_TEAM:
				if (resolve) return getEditorialTeam();
				return basicGetEditorialTeam();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProzesswerkPackage.ACCESS_CONTROL__PERSONS:
				getPersons().clear();
				getPersons().addAll((Collection<? extends Person>)newValue);
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends PersonGroup>)newValue);
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__ROLE_ASSIGNMENTS:
				getRoleAssignments().clear();
				getRoleAssignments().addAll((Collection<? extends RoleAssignment>)newValue);
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__FOLDER_RIGHTS:
				getFolderRights().clear();
				getFolderRights().addAll((Collection<? extends FolderRight>)newValue);
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__EDITORIAL_TEAM:
				setEditorialTeam((PersonGroup)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProzesswerkPackage.ACCESS_CONTROL__PERSONS:
				getPersons().clear();
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__GROUPS:
				getGroups().clear();
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__ROLE_ASSIGNMENTS:
				getRoleAssignments().clear();
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__FOLDER_RIGHTS:
				getFolderRights().clear();
				return;
			case ProzesswerkPackage.ACCESS_CONTROL__EDITORIAL_TEAM:
				setEditorialTeam((PersonGroup)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProzesswerkPackage.ACCESS_CONTROL__PERSONS:
				return persons != null && !persons.isEmpty();
			case ProzesswerkPackage.ACCESS_CONTROL__GROUPS:
				return groups != null && !groups.isEmpty();
			case ProzesswerkPackage.ACCESS_CONTROL__ROLE_ASSIGNMENTS:
				return roleAssignments != null && !roleAssignments.isEmpty();
			case ProzesswerkPackage.ACCESS_CONTROL__FOLDER_RIGHTS:
				return folderRights != null && !folderRights.isEmpty();
			case ProzesswerkPackage.ACCESS_CONTROL__EDITORIAL_TEAM:
				return editorialTeam != null;
		}
		return super.eIsSet(featureID);
	}

} //AccessControlImpl
