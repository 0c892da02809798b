/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.Principal;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Folder Right</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.FolderRightImpl#getPrincipal <em>Principal</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.FolderRightImpl#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.FolderRightImpl#getRight <em>Right</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FolderRightImpl extends MinimalEObjectImpl.Container implements FolderRight {
	/**
	 * The cached value of the '{@link #getPrincipal() <em>Principal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipal()
	 * @generated
	 * @ordered
	 */
	protected Principal principal;

	/**
	 * The cached value of the '{@link #getFolder() <em>Folder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected Folder folder;

	/**
	 * The default value of the '{@link #getRight() <em>Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRight()
	 * @generated
	 * @ordered
	 */
	protected static final AccessRight RIGHT_EDEFAULT = AccessRight.NONE;

	/**
	 * The cached value of the '{@link #getRight() <em>Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRight()
	 * @generated
	 * @ordered
	 */
	protected AccessRight right = RIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FolderRightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.FOLDER_RIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Principal getPrincipal() {
		if (principal != null && principal.eIsProxy()) {
			InternalEObject oldPrincipal = (InternalEObject)principal;
			principal = (Principal)eResolveProxy(oldPrincipal);
			if (principal != oldPrincipal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProzesswerkPackage.FOLDER_RIGHT__PRINCIPAL, oldPrincipal, principal));
			}
		}
		return principal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Principal basicGetPrincipal() {
		return principal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipal(Principal newPrincipal) {
		Principal oldPrincipal = principal;
		principal = newPrincipal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.FOLDER_RIGHT__PRINCIPAL, oldPrincipal, principal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Folder getFolder() {
		if (folder != null && folder.eIsProxy()) {
			InternalEObject oldFolder = (InternalEObject)folder;
			folder = (Folder)eResolveProxy(oldFolder);
			if (folder != oldFolder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProzesswerkPackage.FOLDER_RIGHT__FOLDER, oldFolder, folder));
			}
		}
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Folder basicGetFolder() {
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolder(Folder newFolder) {
		Folder oldFolder = folder;
		folder = newFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.FOLDER_RIGHT__FOLDER, oldFolder, folder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessRight getRight() {
		return right;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRight(AccessRight newRight) {
		AccessRight oldRight = right;
		right = newRight == null ? RIGHT_EDEFAULT : newRight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.FOLDER_RIGHT__RIGHT, oldRight, right));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProzesswerkPackage.FOLDER_RIGHT__PRINCIPAL:
				if (resolve) return getPrincipal();
				return basicGetPrincipal();
			case ProzesswerkPackage.FOLDER_RIGHT__FOLDER:
				if (resolve) return getFolder();
				return basicGetFolder();
			case ProzesswerkPackage.FOLDER_RIGHT__RIGHT:
				return getRight();
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
			case ProzesswerkPackage.FOLDER_RIGHT__PRINCIPAL:
				setPrincipal((Principal)newValue);
				return;
			case ProzesswerkPackage.FOLDER_RIGHT__FOLDER:
				setFolder((Folder)newValue);
				return;
			case ProzesswerkPackage.FOLDER_RIGHT__RIGHT:
				setRight((AccessRight)newValue);
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
			case ProzesswerkPackage.FOLDER_RIGHT__PRINCIPAL:
				setPrincipal((Principal)null);
				return;
			case ProzesswerkPackage.FOLDER_RIGHT__FOLDER:
				setFolder((Folder)null);
				return;
			case ProzesswerkPackage.FOLDER_RIGHT__RIGHT:
				setRight(RIGHT_EDEFAULT);
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
			case ProzesswerkPackage.FOLDER_RIGHT__PRINCIPAL:
				return principal != null;
			case ProzesswerkPackage.FOLDER_RIGHT__FOLDER:
				return folder != null;
			case ProzesswerkPackage.FOLDER_RIGHT__RIGHT:
				return right != RIGHT_EDEFAULT;
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
		result.append(" (right: "); //$NON-NLS-1$
		result.append(right);
		result.append(')');
		return result.toString();
	}

} //FolderRightImpl
