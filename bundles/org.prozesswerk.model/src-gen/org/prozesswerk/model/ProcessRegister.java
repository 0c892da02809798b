/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root object of a register file (Prozessregister).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getName <em>Name</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getVersion <em>Version</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getBaseVersion <em>Base Version</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getBaseChecksum <em>Base Checksum</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getCreated <em>Created</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getModified <em>Modified</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getRootFolders <em>Root Folders</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getUnfiledProfiles <em>Unfiled Profiles</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getUsedCatalogues <em>Used Catalogues</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getHoursPerFullTimeEquivalent <em>Hours Per Full Time Equivalent</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessRegister#getAccessControl <em>Access Control</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister()
 * @model
 * @generated
 */
public interface ProcessRegister extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getId <em>Id</em>}' attribute.
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
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_Name()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the register content, e.g. "2.1".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_Publisher()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference register this one derives from, e.g. "Musterprozessregister Sachsen 2.1".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Based On</em>' attribute.
	 * @see #setBasedOn(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_BasedOn()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	String getBasedOn();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getBasedOn <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On</em>' attribute.
	 * @see #getBasedOn()
	 * @generated
	 */
	void setBasedOn(String value);

	/**
	 * Returns the value of the '<em><b>Base Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version this register was derived from or last updated to, for the next update: a built-in Musterregister version (e.g. "V2.1") or, for a file, its absolute path (with baseChecksum; see org.prozesswerk.merge.BaseVersion).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Version</em>' attribute.
	 * @see #setBaseVersion(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_BaseVersion()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	String getBaseVersion();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getBaseVersion <em>Base Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Version</em>' attribute.
	 * @see #getBaseVersion()
	 * @generated
	 */
	void setBaseVersion(String value);

	/**
	 * Returns the value of the '<em><b>Base Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the base version's register file, so that a changed base file is noticed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Checksum</em>' attribute.
	 * @see #setBaseChecksum(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_BaseChecksum()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	String getBaseChecksum();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getBaseChecksum <em>Base Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Checksum</em>' attribute.
	 * @see #getBaseChecksum()
	 * @generated
	 */
	void setBaseChecksum(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_Created()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_Modified()
	 * @model annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Root Folders</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.Folder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Folders</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_RootFolders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Folder> getRootFolders();

	/**
	 * Returns the value of the '<em><b>Unfiled Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.ProcessProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process profiles that are not filed in any folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unfiled Profiles</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_UnfiledProfiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProcessProfile> getUnfiledProfiles();

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.OrgUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root units of the organisation chart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_Organisation()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrgUnit> getOrganisation();

	/**
	 * Returns the value of the '<em><b>Attribute Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Definitions</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_AttributeDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeDefinition> getAttributeDefinitions();

	/**
	 * Returns the value of the '<em><b>Used Catalogues</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.model.CatalogueUsage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Used Catalogues</em>' containment reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_UsedCatalogues()
	 * @model containment="true"
	 *        annotation="http://prozesswerk.org/merge ownership='upstream'"
	 * @generated
	 */
	EList<CatalogueUsage> getUsedCatalogues();

	/**
	 * Returns the value of the '<em><b>Hours Per Full Time Equivalent</b></em>' attribute.
	 * The default value is <code>"1600.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net working hours per full-time equivalent and year (Jahresarbeitszeit je Vollzeitäquivalent) of the method configuration; the divisor of the capacity figures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours Per Full Time Equivalent</em>' attribute.
	 * @see #setHoursPerFullTimeEquivalent(double)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_HoursPerFullTimeEquivalent()
	 * @model default="1600.0"
	 * @generated
	 */
	double getHoursPerFullTimeEquivalent();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getHoursPerFullTimeEquivalent <em>Hours Per Full Time Equivalent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Full Time Equivalent</em>' attribute.
	 * @see #getHoursPerFullTimeEquivalent()
	 * @generated
	 */
	void setHoursPerFullTimeEquivalent(double value);

	/**
	 * Returns the value of the '<em><b>Access Control</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles and folder rights of the register (Rollen und Rechte, docs/roles.md); absent: everyone may do everything.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Control</em>' containment reference.
	 * @see #setAccessControl(AccessControl)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessRegister_AccessControl()
	 * @model containment="true"
	 *        annotation="http://prozesswerk.org/merge ownership='local'"
	 * @generated
	 */
	AccessControl getAccessControl();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessRegister#getAccessControl <em>Access Control</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Control</em>' containment reference.
	 * @see #getAccessControl()
	 * @generated
	 */
	void setAccessControl(AccessControl value);

} // ProcessRegister
