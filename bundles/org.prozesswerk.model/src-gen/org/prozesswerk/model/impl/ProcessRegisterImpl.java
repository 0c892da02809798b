/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import java.util.Collection;
import java.util.Date;

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
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process Register</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getBaseVersion <em>Base Version</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getBaseChecksum <em>Base Checksum</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getRootFolders <em>Root Folders</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getUnfiledProfiles <em>Unfiled Profiles</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getUsedCatalogues <em>Used Catalogues</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getHoursPerFullTimeEquivalent <em>Hours Per Full Time Equivalent</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.ProcessRegisterImpl#getAccessControl <em>Access Control</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessRegisterImpl extends MinimalEObjectImpl.Container implements ProcessRegister {
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
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasedOn() <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected static final String BASED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasedOn() <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected String basedOn = BASED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseVersion() <em>Base Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseVersion() <em>Base Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseVersion()
	 * @generated
	 * @ordered
	 */
	protected String baseVersion = BASE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseChecksum() <em>Base Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseChecksum()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_CHECKSUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseChecksum() <em>Base Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseChecksum()
	 * @generated
	 * @ordered
	 */
	protected String baseChecksum = BASE_CHECKSUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRootFolders() <em>Root Folders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<Folder> rootFolders;

	/**
	 * The cached value of the '{@link #getUnfiledProfiles() <em>Unfiled Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnfiledProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessProfile> unfiledProfiles;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected EList<OrgUnit> organisation;

	/**
	 * The cached value of the '{@link #getAttributeDefinitions() <em>Attribute Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeDefinition> attributeDefinitions;

	/**
	 * The cached value of the '{@link #getUsedCatalogues() <em>Used Catalogues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedCatalogues()
	 * @generated
	 * @ordered
	 */
	protected EList<CatalogueUsage> usedCatalogues;

	/**
	 * The default value of the '{@link #getHoursPerFullTimeEquivalent() <em>Hours Per Full Time Equivalent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerFullTimeEquivalent()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_PER_FULL_TIME_EQUIVALENT_EDEFAULT = 1600.0;

	/**
	 * The cached value of the '{@link #getHoursPerFullTimeEquivalent() <em>Hours Per Full Time Equivalent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerFullTimeEquivalent()
	 * @generated
	 * @ordered
	 */
	protected double hoursPerFullTimeEquivalent = HOURS_PER_FULL_TIME_EQUIVALENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccessControl() <em>Access Control</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessControl()
	 * @generated
	 * @ordered
	 */
	protected AccessControl accessControl;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessRegisterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.PROCESS_REGISTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasedOn() {
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOn(String newBasedOn) {
		String oldBasedOn = basedOn;
		basedOn = newBasedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__BASED_ON, oldBasedOn, basedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseVersion() {
		return baseVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseVersion(String newBaseVersion) {
		String oldBaseVersion = baseVersion;
		baseVersion = newBaseVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__BASE_VERSION, oldBaseVersion, baseVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseChecksum() {
		return baseChecksum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseChecksum(String newBaseChecksum) {
		String oldBaseChecksum = baseChecksum;
		baseChecksum = newBaseChecksum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__BASE_CHECKSUM, oldBaseChecksum, baseChecksum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Folder> getRootFolders() {
		if (rootFolders == null) {
			rootFolders = new EObjectContainmentEList<Folder>(Folder.class, this, ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS);
		}
		return rootFolders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessProfile> getUnfiledProfiles() {
		if (unfiledProfiles == null) {
			unfiledProfiles = new EObjectContainmentEList<ProcessProfile>(ProcessProfile.class, this, ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES);
		}
		return unfiledProfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrgUnit> getOrganisation() {
		if (organisation == null) {
			organisation = new EObjectContainmentEList<OrgUnit>(OrgUnit.class, this, ProzesswerkPackage.PROCESS_REGISTER__ORGANISATION);
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeDefinition> getAttributeDefinitions() {
		if (attributeDefinitions == null) {
			attributeDefinitions = new EObjectContainmentEList<AttributeDefinition>(AttributeDefinition.class, this, ProzesswerkPackage.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS);
		}
		return attributeDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CatalogueUsage> getUsedCatalogues() {
		if (usedCatalogues == null) {
			usedCatalogues = new EObjectContainmentEList<CatalogueUsage>(CatalogueUsage.class, this, ProzesswerkPackage.PROCESS_REGISTER__USED_CATALOGUES);
		}
		return usedCatalogues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursPerFullTimeEquivalent() {
		return hoursPerFullTimeEquivalent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerFullTimeEquivalent(double newHoursPerFullTimeEquivalent) {
		double oldHoursPerFullTimeEquivalent = hoursPerFullTimeEquivalent;
		hoursPerFullTimeEquivalent = newHoursPerFullTimeEquivalent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT, oldHoursPerFullTimeEquivalent, hoursPerFullTimeEquivalent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessControl getAccessControl() {
		return accessControl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAccessControl(AccessControl newAccessControl, NotificationChain msgs) {
		AccessControl oldAccessControl = accessControl;
		accessControl = newAccessControl;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL, oldAccessControl, newAccessControl);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessControl(AccessControl newAccessControl) {
		if (newAccessControl != accessControl) {
			NotificationChain msgs = null;
			if (accessControl != null)
				msgs = ((InternalEObject)accessControl).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL, null, msgs);
			if (newAccessControl != null)
				msgs = ((InternalEObject)newAccessControl).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL, null, msgs);
			msgs = basicSetAccessControl(newAccessControl, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL, newAccessControl, newAccessControl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS:
				return ((InternalEList<?>)getRootFolders()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES:
				return ((InternalEList<?>)getUnfiledProfiles()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_REGISTER__ORGANISATION:
				return ((InternalEList<?>)getOrganisation()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS:
				return ((InternalEList<?>)getAttributeDefinitions()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_REGISTER__USED_CATALOGUES:
				return ((InternalEList<?>)getUsedCatalogues()).basicRemove(otherEnd, msgs);
			case ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL:
				return basicSetAccessControl(null, msgs);
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
			case ProzesswerkPackage.PROCESS_REGISTER__ID:
				return getId();
			case ProzesswerkPackage.PROCESS_REGISTER__NAME:
				return getName();
			case ProzesswerkPackage.PROCESS_REGISTER__VERSION:
				return getVersion();
			case ProzesswerkPackage.PROCESS_REGISTER__PUBLISHER:
				return getPublisher();
			case ProzesswerkPackage.PROCESS_REGISTER__BASED_ON:
				return getBasedOn();
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_VERSION:
				return getBaseVersion();
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_CHECKSUM:
				return getBaseChecksum();
			case ProzesswerkPackage.PROCESS_REGISTER__CREATED:
				return getCreated();
			case ProzesswerkPackage.PROCESS_REGISTER__MODIFIED:
				return getModified();
			case ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS:
				return getRootFolders();
			case ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES:
				return getUnfiledProfiles();
			case ProzesswerkPackage.PROCESS_REGISTER__ORGANISATION:
				return getOrganisation();
			case ProzesswerkPackage.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS:
				return getAttributeDefinitions();
			case ProzesswerkPackage.PROCESS_REGISTER__USED_CATALOGUES:
				return getUsedCatalogues();
			case ProzesswerkPackage.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT:
				return getHoursPerFullTimeEquivalent();
			case ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL:
				return getAccessControl();
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
			case ProzesswerkPackage.PROCESS_REGISTER__ID:
				setId((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__NAME:
				setName((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__VERSION:
				setVersion((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__BASED_ON:
				setBasedOn((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_VERSION:
				setBaseVersion((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_CHECKSUM:
				setBaseChecksum((String)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__CREATED:
				setCreated((Date)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__MODIFIED:
				setModified((Date)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS:
				getRootFolders().clear();
				getRootFolders().addAll((Collection<? extends Folder>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES:
				getUnfiledProfiles().clear();
				getUnfiledProfiles().addAll((Collection<? extends ProcessProfile>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ORGANISATION:
				getOrganisation().clear();
				getOrganisation().addAll((Collection<? extends OrgUnit>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
				getAttributeDefinitions().addAll((Collection<? extends AttributeDefinition>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__USED_CATALOGUES:
				getUsedCatalogues().clear();
				getUsedCatalogues().addAll((Collection<? extends CatalogueUsage>)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT:
				setHoursPerFullTimeEquivalent((Double)newValue);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL:
				setAccessControl((AccessControl)newValue);
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
			case ProzesswerkPackage.PROCESS_REGISTER__ID:
				setId(ID_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__BASED_ON:
				setBasedOn(BASED_ON_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_VERSION:
				setBaseVersion(BASE_VERSION_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_CHECKSUM:
				setBaseChecksum(BASE_CHECKSUM_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS:
				getRootFolders().clear();
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES:
				getUnfiledProfiles().clear();
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ORGANISATION:
				getOrganisation().clear();
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__USED_CATALOGUES:
				getUsedCatalogues().clear();
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT:
				setHoursPerFullTimeEquivalent(HOURS_PER_FULL_TIME_EQUIVALENT_EDEFAULT);
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL:
				setAccessControl((AccessControl)null);
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
			case ProzesswerkPackage.PROCESS_REGISTER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProzesswerkPackage.PROCESS_REGISTER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProzesswerkPackage.PROCESS_REGISTER__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ProzesswerkPackage.PROCESS_REGISTER__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case ProzesswerkPackage.PROCESS_REGISTER__BASED_ON:
				return BASED_ON_EDEFAULT == null ? basedOn != null : !BASED_ON_EDEFAULT.equals(basedOn);
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_VERSION:
				return BASE_VERSION_EDEFAULT == null ? baseVersion != null : !BASE_VERSION_EDEFAULT.equals(baseVersion);
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_CHECKSUM:
				return BASE_CHECKSUM_EDEFAULT == null ? baseChecksum != null : !BASE_CHECKSUM_EDEFAULT.equals(baseChecksum);
			case ProzesswerkPackage.PROCESS_REGISTER__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ProzesswerkPackage.PROCESS_REGISTER__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS:
				return rootFolders != null && !rootFolders.isEmpty();
			case ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES:
				return unfiledProfiles != null && !unfiledProfiles.isEmpty();
			case ProzesswerkPackage.PROCESS_REGISTER__ORGANISATION:
				return organisation != null && !organisation.isEmpty();
			case ProzesswerkPackage.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS:
				return attributeDefinitions != null && !attributeDefinitions.isEmpty();
			case ProzesswerkPackage.PROCESS_REGISTER__USED_CATALOGUES:
				return usedCatalogues != null && !usedCatalogues.isEmpty();
			case ProzesswerkPackage.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT:
				return hoursPerFullTimeEquivalent != HOURS_PER_FULL_TIME_EQUIVALENT_EDEFAULT;
			case ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL:
				return accessControl != null;
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
		result.append(", version: "); //$NON-NLS-1$
		result.append(version);
		result.append(", publisher: "); //$NON-NLS-1$
		result.append(publisher);
		result.append(", basedOn: "); //$NON-NLS-1$
		result.append(basedOn);
		result.append(", baseVersion: "); //$NON-NLS-1$
		result.append(baseVersion);
		result.append(", baseChecksum: "); //$NON-NLS-1$
		result.append(baseChecksum);
		result.append(", created: "); //$NON-NLS-1$
		result.append(created);
		result.append(", modified: "); //$NON-NLS-1$
		result.append(modified);
		result.append(", hoursPerFullTimeEquivalent: "); //$NON-NLS-1$
		result.append(hoursPerFullTimeEquivalent);
		result.append(')');
		return result.toString();
	}

} //ProcessRegisterImpl
