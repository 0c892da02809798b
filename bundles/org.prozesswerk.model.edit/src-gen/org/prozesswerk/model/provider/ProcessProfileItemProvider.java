/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * This is the item provider adapter for a {@link org.prozesswerk.model.ProcessProfile} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProcessProfileItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessProfileItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addKeyPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addShortDescriptionPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addProcessTypePropertyDescriptor(object);
			addTriggerPropertyDescriptor(object);
			addResultPropertyDescriptor(object);
			addResponsibleUnitPropertyDescriptor(object);
			addProcessOwnerPropertyDescriptor(object);
			addCaseVolumePerYearPropertyDescriptor(object);
			addProcessingMinutesPerCasePropertyDescriptor(object);
			addLeadTimeDaysPropertyDescriptor(object);
			addDigitalisationDegreePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addLastEditorPropertyDescriptor(object);
			addValidFromPropertyDescriptor(object);
			addValidToPropertyDescriptor(object);
			addTagsPropertyDescriptor(object);
			addPredecessorsPropertyDescriptor(object);
			addSuccessorsPropertyDescriptor(object);
			addApplicableAttributeDefinitionsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_id_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_id_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_key_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_key_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_name_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Short Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShortDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_shortDescription_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_shortDescription_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__SHORT_DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_description_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_description_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Process Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProcessTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_processType_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_processType_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__PROCESS_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trigger feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTriggerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_trigger_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_trigger_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__TRIGGER,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Result feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResultPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_result_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_result_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__RESULT,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Responsible Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResponsibleUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_responsibleUnit_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_responsibleUnit_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__RESPONSIBLE_UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Process Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProcessOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_processOwner_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_processOwner_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__PROCESS_OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Case Volume Per Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCaseVolumePerYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_caseVolumePerYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_caseVolumePerYear_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Processing Minutes Per Case feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProcessingMinutesPerCasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_processingMinutesPerCase_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_processingMinutesPerCase_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lead Time Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadTimeDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_leadTimeDays_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_leadTimeDays_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__LEAD_TIME_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Digitalisation Degree feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDigitalisationDegreePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_digitalisationDegree_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_digitalisationDegree_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__DIGITALISATION_DEGREE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_status_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_status_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Editor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastEditorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_lastEditor_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_lastEditor_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__LAST_EDITOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_validFrom_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_validFrom_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__VALID_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_validTo_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_validTo_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__VALID_TO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tags feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTagsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_tags_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_tags_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__TAGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Predecessors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPredecessorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_predecessors_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_predecessors_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__PREDECESSORS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Successors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSuccessorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_successors_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_successors_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__SUCCESSORS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Applicable Attribute Definitions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApplicableAttributeDefinitionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessProfile_applicableAttributeDefinitions_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessProfile_applicableAttributeDefinitions_feature", "_UI_ProcessProfile_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_PROFILE__APPLICABLE_ATTRIBUTE_DEFINITIONS,
				 false,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_PROFILE__PARTICIPATIONS);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS_HISTORY);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_PROFILE__CATALOGUE_REFERENCES);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_PROFILE__LEGAL_BASES);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_PROFILE__CONTEXTS);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_PROFILE__MODEL_REFERENCES);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_PROFILE__ATTRIBUTE_VALUES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ProcessProfile.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ProcessProfile")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ProcessProfile)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ProcessProfile_type") : //$NON-NLS-1$
			getString("_UI_ProcessProfile_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ProcessProfile.class)) {
			case ProzesswerkPackage.PROCESS_PROFILE__ID:
			case ProzesswerkPackage.PROCESS_PROFILE__KEY:
			case ProzesswerkPackage.PROCESS_PROFILE__NAME:
			case ProzesswerkPackage.PROCESS_PROFILE__SHORT_DESCRIPTION:
			case ProzesswerkPackage.PROCESS_PROFILE__DESCRIPTION:
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_TYPE:
			case ProzesswerkPackage.PROCESS_PROFILE__TRIGGER:
			case ProzesswerkPackage.PROCESS_PROFILE__RESULT:
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESS_OWNER:
			case ProzesswerkPackage.PROCESS_PROFILE__CASE_VOLUME_PER_YEAR:
			case ProzesswerkPackage.PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE:
			case ProzesswerkPackage.PROCESS_PROFILE__LEAD_TIME_DAYS:
			case ProzesswerkPackage.PROCESS_PROFILE__DIGITALISATION_DEGREE:
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS:
			case ProzesswerkPackage.PROCESS_PROFILE__LAST_EDITOR:
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_FROM:
			case ProzesswerkPackage.PROCESS_PROFILE__VALID_TO:
			case ProzesswerkPackage.PROCESS_PROFILE__TAGS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProzesswerkPackage.PROCESS_PROFILE__PARTICIPATIONS:
			case ProzesswerkPackage.PROCESS_PROFILE__STATUS_HISTORY:
			case ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES:
			case ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES:
			case ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS:
			case ProzesswerkPackage.PROCESS_PROFILE__MODEL_REFERENCES:
			case ProzesswerkPackage.PROCESS_PROFILE__ATTRIBUTE_VALUES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_PROFILE__PARTICIPATIONS,
				 ProzesswerkFactory.eINSTANCE.createParticipation()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS_HISTORY,
				 ProzesswerkFactory.eINSTANCE.createStatusChange()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_PROFILE__CATALOGUE_REFERENCES,
				 ProzesswerkFactory.eINSTANCE.createCatalogueReference()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_PROFILE__LEGAL_BASES,
				 ProzesswerkFactory.eINSTANCE.createLegalBasis()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_PROFILE__CONTEXTS,
				 ProzesswerkFactory.eINSTANCE.createProcessContext()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_PROFILE__MODEL_REFERENCES,
				 ProzesswerkFactory.eINSTANCE.createProcessModelReference()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_PROFILE__ATTRIBUTE_VALUES,
				 ProzesswerkFactory.eINSTANCE.createAttributeValue()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ProzesswerkEditPlugin.INSTANCE;
	}

}
