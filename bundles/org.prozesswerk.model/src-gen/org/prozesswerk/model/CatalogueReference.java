/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalogue Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference to a catalogue entry (e.g. a LeiKa service key), with a snapshot of its label.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.CatalogueReference#getCatalogueId <em>Catalogue Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.CatalogueReference#getKey <em>Key</em>}</li>
 *   <li>{@link org.prozesswerk.model.CatalogueReference#getLabel <em>Label</em>}</li>
 *   <li>{@link org.prozesswerk.model.CatalogueReference#getCatalogueVersion <em>Catalogue Version</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueReference()
 * @model
 * @generated
 */
public interface CatalogueReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Catalogue Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Catalogue Id</em>' attribute.
	 * @see #setCatalogueId(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueReference_CatalogueId()
	 * @model
	 * @generated
	 */
	String getCatalogueId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.CatalogueReference#getCatalogueId <em>Catalogue Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalogue Id</em>' attribute.
	 * @see #getCatalogueId()
	 * @generated
	 */
	void setCatalogueId(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueReference_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.CatalogueReference#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueReference_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.CatalogueReference#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Catalogue Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Catalogue Version</em>' attribute.
	 * @see #setCatalogueVersion(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getCatalogueReference_CatalogueVersion()
	 * @model
	 * @generated
	 */
	String getCatalogueVersion();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.CatalogueReference#getCatalogueVersion <em>Catalogue Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalogue Version</em>' attribute.
	 * @see #getCatalogueVersion()
	 * @generated
	 */
	void setCatalogueVersion(String value);

} // CatalogueReference
