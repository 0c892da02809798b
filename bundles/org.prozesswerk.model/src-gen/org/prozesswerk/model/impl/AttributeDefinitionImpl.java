/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attribute Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getLabelDe <em>Label De</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getAllowedValues <em>Allowed Values</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getHelpText <em>Help Text</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getFolders <em>Folders</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.AttributeDefinitionImpl#getProcessTypes <em>Process Types</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttributeDefinitionImpl extends MinimalEObjectImpl.Container implements AttributeDefinition {
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
	 * The default value of the '{@link #getLabelDe() <em>Label De</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelDe()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_DE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelDe() <em>Label De</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelDe()
	 * @generated
	 * @ordered
	 */
	protected String labelDe = LABEL_DE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected String labelEn = LABEL_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final AttributeType TYPE_EDEFAULT = AttributeType.TEXT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected AttributeType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedValues() <em>Allowed Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedValues()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowedValues;

	/**
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHelpText() <em>Help Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpText()
	 * @generated
	 * @ordered
	 */
	protected static final String HELP_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHelpText() <em>Help Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpText()
	 * @generated
	 * @ordered
	 */
	protected String helpText = HELP_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFolders() <em>Folders</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<Folder> folders;

	/**
	 * The cached value of the '{@link #getProcessTypes() <em>Process Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessType> processTypes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttributeDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.ATTRIBUTE_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ATTRIBUTE_DEFINITION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelDe() {
		return labelDe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelDe(String newLabelDe) {
		String oldLabelDe = labelDe;
		labelDe = newLabelDe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_DE, oldLabelDe, labelDe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelEn() {
		return labelEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelEn(String newLabelEn) {
		String oldLabelEn = labelEn;
		labelEn = newLabelEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(AttributeType newType) {
		AttributeType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ATTRIBUTE_DEFINITION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowedValues() {
		if (allowedValues == null) {
			allowedValues = new EDataTypeUniqueEList<String>(String.class, this, ProzesswerkPackage.ATTRIBUTE_DEFINITION__ALLOWED_VALUES);
		}
		return allowedValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ATTRIBUTE_DEFINITION__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHelpText() {
		return helpText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHelpText(String newHelpText) {
		String oldHelpText = helpText;
		helpText = newHelpText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.ATTRIBUTE_DEFINITION__HELP_TEXT, oldHelpText, helpText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Folder> getFolders() {
		if (folders == null) {
			folders = new EObjectResolvingEList<Folder>(Folder.class, this, ProzesswerkPackage.ATTRIBUTE_DEFINITION__FOLDERS);
		}
		return folders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessType> getProcessTypes() {
		if (processTypes == null) {
			processTypes = new EDataTypeUniqueEList<ProcessType>(ProcessType.class, this, ProzesswerkPackage.ATTRIBUTE_DEFINITION__PROCESS_TYPES);
		}
		return processTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean appliesTo(final ProcessProfile profile) {
		if (profile == null || !getProcessTypes().isEmpty() && !getProcessTypes().contains(profile.getProcessType())) {
			return false;
		}
		if (getFolders().isEmpty()) {
			return true;
		}
		for (org.eclipse.emf.ecore.EObject container = profile.eContainer(); container instanceof Folder; container = container.eContainer()) {
			if (getFolders().contains(container)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ID:
				return getId();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_DE:
				return getLabelDe();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_EN:
				return getLabelEn();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__TYPE:
				return getType();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ALLOWED_VALUES:
				return getAllowedValues();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__REQUIRED:
				return isRequired();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__HELP_TEXT:
				return getHelpText();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__FOLDERS:
				return getFolders();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__PROCESS_TYPES:
				return getProcessTypes();
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
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ID:
				setId((String)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_DE:
				setLabelDe((String)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__TYPE:
				setType((AttributeType)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ALLOWED_VALUES:
				getAllowedValues().clear();
				getAllowedValues().addAll((Collection<? extends String>)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__HELP_TEXT:
				setHelpText((String)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__FOLDERS:
				getFolders().clear();
				getFolders().addAll((Collection<? extends Folder>)newValue);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__PROCESS_TYPES:
				getProcessTypes().clear();
				getProcessTypes().addAll((Collection<? extends ProcessType>)newValue);
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
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ID:
				setId(ID_EDEFAULT);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_DE:
				setLabelDe(LABEL_DE_EDEFAULT);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ALLOWED_VALUES:
				getAllowedValues().clear();
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__HELP_TEXT:
				setHelpText(HELP_TEXT_EDEFAULT);
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__FOLDERS:
				getFolders().clear();
				return;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__PROCESS_TYPES:
				getProcessTypes().clear();
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
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_DE:
				return LABEL_DE_EDEFAULT == null ? labelDe != null : !LABEL_DE_EDEFAULT.equals(labelDe);
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__TYPE:
				return type != TYPE_EDEFAULT;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__ALLOWED_VALUES:
				return allowedValues != null && !allowedValues.isEmpty();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__HELP_TEXT:
				return HELP_TEXT_EDEFAULT == null ? helpText != null : !HELP_TEXT_EDEFAULT.equals(helpText);
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__FOLDERS:
				return folders != null && !folders.isEmpty();
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION__PROCESS_TYPES:
				return processTypes != null && !processTypes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION___APPLIES_TO__PROCESSPROFILE:
				return appliesTo((ProcessProfile)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", labelDe: "); //$NON-NLS-1$
		result.append(labelDe);
		result.append(", labelEn: "); //$NON-NLS-1$
		result.append(labelEn);
		result.append(", type: "); //$NON-NLS-1$
		result.append(type);
		result.append(", allowedValues: "); //$NON-NLS-1$
		result.append(allowedValues);
		result.append(", required: "); //$NON-NLS-1$
		result.append(required);
		result.append(", helpText: "); //$NON-NLS-1$
		result.append(helpText);
		result.append(", processTypes: "); //$NON-NLS-1$
		result.append(processTypes);
		result.append(')');
		return result.toString();
	}

} //AttributeDefinitionImpl
