/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalogue Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.CatalogueReferenceImpl#getCatalogueId <em>Catalogue Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.CatalogueReferenceImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.CatalogueReferenceImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.CatalogueReferenceImpl#getCatalogueVersion <em>Catalogue Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogueReferenceImpl extends MinimalEObjectImpl.Container implements CatalogueReference {
	/**
	 * The default value of the '{@link #getCatalogueId() <em>Catalogue Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogueId()
	 * @generated
	 * @ordered
	 */
	protected static final String CATALOGUE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCatalogueId() <em>Catalogue Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogueId()
	 * @generated
	 * @ordered
	 */
	protected String catalogueId = CATALOGUE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCatalogueVersion() <em>Catalogue Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogueVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CATALOGUE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCatalogueVersion() <em>Catalogue Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogueVersion()
	 * @generated
	 * @ordered
	 */
	protected String catalogueVersion = CATALOGUE_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogueReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.CATALOGUE_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCatalogueId() {
		return catalogueId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogueId(String newCatalogueId) {
		String oldCatalogueId = catalogueId;
		catalogueId = newCatalogueId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_ID, oldCatalogueId, catalogueId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.CATALOGUE_REFERENCE__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.CATALOGUE_REFERENCE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCatalogueVersion() {
		return catalogueVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogueVersion(String newCatalogueVersion) {
		String oldCatalogueVersion = catalogueVersion;
		catalogueVersion = newCatalogueVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_VERSION, oldCatalogueVersion, catalogueVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_ID:
				return getCatalogueId();
			case ProzesswerkPackage.CATALOGUE_REFERENCE__KEY:
				return getKey();
			case ProzesswerkPackage.CATALOGUE_REFERENCE__LABEL:
				return getLabel();
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_VERSION:
				return getCatalogueVersion();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_ID:
				setCatalogueId((String)newValue);
				return;
			case ProzesswerkPackage.CATALOGUE_REFERENCE__KEY:
				setKey((String)newValue);
				return;
			case ProzesswerkPackage.CATALOGUE_REFERENCE__LABEL:
				setLabel((String)newValue);
				return;
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_VERSION:
				setCatalogueVersion((String)newValue);
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
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_ID:
				setCatalogueId(CATALOGUE_ID_EDEFAULT);
				return;
			case ProzesswerkPackage.CATALOGUE_REFERENCE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case ProzesswerkPackage.CATALOGUE_REFERENCE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_VERSION:
				setCatalogueVersion(CATALOGUE_VERSION_EDEFAULT);
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
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_ID:
				return CATALOGUE_ID_EDEFAULT == null ? catalogueId != null : !CATALOGUE_ID_EDEFAULT.equals(catalogueId);
			case ProzesswerkPackage.CATALOGUE_REFERENCE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case ProzesswerkPackage.CATALOGUE_REFERENCE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ProzesswerkPackage.CATALOGUE_REFERENCE__CATALOGUE_VERSION:
				return CATALOGUE_VERSION_EDEFAULT == null ? catalogueVersion != null : !CATALOGUE_VERSION_EDEFAULT.equals(catalogueVersion);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (catalogueId: "); //$NON-NLS-1$
		result.append(catalogueId);
		result.append(", key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", label: "); //$NON-NLS-1$
		result.append(label);
		result.append(", catalogueVersion: "); //$NON-NLS-1$
		result.append(catalogueVersion);
		result.append(')');
		return result.toString();
	}

} //CatalogueReferenceImpl
