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

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.SizeClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Org Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#getShortCode <em>Short Code</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#getSizeClasses <em>Size Classes</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.OrgUnitImpl#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrgUnitImpl extends MinimalEObjectImpl.Container implements OrgUnit {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortCode() <em>Short Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortCode() <em>Short Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortCode()
	 * @generated
	 * @ordered
	 */
	protected String shortCode = SHORT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrgUnitKind KIND_EDEFAULT = OrgUnitKind.DEPARTMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrgUnitKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSizeClasses() <em>Size Classes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<SizeClass> sizeClasses;

	/**
	 * The default value of the '{@link #isOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOptional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OPTIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOptional()
	 * @generated
	 * @ordered
	 */
	protected boolean optional = OPTIONAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> roles;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<OrgUnit> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrgUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.ORG_UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ORG_UNIT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ORG_UNIT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortCode() {
		return shortCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortCode(String newShortCode) {
		String oldShortCode = shortCode;
		shortCode = newShortCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ORG_UNIT__SHORT_CODE, oldShortCode, shortCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrgUnitKind newKind) {
		OrgUnitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ORG_UNIT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SizeClass> getSizeClasses() {
		if (sizeClasses == null) {
			sizeClasses = new EDataTypeUniqueEList<SizeClass>(SizeClass.class, this, ProzesswerkPackage.ORG_UNIT__SIZE_CLASSES);
		}
		return sizeClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOptional() {
		return optional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptional(boolean newOptional) {
		boolean oldOptional = optional;
		optional = newOptional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ORG_UNIT__OPTIONAL, oldOptional, optional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRoles() {
		if (roles == null) {
			roles = new EDataTypeEList<String>(String.class, this, ProzesswerkPackage.ORG_UNIT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrgUnit> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<OrgUnit>(OrgUnit.class, this, ProzesswerkPackage.ORG_UNIT__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProzesswerkPackage.ORG_UNIT__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
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
			case ProzesswerkPackage.ORG_UNIT__ID:
				return getId();
			case ProzesswerkPackage.ORG_UNIT__NAME:
				return getName();
			case ProzesswerkPackage.ORG_UNIT__SHORT_CODE:
				return getShortCode();
			case ProzesswerkPackage.ORG_UNIT__KIND:
				return getKind();
			case ProzesswerkPackage.ORG_UNIT__SIZE_CLASSES:
				return getSizeClasses();
			case ProzesswerkPackage.ORG_UNIT__OPTIONAL:
				return isOptional();
			case ProzesswerkPackage.ORG_UNIT__ROLES:
				return getRoles();
			case ProzesswerkPackage.ORG_UNIT__CHILDREN:
				return getChildren();
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
			case ProzesswerkPackage.ORG_UNIT__ID:
				setId((String)newValue);
				return;
			case ProzesswerkPackage.ORG_UNIT__NAME:
				setName((String)newValue);
				return;
			case ProzesswerkPackage.ORG_UNIT__SHORT_CODE:
				setShortCode((String)newValue);
				return;
			case ProzesswerkPackage.ORG_UNIT__KIND:
				setKind((OrgUnitKind)newValue);
				return;
			case ProzesswerkPackage.ORG_UNIT__SIZE_CLASSES:
				getSizeClasses().clear();
				getSizeClasses().addAll((Collection<? extends SizeClass>)newValue);
				return;
			case ProzesswerkPackage.ORG_UNIT__OPTIONAL:
				setOptional((Boolean)newValue);
				return;
			case ProzesswerkPackage.ORG_UNIT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends String>)newValue);
				return;
			case ProzesswerkPackage.ORG_UNIT__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends OrgUnit>)newValue);
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
			case ProzesswerkPackage.ORG_UNIT__ID:
				setId(ID_EDEFAULT);
				return;
			case ProzesswerkPackage.ORG_UNIT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProzesswerkPackage.ORG_UNIT__SHORT_CODE:
				setShortCode(SHORT_CODE_EDEFAULT);
				return;
			case ProzesswerkPackage.ORG_UNIT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProzesswerkPackage.ORG_UNIT__SIZE_CLASSES:
				getSizeClasses().clear();
				return;
			case ProzesswerkPackage.ORG_UNIT__OPTIONAL:
				setOptional(OPTIONAL_EDEFAULT);
				return;
			case ProzesswerkPackage.ORG_UNIT__ROLES:
				getRoles().clear();
				return;
			case ProzesswerkPackage.ORG_UNIT__CHILDREN:
				getChildren().clear();
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
			case ProzesswerkPackage.ORG_UNIT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProzesswerkPackage.ORG_UNIT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProzesswerkPackage.ORG_UNIT__SHORT_CODE:
				return SHORT_CODE_EDEFAULT == null ? shortCode != null : !SHORT_CODE_EDEFAULT.equals(shortCode);
			case ProzesswerkPackage.ORG_UNIT__KIND:
				return kind != KIND_EDEFAULT;
			case ProzesswerkPackage.ORG_UNIT__SIZE_CLASSES:
				return sizeClasses != null && !sizeClasses.isEmpty();
			case ProzesswerkPackage.ORG_UNIT__OPTIONAL:
				return optional != OPTIONAL_EDEFAULT;
			case ProzesswerkPackage.ORG_UNIT__ROLES:
				return roles != null && !roles.isEmpty();
			case ProzesswerkPackage.ORG_UNIT__CHILDREN:
				return children != null && !children.isEmpty();
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
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", shortCode: "); //$NON-NLS-1$
		result.append(shortCode);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", sizeClasses: "); //$NON-NLS-1$
		result.append(sizeClasses);
		result.append(", optional: "); //$NON-NLS-1$
		result.append(optional);
		result.append(", roles: "); //$NON-NLS-1$
		result.append(roles);
		result.append(')');
		return result.toString();
	}

} //OrgUnitImpl
