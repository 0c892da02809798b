/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalogue Usage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.CatalogueUsageImpl#getCatalogueId <em>Catalogue Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.CatalogueUsageImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogueUsageImpl extends MinimalEObjectImpl.Container implements CatalogueUsage {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogueUsageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.CATALOGUE_USAGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.CATALOGUE_USAGE__CATALOGUE_ID, oldCatalogueId, catalogueId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.CATALOGUE_USAGE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProzesswerkPackage.CATALOGUE_USAGE__CATALOGUE_ID:
				return getCatalogueId();
			case ProzesswerkPackage.CATALOGUE_USAGE__VERSION:
				return getVersion();
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
			case ProzesswerkPackage.CATALOGUE_USAGE__CATALOGUE_ID:
				setCatalogueId((String)newValue);
				return;
			case ProzesswerkPackage.CATALOGUE_USAGE__VERSION:
				setVersion((String)newValue);
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
			case ProzesswerkPackage.CATALOGUE_USAGE__CATALOGUE_ID:
				setCatalogueId(CATALOGUE_ID_EDEFAULT);
				return;
			case ProzesswerkPackage.CATALOGUE_USAGE__VERSION:
				setVersion(VERSION_EDEFAULT);
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
			case ProzesswerkPackage.CATALOGUE_USAGE__CATALOGUE_ID:
				return CATALOGUE_ID_EDEFAULT == null ? catalogueId != null : !CATALOGUE_ID_EDEFAULT.equals(catalogueId);
			case ProzesswerkPackage.CATALOGUE_USAGE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
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
		result.append(", version: "); //$NON-NLS-1$
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //CatalogueUsageImpl
