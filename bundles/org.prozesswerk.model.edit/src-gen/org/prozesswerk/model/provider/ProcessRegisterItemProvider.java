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

import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * This is the item provider adapter for a {@link org.prozesswerk.model.ProcessRegister} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProcessRegisterItemProvider 
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
	public ProcessRegisterItemProvider(AdapterFactory adapterFactory) {
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
			addNamePropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addPublisherPropertyDescriptor(object);
			addBasedOnPropertyDescriptor(object);
			addBaseVersionPropertyDescriptor(object);
			addBaseChecksumPropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addModifiedPropertyDescriptor(object);
			addHoursPerFullTimeEquivalentPropertyDescriptor(object);
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
				 getString("_UI_ProcessRegister_id_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_id_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__ID,
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
				 getString("_UI_ProcessRegister_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_name_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_version_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_version_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Publisher feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublisherPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_publisher_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_publisher_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__PUBLISHER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Based On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBasedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_basedOn_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_basedOn_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__BASED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_baseVersion_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_baseVersion_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__BASE_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Checksum feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseChecksumPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_baseChecksum_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_baseChecksum_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__BASE_CHECKSUM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_created_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_created_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__CREATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModifiedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_modified_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_modified_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__MODIFIED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hours Per Full Time Equivalent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoursPerFullTimeEquivalentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessRegister_hoursPerFullTimeEquivalent_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessRegister_hoursPerFullTimeEquivalent_feature", "_UI_ProcessRegister_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ProzesswerkPackage.Literals.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
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
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_REGISTER__ROOT_FOLDERS);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_REGISTER__UNFILED_PROFILES);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_REGISTER__ORGANISATION);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_REGISTER__USED_CATALOGUES);
			childrenFeatures.add(ProzesswerkPackage.Literals.PROCESS_REGISTER__ACCESS_CONTROL);
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
	 * This returns ProcessRegister.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ProcessRegister")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ProcessRegister)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ProcessRegister_type") : //$NON-NLS-1$
			getString("_UI_ProcessRegister_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(ProcessRegister.class)) {
			case ProzesswerkPackage.PROCESS_REGISTER__ID:
			case ProzesswerkPackage.PROCESS_REGISTER__NAME:
			case ProzesswerkPackage.PROCESS_REGISTER__VERSION:
			case ProzesswerkPackage.PROCESS_REGISTER__PUBLISHER:
			case ProzesswerkPackage.PROCESS_REGISTER__BASED_ON:
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_VERSION:
			case ProzesswerkPackage.PROCESS_REGISTER__BASE_CHECKSUM:
			case ProzesswerkPackage.PROCESS_REGISTER__CREATED:
			case ProzesswerkPackage.PROCESS_REGISTER__MODIFIED:
			case ProzesswerkPackage.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS:
			case ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES:
			case ProzesswerkPackage.PROCESS_REGISTER__ORGANISATION:
			case ProzesswerkPackage.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS:
			case ProzesswerkPackage.PROCESS_REGISTER__USED_CATALOGUES:
			case ProzesswerkPackage.PROCESS_REGISTER__ACCESS_CONTROL:
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
				(ProzesswerkPackage.Literals.PROCESS_REGISTER__ROOT_FOLDERS,
				 ProzesswerkFactory.eINSTANCE.createFolder()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_REGISTER__UNFILED_PROFILES,
				 ProzesswerkFactory.eINSTANCE.createProcessProfile()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_REGISTER__ORGANISATION,
				 ProzesswerkFactory.eINSTANCE.createOrgUnit()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS,
				 ProzesswerkFactory.eINSTANCE.createAttributeDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_REGISTER__USED_CATALOGUES,
				 ProzesswerkFactory.eINSTANCE.createCatalogueUsage()));

		newChildDescriptors.add
			(createChildParameter
				(ProzesswerkPackage.Literals.PROCESS_REGISTER__ACCESS_CONTROL,
				 ProzesswerkFactory.eINSTANCE.createAccessControl()));
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
