/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Org Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisational unit; its parent unit is its container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.OrgUnit#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.OrgUnit#getName <em>Name</em>}</li>
 *   <li>{@link org.prozesswerk.model.OrgUnit#getShortCode <em>Short Code</em>}</li>
 *   <li>{@link org.prozesswerk.model.OrgUnit#getKind <em>Kind</em>}</li>
 *   <li>{@link org.prozesswerk.model.OrgUnit#getSizeClasses <em>Size Classes</em>}</li>
 *   <li>{@link org.prozesswerk.model.OrgUnit#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.prozesswerk.model.OrgUnit#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.prozesswerk.model.OrgUnit#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit()
 * @model
 * @generated
 */
public interface OrgUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.OrgUnit#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.OrgUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Short Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code of the unit, e.g. "32".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Code</em>' attribute.
	 * @see #setShortCode(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_ShortCode()
	 * @model
	 * @generated
	 */
	String getShortCode();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.OrgUnit#getShortCode <em>Short Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Code</em>' attribute.
	 * @see #getShortCode()
	 * @generated
	 */
	void setShortCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.OrgUnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.prozesswerk.model.OrgUnitKind
	 * @see #setKind(OrgUnitKind)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_Kind()
	 * @model
	 * @generated
	 */
	OrgUnitKind getKind();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.OrgUnit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.prozesswerk.model.OrgUnitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrgUnitKind value);

	/**
	 * Returns the value of the '<em><b>Size Classes</b></em>' attribute list.
	 * The list contents are of type {@link org.prozesswerk.model.SizeClass}.
	 * The literals are from the enumeration {@link org.prozesswerk.model.SizeClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The KGSt size classes of the municipalities in which this unit exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Classes</em>' attribute list.
	 * @see org.prozesswerk.model.SizeClass
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_SizeClasses()
	 * @model
	 * @generated
	 */
	EList<SizeClass> getSizeClasses();

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_Optional()
	 * @model
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.OrgUnit#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_Roles()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRoles();

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.OrgUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getOrgUnit_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrgUnit> getChildren();

} // OrgUnit
