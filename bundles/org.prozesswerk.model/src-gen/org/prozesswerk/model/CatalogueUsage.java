/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalogue Usage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A catalogue (e.g. LeiKa, OZG) and the version of it the register refers to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.CatalogueUsage#getCatalogueId <em>Catalogue Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.CatalogueUsage#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueUsage()
 * @model
 * @generated
 */
public interface CatalogueUsage extends EObject {
	/**
	 * Returns the value of the '<em><b>Catalogue Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Catalogue Id</em>' attribute.
	 * @see #setCatalogueId(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueUsage_CatalogueId()
	 * @model
	 * @generated
	 */
	String getCatalogueId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.CatalogueUsage#getCatalogueId <em>Catalogue Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalogue Id</em>' attribute.
	 * @see #getCatalogueId()
	 * @generated
	 */
	void setCatalogueId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueUsage_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.CatalogueUsage#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // CatalogueUsage
