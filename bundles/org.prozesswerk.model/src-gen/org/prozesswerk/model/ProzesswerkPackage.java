/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Prozesswerk process register (Prozessregister) of a public administration: folders of process profiles (Prozesssteckbriefe), the organisation, custom attribute definitions and the catalogues in use.
 * <!-- end-model-doc -->
 * @see org.prozesswerk.model.ProzesswerkFactory
 * @model kind="package"
 * @generated
 */
public interface ProzesswerkPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://prozesswerk.org/register/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "pw"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProzesswerkPackage eINSTANCE = org.prozesswerk.model.impl.ProzesswerkPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.ProcessRegisterImpl <em>Process Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.ProcessRegisterImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessRegister()
	 * @generated
	 */
	int PROCESS_REGISTER = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__PUBLISHER = 3;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__BASED_ON = 4;

	/**
	 * The feature id for the '<em><b>Base Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__BASE_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Base Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__BASE_CHECKSUM = 6;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__CREATED = 7;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__MODIFIED = 8;

	/**
	 * The feature id for the '<em><b>Root Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__ROOT_FOLDERS = 9;

	/**
	 * The feature id for the '<em><b>Unfiled Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__UNFILED_PROFILES = 10;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__ORGANISATION = 11;

	/**
	 * The feature id for the '<em><b>Attribute Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS = 12;

	/**
	 * The feature id for the '<em><b>Used Catalogues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__USED_CATALOGUES = 13;

	/**
	 * The feature id for the '<em><b>Hours Per Full Time Equivalent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT = 14;

	/**
	 * The feature id for the '<em><b>Access Control</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER__ACCESS_CONTROL = 15;

	/**
	 * The number of structural features of the '<em>Process Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Process Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_REGISTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.CatalogueUsageImpl <em>Catalogue Usage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.CatalogueUsageImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getCatalogueUsage()
	 * @generated
	 */
	int CATALOGUE_USAGE = 1;

	/**
	 * The feature id for the '<em><b>Catalogue Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_USAGE__CATALOGUE_ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_USAGE__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Catalogue Usage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_USAGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Catalogue Usage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_USAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.FolderImpl <em>Folder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.FolderImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getFolder()
	 * @generated
	 */
	int FOLDER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__FOLDERS = 3;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__PROFILES = 4;

	/**
	 * The number of structural features of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.ProcessProfileImpl <em>Process Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.ProcessProfileImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessProfile()
	 * @generated
	 */
	int PROCESS_PROFILE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__ID = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__KEY = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Short Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__SHORT_DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Process Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__PROCESS_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__TRIGGER = 6;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__RESULT = 7;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__RESPONSIBLE_UNIT = 8;

	/**
	 * The feature id for the '<em><b>Participations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__PARTICIPATIONS = 9;

	/**
	 * The feature id for the '<em><b>Process Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__PROCESS_OWNER = 10;

	/**
	 * The feature id for the '<em><b>Case Volume Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__CASE_VOLUME_PER_YEAR = 11;

	/**
	 * The feature id for the '<em><b>Processing Minutes Per Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE = 12;

	/**
	 * The feature id for the '<em><b>Lead Time Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__LEAD_TIME_DAYS = 13;

	/**
	 * The feature id for the '<em><b>Digitalisation Degree</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__DIGITALISATION_DEGREE = 14;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__STATUS = 15;

	/**
	 * The feature id for the '<em><b>Status History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__STATUS_HISTORY = 16;

	/**
	 * The feature id for the '<em><b>Last Editor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__LAST_EDITOR = 17;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__VALID_FROM = 18;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__VALID_TO = 19;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__TAGS = 20;

	/**
	 * The feature id for the '<em><b>Catalogue References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__CATALOGUE_REFERENCES = 21;

	/**
	 * The feature id for the '<em><b>Legal Bases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__LEGAL_BASES = 22;

	/**
	 * The feature id for the '<em><b>Contexts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__CONTEXTS = 23;

	/**
	 * The feature id for the '<em><b>Model References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__MODEL_REFERENCES = 24;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__PREDECESSORS = 25;

	/**
	 * The feature id for the '<em><b>Successors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__SUCCESSORS = 26;

	/**
	 * The feature id for the '<em><b>Attribute Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__ATTRIBUTE_VALUES = 27;

	/**
	 * The feature id for the '<em><b>Applicable Attribute Definitions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE__APPLICABLE_ATTRIBUTE_DEFINITIONS = 28;

	/**
	 * The number of structural features of the '<em>Process Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE_FEATURE_COUNT = 29;

	/**
	 * The number of operations of the '<em>Process Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.ParticipationImpl <em>Participation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.ParticipationImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getParticipation()
	 * @generated
	 */
	int PARTICIPATION = 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION__UNIT = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION__ROLE = 1;

	/**
	 * The number of structural features of the '<em>Participation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Participation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.StatusChangeImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 5;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__TO = 1;

	/**
	 * The feature id for the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__WHO = 2;

	/**
	 * The feature id for the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__WHEN = 3;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__COMMENT = 4;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.OrgUnitImpl <em>Org Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.OrgUnitImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getOrgUnit()
	 * @generated
	 */
	int ORG_UNIT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Short Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__SHORT_CODE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Size Classes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__SIZE_CLASSES = 4;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__OPTIONAL = 5;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__ROLES = 6;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CHILDREN = 7;

	/**
	 * The number of structural features of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.CatalogueReferenceImpl <em>Catalogue Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.CatalogueReferenceImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getCatalogueReference()
	 * @generated
	 */
	int CATALOGUE_REFERENCE = 7;

	/**
	 * The feature id for the '<em><b>Catalogue Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_REFERENCE__CATALOGUE_ID = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_REFERENCE__KEY = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_REFERENCE__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Catalogue Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_REFERENCE__CATALOGUE_VERSION = 3;

	/**
	 * The number of structural features of the '<em>Catalogue Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_REFERENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Catalogue Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.LegalBasisImpl <em>Legal Basis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.LegalBasisImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getLegalBasis()
	 * @generated
	 */
	int LEGAL_BASIS = 8;

	/**
	 * The feature id for the '<em><b>Abbreviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__ABBREVIATION = 0;

	/**
	 * The feature id for the '<em><b>Paragraph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__PARAGRAPH = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__URL = 3;

	/**
	 * The feature id for the '<em><b>Source Catalogue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__SOURCE_CATALOGUE = 4;

	/**
	 * The number of structural features of the '<em>Legal Basis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Legal Basis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.ProcessContextImpl <em>Process Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.ProcessContextImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessContext()
	 * @generated
	 */
	int PROCESS_CONTEXT = 9;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CONTEXT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CONTEXT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CONTEXT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CONTEXT__URL = 3;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CONTEXT__PROVIDER = 4;

	/**
	 * The number of structural features of the '<em>Process Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CONTEXT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Process Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CONTEXT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.ProcessModelReferenceImpl <em>Process Model Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.ProcessModelReferenceImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessModelReference()
	 * @generated
	 */
	int PROCESS_MODEL_REFERENCE = 10;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_REFERENCE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Detail Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_REFERENCE__DETAIL_LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_REFERENCE__TITLE = 2;

	/**
	 * The number of structural features of the '<em>Process Model Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_REFERENCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Process Model Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.AttributeDefinitionImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAttributeDefinition()
	 * @generated
	 */
	int ATTRIBUTE_DEFINITION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label De</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__LABEL_DE = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__LABEL_EN = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Allowed Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__ALLOWED_VALUES = 4;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__REQUIRED = 5;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__HELP_TEXT = 6;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__FOLDERS = 7;

	/**
	 * The feature id for the '<em><b>Process Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__PROCESS_TYPES = 8;

	/**
	 * The number of structural features of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_FEATURE_COUNT = 9;

	/**
	 * The operation id for the '<em>Applies To</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION___APPLIES_TO__PROCESSPROFILE = 0;

	/**
	 * The number of operations of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.AttributeValueImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAttributeValue()
	 * @generated
	 */
	int ATTRIBUTE_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__DEFINITION = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.AccessControlImpl <em>Access Control</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.AccessControlImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAccessControl()
	 * @generated
	 */
	int ACCESS_CONTROL = 13;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CONTROL__PERSONS = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CONTROL__GROUPS = 1;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CONTROL__ROLE_ASSIGNMENTS = 2;

	/**
	 * The feature id for the '<em><b>Folder Rights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CONTROL__FOLDER_RIGHTS = 3;

	/**
	 * The feature id for the '<em><b>Editorial Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CONTROL__EDITORIAL_TEAM = 4;

	/**
	 * The number of structural features of the '<em>Access Control</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CONTROL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Access Control</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CONTROL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.PrincipalImpl <em>Principal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.PrincipalImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getPrincipal()
	 * @generated
	 */
	int PRINCIPAL = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL__NAME = 1;

	/**
	 * The number of structural features of the '<em>Principal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Principal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.PersonImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = PRINCIPAL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = PRINCIPAL__NAME;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__BODY = PRINCIPAL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ACCOUNT = PRINCIPAL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = PRINCIPAL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = PRINCIPAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.PersonGroupImpl <em>Person Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.PersonGroupImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getPersonGroup()
	 * @generated
	 */
	int PERSON_GROUP = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_GROUP__ID = PRINCIPAL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_GROUP__NAME = PRINCIPAL__NAME;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_GROUP__MEMBERS = PRINCIPAL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Person Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_GROUP_FEATURE_COUNT = PRINCIPAL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Person Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_GROUP_OPERATION_COUNT = PRINCIPAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.RoleAssignmentImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 17;

	/**
	 * The feature id for the '<em><b>Principal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__PRINCIPAL = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__FOLDER = 2;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.impl.FolderRightImpl <em>Folder Right</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.FolderRightImpl
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getFolderRight()
	 * @generated
	 */
	int FOLDER_RIGHT = 18;

	/**
	 * The feature id for the '<em><b>Principal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_RIGHT__PRINCIPAL = 0;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_RIGHT__FOLDER = 1;

	/**
	 * The feature id for the '<em><b>Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_RIGHT__RIGHT = 2;

	/**
	 * The number of structural features of the '<em>Folder Right</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_RIGHT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Folder Right</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_RIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.Role
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 19;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.AccessRight <em>Access Right</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.AccessRight
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAccessRight()
	 * @generated
	 */
	int ACCESS_RIGHT = 20;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.ProcessType <em>Process Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.ProcessType
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessType()
	 * @generated
	 */
	int PROCESS_TYPE = 21;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.FimStatus <em>Fim Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.FimStatus
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getFimStatus()
	 * @generated
	 */
	int FIM_STATUS = 22;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.OrgUnitKind <em>Org Unit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.OrgUnitKind
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getOrgUnitKind()
	 * @generated
	 */
	int ORG_UNIT_KIND = 23;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.SizeClass <em>Size Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.SizeClass
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getSizeClass()
	 * @generated
	 */
	int SIZE_CLASS = 24;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.ContextKind <em>Context Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.ContextKind
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getContextKind()
	 * @generated
	 */
	int CONTEXT_KIND = 25;

	/**
	 * The meta object id for the '{@link org.prozesswerk.model.AttributeType <em>Attribute Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.AttributeType
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAttributeType()
	 * @generated
	 */
	int ATTRIBUTE_TYPE = 26;

	/**
	 * The meta object id for the '<em>Digitalisation Degree</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getDigitalisationDegree()
	 * @generated
	 */
	int DIGITALISATION_DEGREE = 27;

	/**
	 * The meta object id for the '<em>Detail Level</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getDetailLevel()
	 * @generated
	 */
	int DETAIL_LEVEL = 28;


	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.ProcessRegister <em>Process Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Register</em>'.
	 * @see org.prozesswerk.model.ProcessRegister
	 * @generated
	 */
	EClass getProcessRegister();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getId()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getName()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getVersion()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getPublisher()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getBasedOn <em>Based On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Based On</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getBasedOn()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_BasedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getBaseVersion <em>Base Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Version</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getBaseVersion()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_BaseVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getBaseChecksum <em>Base Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Checksum</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getBaseChecksum()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_BaseChecksum();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getCreated()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getModified()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_Modified();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessRegister#getRootFolders <em>Root Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Root Folders</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getRootFolders()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EReference getProcessRegister_RootFolders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessRegister#getUnfiledProfiles <em>Unfiled Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unfiled Profiles</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getUnfiledProfiles()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EReference getProcessRegister_UnfiledProfiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessRegister#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisation</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getOrganisation()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EReference getProcessRegister_Organisation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessRegister#getAttributeDefinitions <em>Attribute Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attribute Definitions</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getAttributeDefinitions()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EReference getProcessRegister_AttributeDefinitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessRegister#getUsedCatalogues <em>Used Catalogues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Used Catalogues</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getUsedCatalogues()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EReference getProcessRegister_UsedCatalogues();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessRegister#getHoursPerFullTimeEquivalent <em>Hours Per Full Time Equivalent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Full Time Equivalent</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getHoursPerFullTimeEquivalent()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EAttribute getProcessRegister_HoursPerFullTimeEquivalent();

	/**
	 * Returns the meta object for the containment reference '{@link org.prozesswerk.model.ProcessRegister#getAccessControl <em>Access Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Access Control</em>'.
	 * @see org.prozesswerk.model.ProcessRegister#getAccessControl()
	 * @see #getProcessRegister()
	 * @generated
	 */
	EReference getProcessRegister_AccessControl();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.CatalogueUsage <em>Catalogue Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalogue Usage</em>'.
	 * @see org.prozesswerk.model.CatalogueUsage
	 * @generated
	 */
	EClass getCatalogueUsage();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.CatalogueUsage#getCatalogueId <em>Catalogue Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalogue Id</em>'.
	 * @see org.prozesswerk.model.CatalogueUsage#getCatalogueId()
	 * @see #getCatalogueUsage()
	 * @generated
	 */
	EAttribute getCatalogueUsage_CatalogueId();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.CatalogueUsage#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.prozesswerk.model.CatalogueUsage#getVersion()
	 * @see #getCatalogueUsage()
	 * @generated
	 */
	EAttribute getCatalogueUsage_Version();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.Folder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Folder</em>'.
	 * @see org.prozesswerk.model.Folder
	 * @generated
	 */
	EClass getFolder();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Folder#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.prozesswerk.model.Folder#getId()
	 * @see #getFolder()
	 * @generated
	 */
	EAttribute getFolder_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Folder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.prozesswerk.model.Folder#getName()
	 * @see #getFolder()
	 * @generated
	 */
	EAttribute getFolder_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Folder#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.prozesswerk.model.Folder#getDescription()
	 * @see #getFolder()
	 * @generated
	 */
	EAttribute getFolder_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.Folder#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folders</em>'.
	 * @see org.prozesswerk.model.Folder#getFolders()
	 * @see #getFolder()
	 * @generated
	 */
	EReference getFolder_Folders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.Folder#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see org.prozesswerk.model.Folder#getProfiles()
	 * @see #getFolder()
	 * @generated
	 */
	EReference getFolder_Profiles();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.ProcessProfile <em>Process Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Profile</em>'.
	 * @see org.prozesswerk.model.ProcessProfile
	 * @generated
	 */
	EClass getProcessProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getId()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getKey()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getName()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getShortDescription <em>Short Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Description</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getShortDescription()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_ShortDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getDescription()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getProcessType <em>Process Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process Type</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getProcessType()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_ProcessType();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getTrigger()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getResult()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Result();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.ProcessProfile#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Unit</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getResponsibleUnit()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_ResponsibleUnit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessProfile#getParticipations <em>Participations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participations</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getParticipations()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_Participations();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getProcessOwner <em>Process Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process Owner</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getProcessOwner()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_ProcessOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getCaseVolumePerYear <em>Case Volume Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Volume Per Year</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getCaseVolumePerYear()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_CaseVolumePerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getProcessingMinutesPerCase <em>Processing Minutes Per Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Processing Minutes Per Case</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getProcessingMinutesPerCase()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_ProcessingMinutesPerCase();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getLeadTimeDays <em>Lead Time Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead Time Days</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getLeadTimeDays()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_LeadTimeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getDigitalisationDegree <em>Digitalisation Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digitalisation Degree</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getDigitalisationDegree()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_DigitalisationDegree();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getStatus()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessProfile#getStatusHistory <em>Status History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status History</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getStatusHistory()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_StatusHistory();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getLastEditor <em>Last Editor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Editor</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getLastEditor()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_LastEditor();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getValidFrom()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessProfile#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getValidTo()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_ValidTo();

	/**
	 * Returns the meta object for the attribute list '{@link org.prozesswerk.model.ProcessProfile#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getTags()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EAttribute getProcessProfile_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessProfile#getCatalogueReferences <em>Catalogue References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Catalogue References</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getCatalogueReferences()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_CatalogueReferences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessProfile#getLegalBases <em>Legal Bases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Legal Bases</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getLegalBases()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_LegalBases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessProfile#getContexts <em>Contexts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contexts</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getContexts()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_Contexts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessProfile#getModelReferences <em>Model References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Model References</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getModelReferences()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_ModelReferences();

	/**
	 * Returns the meta object for the reference list '{@link org.prozesswerk.model.ProcessProfile#getPredecessors <em>Predecessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Predecessors</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getPredecessors()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_Predecessors();

	/**
	 * Returns the meta object for the reference list '{@link org.prozesswerk.model.ProcessProfile#getSuccessors <em>Successors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Successors</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getSuccessors()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_Successors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.ProcessProfile#getAttributeValues <em>Attribute Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attribute Values</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getAttributeValues()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_AttributeValues();

	/**
	 * Returns the meta object for the reference list '{@link org.prozesswerk.model.ProcessProfile#getApplicableAttributeDefinitions <em>Applicable Attribute Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Applicable Attribute Definitions</em>'.
	 * @see org.prozesswerk.model.ProcessProfile#getApplicableAttributeDefinitions()
	 * @see #getProcessProfile()
	 * @generated
	 */
	EReference getProcessProfile_ApplicableAttributeDefinitions();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.Participation <em>Participation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participation</em>'.
	 * @see org.prozesswerk.model.Participation
	 * @generated
	 */
	EClass getParticipation();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.Participation#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.prozesswerk.model.Participation#getUnit()
	 * @see #getParticipation()
	 * @generated
	 */
	EReference getParticipation_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Participation#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.prozesswerk.model.Participation#getRole()
	 * @see #getParticipation()
	 * @generated
	 */
	EAttribute getParticipation_Role();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see org.prozesswerk.model.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.StatusChange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.prozesswerk.model.StatusChange#getFrom()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_From();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.StatusChange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.prozesswerk.model.StatusChange#getTo()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_To();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.StatusChange#getWho <em>Who</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who</em>'.
	 * @see org.prozesswerk.model.StatusChange#getWho()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Who();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.StatusChange#getWhen <em>When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When</em>'.
	 * @see org.prozesswerk.model.StatusChange#getWhen()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_When();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.StatusChange#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.prozesswerk.model.StatusChange#getComment()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Comment();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.OrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Org Unit</em>'.
	 * @see org.prozesswerk.model.OrgUnit
	 * @generated
	 */
	EClass getOrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.OrgUnit#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.prozesswerk.model.OrgUnit#getId()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.OrgUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.prozesswerk.model.OrgUnit#getName()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.OrgUnit#getShortCode <em>Short Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Code</em>'.
	 * @see org.prozesswerk.model.OrgUnit#getShortCode()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_ShortCode();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.OrgUnit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.prozesswerk.model.OrgUnit#getKind()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.prozesswerk.model.OrgUnit#getSizeClasses <em>Size Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Size Classes</em>'.
	 * @see org.prozesswerk.model.OrgUnit#getSizeClasses()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_SizeClasses();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.OrgUnit#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.prozesswerk.model.OrgUnit#isOptional()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Optional();

	/**
	 * Returns the meta object for the attribute list '{@link org.prozesswerk.model.OrgUnit#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.prozesswerk.model.OrgUnit#getRoles()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.OrgUnit#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.prozesswerk.model.OrgUnit#getChildren()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EReference getOrgUnit_Children();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.CatalogueReference <em>Catalogue Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalogue Reference</em>'.
	 * @see org.prozesswerk.model.CatalogueReference
	 * @generated
	 */
	EClass getCatalogueReference();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.CatalogueReference#getCatalogueId <em>Catalogue Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalogue Id</em>'.
	 * @see org.prozesswerk.model.CatalogueReference#getCatalogueId()
	 * @see #getCatalogueReference()
	 * @generated
	 */
	EAttribute getCatalogueReference_CatalogueId();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.CatalogueReference#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.prozesswerk.model.CatalogueReference#getKey()
	 * @see #getCatalogueReference()
	 * @generated
	 */
	EAttribute getCatalogueReference_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.CatalogueReference#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.prozesswerk.model.CatalogueReference#getLabel()
	 * @see #getCatalogueReference()
	 * @generated
	 */
	EAttribute getCatalogueReference_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.CatalogueReference#getCatalogueVersion <em>Catalogue Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalogue Version</em>'.
	 * @see org.prozesswerk.model.CatalogueReference#getCatalogueVersion()
	 * @see #getCatalogueReference()
	 * @generated
	 */
	EAttribute getCatalogueReference_CatalogueVersion();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.LegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Basis</em>'.
	 * @see org.prozesswerk.model.LegalBasis
	 * @generated
	 */
	EClass getLegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.LegalBasis#getAbbreviation <em>Abbreviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abbreviation</em>'.
	 * @see org.prozesswerk.model.LegalBasis#getAbbreviation()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Abbreviation();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.LegalBasis#getParagraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paragraph</em>'.
	 * @see org.prozesswerk.model.LegalBasis#getParagraph()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Paragraph();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.LegalBasis#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.prozesswerk.model.LegalBasis#getTitle()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.LegalBasis#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.prozesswerk.model.LegalBasis#getUrl()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.LegalBasis#getSourceCatalogue <em>Source Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Catalogue</em>'.
	 * @see org.prozesswerk.model.LegalBasis#getSourceCatalogue()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_SourceCatalogue();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.ProcessContext <em>Process Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Context</em>'.
	 * @see org.prozesswerk.model.ProcessContext
	 * @generated
	 */
	EClass getProcessContext();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessContext#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.prozesswerk.model.ProcessContext#getKind()
	 * @see #getProcessContext()
	 * @generated
	 */
	EAttribute getProcessContext_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessContext#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.prozesswerk.model.ProcessContext#getName()
	 * @see #getProcessContext()
	 * @generated
	 */
	EAttribute getProcessContext_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessContext#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.prozesswerk.model.ProcessContext#getDescription()
	 * @see #getProcessContext()
	 * @generated
	 */
	EAttribute getProcessContext_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessContext#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.prozesswerk.model.ProcessContext#getUrl()
	 * @see #getProcessContext()
	 * @generated
	 */
	EAttribute getProcessContext_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessContext#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.prozesswerk.model.ProcessContext#getProvider()
	 * @see #getProcessContext()
	 * @generated
	 */
	EAttribute getProcessContext_Provider();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.ProcessModelReference <em>Process Model Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Model Reference</em>'.
	 * @see org.prozesswerk.model.ProcessModelReference
	 * @generated
	 */
	EClass getProcessModelReference();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessModelReference#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.prozesswerk.model.ProcessModelReference#getPath()
	 * @see #getProcessModelReference()
	 * @generated
	 */
	EAttribute getProcessModelReference_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessModelReference#getDetailLevel <em>Detail Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail Level</em>'.
	 * @see org.prozesswerk.model.ProcessModelReference#getDetailLevel()
	 * @see #getProcessModelReference()
	 * @generated
	 */
	EAttribute getProcessModelReference_DetailLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.ProcessModelReference#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.prozesswerk.model.ProcessModelReference#getTitle()
	 * @see #getProcessModelReference()
	 * @generated
	 */
	EAttribute getProcessModelReference_Title();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Definition</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition
	 * @generated
	 */
	EClass getAttributeDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.AttributeDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getId()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.AttributeDefinition#getLabelDe <em>Label De</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label De</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getLabelDe()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_LabelDe();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.AttributeDefinition#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getLabelEn()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.AttributeDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getType()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.prozesswerk.model.AttributeDefinition#getAllowedValues <em>Allowed Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Values</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getAllowedValues()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_AllowedValues();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.AttributeDefinition#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#isRequired()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.AttributeDefinition#getHelpText <em>Help Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Help Text</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getHelpText()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_HelpText();

	/**
	 * Returns the meta object for the reference list '{@link org.prozesswerk.model.AttributeDefinition#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Folders</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getFolders()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EReference getAttributeDefinition_Folders();

	/**
	 * Returns the meta object for the attribute list '{@link org.prozesswerk.model.AttributeDefinition#getProcessTypes <em>Process Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Process Types</em>'.
	 * @see org.prozesswerk.model.AttributeDefinition#getProcessTypes()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_ProcessTypes();

	/**
	 * Returns the meta object for the '{@link org.prozesswerk.model.AttributeDefinition#appliesTo(org.prozesswerk.model.ProcessProfile) <em>Applies To</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Applies To</em>' operation.
	 * @see org.prozesswerk.model.AttributeDefinition#appliesTo(org.prozesswerk.model.ProcessProfile)
	 * @generated
	 */
	EOperation getAttributeDefinition__AppliesTo__ProcessProfile();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.AttributeValue <em>Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Value</em>'.
	 * @see org.prozesswerk.model.AttributeValue
	 * @generated
	 */
	EClass getAttributeValue();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.AttributeValue#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see org.prozesswerk.model.AttributeValue#getDefinition()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EReference getAttributeValue_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.AttributeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.prozesswerk.model.AttributeValue#getValue()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Value();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.AccessControl <em>Access Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access Control</em>'.
	 * @see org.prozesswerk.model.AccessControl
	 * @generated
	 */
	EClass getAccessControl();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.AccessControl#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Persons</em>'.
	 * @see org.prozesswerk.model.AccessControl#getPersons()
	 * @see #getAccessControl()
	 * @generated
	 */
	EReference getAccessControl_Persons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.AccessControl#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.prozesswerk.model.AccessControl#getGroups()
	 * @see #getAccessControl()
	 * @generated
	 */
	EReference getAccessControl_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.AccessControl#getRoleAssignments <em>Role Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Role Assignments</em>'.
	 * @see org.prozesswerk.model.AccessControl#getRoleAssignments()
	 * @see #getAccessControl()
	 * @generated
	 */
	EReference getAccessControl_RoleAssignments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.prozesswerk.model.AccessControl#getFolderRights <em>Folder Rights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folder Rights</em>'.
	 * @see org.prozesswerk.model.AccessControl#getFolderRights()
	 * @see #getAccessControl()
	 * @generated
	 */
	EReference getAccessControl_FolderRights();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.AccessControl#getEditorialTeam <em>Editorial Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Editorial Team</em>'.
	 * @see org.prozesswerk.model.AccessControl#getEditorialTeam()
	 * @see #getAccessControl()
	 * @generated
	 */
	EReference getAccessControl_EditorialTeam();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.Principal <em>Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Principal</em>'.
	 * @see org.prozesswerk.model.Principal
	 * @generated
	 */
	EClass getPrincipal();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Principal#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.prozesswerk.model.Principal#getId()
	 * @see #getPrincipal()
	 * @generated
	 */
	EAttribute getPrincipal_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Principal#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.prozesswerk.model.Principal#getName()
	 * @see #getPrincipal()
	 * @generated
	 */
	EAttribute getPrincipal_Name();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.prozesswerk.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Person#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.prozesswerk.model.Person#getBody()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.Person#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account</em>'.
	 * @see org.prozesswerk.model.Person#getAccount()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Account();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.PersonGroup <em>Person Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person Group</em>'.
	 * @see org.prozesswerk.model.PersonGroup
	 * @generated
	 */
	EClass getPersonGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.prozesswerk.model.PersonGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.prozesswerk.model.PersonGroup#getMembers()
	 * @see #getPersonGroup()
	 * @generated
	 */
	EReference getPersonGroup_Members();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see org.prozesswerk.model.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.RoleAssignment#getPrincipal <em>Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Principal</em>'.
	 * @see org.prozesswerk.model.RoleAssignment#getPrincipal()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Principal();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.RoleAssignment#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.prozesswerk.model.RoleAssignment#getRole()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Role();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.RoleAssignment#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Folder</em>'.
	 * @see org.prozesswerk.model.RoleAssignment#getFolder()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Folder();

	/**
	 * Returns the meta object for class '{@link org.prozesswerk.model.FolderRight <em>Folder Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Folder Right</em>'.
	 * @see org.prozesswerk.model.FolderRight
	 * @generated
	 */
	EClass getFolderRight();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.FolderRight#getPrincipal <em>Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Principal</em>'.
	 * @see org.prozesswerk.model.FolderRight#getPrincipal()
	 * @see #getFolderRight()
	 * @generated
	 */
	EReference getFolderRight_Principal();

	/**
	 * Returns the meta object for the reference '{@link org.prozesswerk.model.FolderRight#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Folder</em>'.
	 * @see org.prozesswerk.model.FolderRight#getFolder()
	 * @see #getFolderRight()
	 * @generated
	 */
	EReference getFolderRight_Folder();

	/**
	 * Returns the meta object for the attribute '{@link org.prozesswerk.model.FolderRight#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Right</em>'.
	 * @see org.prozesswerk.model.FolderRight#getRight()
	 * @see #getFolderRight()
	 * @generated
	 */
	EAttribute getFolderRight_Right();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.prozesswerk.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.AccessRight <em>Access Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access Right</em>'.
	 * @see org.prozesswerk.model.AccessRight
	 * @generated
	 */
	EEnum getAccessRight();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.ProcessType <em>Process Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Process Type</em>'.
	 * @see org.prozesswerk.model.ProcessType
	 * @generated
	 */
	EEnum getProcessType();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.FimStatus <em>Fim Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fim Status</em>'.
	 * @see org.prozesswerk.model.FimStatus
	 * @generated
	 */
	EEnum getFimStatus();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.OrgUnitKind <em>Org Unit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Org Unit Kind</em>'.
	 * @see org.prozesswerk.model.OrgUnitKind
	 * @generated
	 */
	EEnum getOrgUnitKind();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.SizeClass <em>Size Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Size Class</em>'.
	 * @see org.prozesswerk.model.SizeClass
	 * @generated
	 */
	EEnum getSizeClass();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.ContextKind <em>Context Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Context Kind</em>'.
	 * @see org.prozesswerk.model.ContextKind
	 * @generated
	 */
	EEnum getContextKind();

	/**
	 * Returns the meta object for enum '{@link org.prozesswerk.model.AttributeType <em>Attribute Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attribute Type</em>'.
	 * @see org.prozesswerk.model.AttributeType
	 * @generated
	 */
	EEnum getAttributeType();

	/**
	 * Returns the meta object for data type '<em>Digitalisation Degree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * OZG maturity level (Reifegrad) of a service, 0 to 4.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Digitalisation Degree</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='DigitalisationDegree' minInclusive='0' maxInclusive='4'"
	 * @generated
	 */
	EDataType getDigitalisationDegree();

	/**
	 * Returns the meta object for data type '<em>Detail Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * FIM detail level (Detaillierungsstufe) of a process model, codes 101 to 105.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Detail Level</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='DetailLevel' minInclusive='101' maxInclusive='105'"
	 * @generated
	 */
	EDataType getDetailLevel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProzesswerkFactory getProzesswerkFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.ProcessRegisterImpl <em>Process Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.ProcessRegisterImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessRegister()
		 * @generated
		 */
		EClass PROCESS_REGISTER = eINSTANCE.getProcessRegister();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__ID = eINSTANCE.getProcessRegister_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__NAME = eINSTANCE.getProcessRegister_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__VERSION = eINSTANCE.getProcessRegister_Version();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__PUBLISHER = eINSTANCE.getProcessRegister_Publisher();

		/**
		 * The meta object literal for the '<em><b>Based On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__BASED_ON = eINSTANCE.getProcessRegister_BasedOn();

		/**
		 * The meta object literal for the '<em><b>Base Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__BASE_VERSION = eINSTANCE.getProcessRegister_BaseVersion();

		/**
		 * The meta object literal for the '<em><b>Base Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__BASE_CHECKSUM = eINSTANCE.getProcessRegister_BaseChecksum();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__CREATED = eINSTANCE.getProcessRegister_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__MODIFIED = eINSTANCE.getProcessRegister_Modified();

		/**
		 * The meta object literal for the '<em><b>Root Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_REGISTER__ROOT_FOLDERS = eINSTANCE.getProcessRegister_RootFolders();

		/**
		 * The meta object literal for the '<em><b>Unfiled Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_REGISTER__UNFILED_PROFILES = eINSTANCE.getProcessRegister_UnfiledProfiles();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_REGISTER__ORGANISATION = eINSTANCE.getProcessRegister_Organisation();

		/**
		 * The meta object literal for the '<em><b>Attribute Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS = eINSTANCE.getProcessRegister_AttributeDefinitions();

		/**
		 * The meta object literal for the '<em><b>Used Catalogues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_REGISTER__USED_CATALOGUES = eINSTANCE.getProcessRegister_UsedCatalogues();

		/**
		 * The meta object literal for the '<em><b>Hours Per Full Time Equivalent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT = eINSTANCE.getProcessRegister_HoursPerFullTimeEquivalent();

		/**
		 * The meta object literal for the '<em><b>Access Control</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_REGISTER__ACCESS_CONTROL = eINSTANCE.getProcessRegister_AccessControl();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.CatalogueUsageImpl <em>Catalogue Usage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.CatalogueUsageImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getCatalogueUsage()
		 * @generated
		 */
		EClass CATALOGUE_USAGE = eINSTANCE.getCatalogueUsage();

		/**
		 * The meta object literal for the '<em><b>Catalogue Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_USAGE__CATALOGUE_ID = eINSTANCE.getCatalogueUsage_CatalogueId();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_USAGE__VERSION = eINSTANCE.getCatalogueUsage_Version();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.FolderImpl <em>Folder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.FolderImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getFolder()
		 * @generated
		 */
		EClass FOLDER = eINSTANCE.getFolder();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLDER__ID = eINSTANCE.getFolder_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLDER__NAME = eINSTANCE.getFolder_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLDER__DESCRIPTION = eINSTANCE.getFolder_Description();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER__FOLDERS = eINSTANCE.getFolder_Folders();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER__PROFILES = eINSTANCE.getFolder_Profiles();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.ProcessProfileImpl <em>Process Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.ProcessProfileImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessProfile()
		 * @generated
		 */
		EClass PROCESS_PROFILE = eINSTANCE.getProcessProfile();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__ID = eINSTANCE.getProcessProfile_Id();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__KEY = eINSTANCE.getProcessProfile_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__NAME = eINSTANCE.getProcessProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Short Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__SHORT_DESCRIPTION = eINSTANCE.getProcessProfile_ShortDescription();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__DESCRIPTION = eINSTANCE.getProcessProfile_Description();

		/**
		 * The meta object literal for the '<em><b>Process Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__PROCESS_TYPE = eINSTANCE.getProcessProfile_ProcessType();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__TRIGGER = eINSTANCE.getProcessProfile_Trigger();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__RESULT = eINSTANCE.getProcessProfile_Result();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__RESPONSIBLE_UNIT = eINSTANCE.getProcessProfile_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Participations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__PARTICIPATIONS = eINSTANCE.getProcessProfile_Participations();

		/**
		 * The meta object literal for the '<em><b>Process Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__PROCESS_OWNER = eINSTANCE.getProcessProfile_ProcessOwner();

		/**
		 * The meta object literal for the '<em><b>Case Volume Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__CASE_VOLUME_PER_YEAR = eINSTANCE.getProcessProfile_CaseVolumePerYear();

		/**
		 * The meta object literal for the '<em><b>Processing Minutes Per Case</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE = eINSTANCE.getProcessProfile_ProcessingMinutesPerCase();

		/**
		 * The meta object literal for the '<em><b>Lead Time Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__LEAD_TIME_DAYS = eINSTANCE.getProcessProfile_LeadTimeDays();

		/**
		 * The meta object literal for the '<em><b>Digitalisation Degree</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__DIGITALISATION_DEGREE = eINSTANCE.getProcessProfile_DigitalisationDegree();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__STATUS = eINSTANCE.getProcessProfile_Status();

		/**
		 * The meta object literal for the '<em><b>Status History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__STATUS_HISTORY = eINSTANCE.getProcessProfile_StatusHistory();

		/**
		 * The meta object literal for the '<em><b>Last Editor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__LAST_EDITOR = eINSTANCE.getProcessProfile_LastEditor();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__VALID_FROM = eINSTANCE.getProcessProfile_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__VALID_TO = eINSTANCE.getProcessProfile_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_PROFILE__TAGS = eINSTANCE.getProcessProfile_Tags();

		/**
		 * The meta object literal for the '<em><b>Catalogue References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__CATALOGUE_REFERENCES = eINSTANCE.getProcessProfile_CatalogueReferences();

		/**
		 * The meta object literal for the '<em><b>Legal Bases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__LEGAL_BASES = eINSTANCE.getProcessProfile_LegalBases();

		/**
		 * The meta object literal for the '<em><b>Contexts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__CONTEXTS = eINSTANCE.getProcessProfile_Contexts();

		/**
		 * The meta object literal for the '<em><b>Model References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__MODEL_REFERENCES = eINSTANCE.getProcessProfile_ModelReferences();

		/**
		 * The meta object literal for the '<em><b>Predecessors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__PREDECESSORS = eINSTANCE.getProcessProfile_Predecessors();

		/**
		 * The meta object literal for the '<em><b>Successors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__SUCCESSORS = eINSTANCE.getProcessProfile_Successors();

		/**
		 * The meta object literal for the '<em><b>Attribute Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__ATTRIBUTE_VALUES = eINSTANCE.getProcessProfile_AttributeValues();

		/**
		 * The meta object literal for the '<em><b>Applicable Attribute Definitions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_PROFILE__APPLICABLE_ATTRIBUTE_DEFINITIONS = eINSTANCE.getProcessProfile_ApplicableAttributeDefinitions();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.ParticipationImpl <em>Participation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.ParticipationImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getParticipation()
		 * @generated
		 */
		EClass PARTICIPATION = eINSTANCE.getParticipation();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPATION__UNIT = eINSTANCE.getParticipation_Unit();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPATION__ROLE = eINSTANCE.getParticipation_Role();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.StatusChangeImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__FROM = eINSTANCE.getStatusChange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__TO = eINSTANCE.getStatusChange_To();

		/**
		 * The meta object literal for the '<em><b>Who</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__WHO = eINSTANCE.getStatusChange_Who();

		/**
		 * The meta object literal for the '<em><b>When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__WHEN = eINSTANCE.getStatusChange_When();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__COMMENT = eINSTANCE.getStatusChange_Comment();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.OrgUnitImpl <em>Org Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.OrgUnitImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getOrgUnit()
		 * @generated
		 */
		EClass ORG_UNIT = eINSTANCE.getOrgUnit();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__ID = eINSTANCE.getOrgUnit_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__NAME = eINSTANCE.getOrgUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Short Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__SHORT_CODE = eINSTANCE.getOrgUnit_ShortCode();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__KIND = eINSTANCE.getOrgUnit_Kind();

		/**
		 * The meta object literal for the '<em><b>Size Classes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__SIZE_CLASSES = eINSTANCE.getOrgUnit_SizeClasses();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__OPTIONAL = eINSTANCE.getOrgUnit_Optional();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__ROLES = eINSTANCE.getOrgUnit_Roles();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORG_UNIT__CHILDREN = eINSTANCE.getOrgUnit_Children();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.CatalogueReferenceImpl <em>Catalogue Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.CatalogueReferenceImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getCatalogueReference()
		 * @generated
		 */
		EClass CATALOGUE_REFERENCE = eINSTANCE.getCatalogueReference();

		/**
		 * The meta object literal for the '<em><b>Catalogue Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_REFERENCE__CATALOGUE_ID = eINSTANCE.getCatalogueReference_CatalogueId();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_REFERENCE__KEY = eINSTANCE.getCatalogueReference_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_REFERENCE__LABEL = eINSTANCE.getCatalogueReference_Label();

		/**
		 * The meta object literal for the '<em><b>Catalogue Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_REFERENCE__CATALOGUE_VERSION = eINSTANCE.getCatalogueReference_CatalogueVersion();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.LegalBasisImpl <em>Legal Basis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.LegalBasisImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getLegalBasis()
		 * @generated
		 */
		EClass LEGAL_BASIS = eINSTANCE.getLegalBasis();

		/**
		 * The meta object literal for the '<em><b>Abbreviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__ABBREVIATION = eINSTANCE.getLegalBasis_Abbreviation();

		/**
		 * The meta object literal for the '<em><b>Paragraph</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__PARAGRAPH = eINSTANCE.getLegalBasis_Paragraph();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__TITLE = eINSTANCE.getLegalBasis_Title();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__URL = eINSTANCE.getLegalBasis_Url();

		/**
		 * The meta object literal for the '<em><b>Source Catalogue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__SOURCE_CATALOGUE = eINSTANCE.getLegalBasis_SourceCatalogue();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.ProcessContextImpl <em>Process Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.ProcessContextImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessContext()
		 * @generated
		 */
		EClass PROCESS_CONTEXT = eINSTANCE.getProcessContext();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_CONTEXT__KIND = eINSTANCE.getProcessContext_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_CONTEXT__NAME = eINSTANCE.getProcessContext_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_CONTEXT__DESCRIPTION = eINSTANCE.getProcessContext_Description();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_CONTEXT__URL = eINSTANCE.getProcessContext_Url();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_CONTEXT__PROVIDER = eINSTANCE.getProcessContext_Provider();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.ProcessModelReferenceImpl <em>Process Model Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.ProcessModelReferenceImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessModelReference()
		 * @generated
		 */
		EClass PROCESS_MODEL_REFERENCE = eINSTANCE.getProcessModelReference();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_MODEL_REFERENCE__PATH = eINSTANCE.getProcessModelReference_Path();

		/**
		 * The meta object literal for the '<em><b>Detail Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_MODEL_REFERENCE__DETAIL_LEVEL = eINSTANCE.getProcessModelReference_DetailLevel();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_MODEL_REFERENCE__TITLE = eINSTANCE.getProcessModelReference_Title();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.AttributeDefinitionImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAttributeDefinition()
		 * @generated
		 */
		EClass ATTRIBUTE_DEFINITION = eINSTANCE.getAttributeDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__ID = eINSTANCE.getAttributeDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Label De</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__LABEL_DE = eINSTANCE.getAttributeDefinition_LabelDe();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__LABEL_EN = eINSTANCE.getAttributeDefinition_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__TYPE = eINSTANCE.getAttributeDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Allowed Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__ALLOWED_VALUES = eINSTANCE.getAttributeDefinition_AllowedValues();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__REQUIRED = eINSTANCE.getAttributeDefinition_Required();

		/**
		 * The meta object literal for the '<em><b>Help Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__HELP_TEXT = eINSTANCE.getAttributeDefinition_HelpText();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRIBUTE_DEFINITION__FOLDERS = eINSTANCE.getAttributeDefinition_Folders();

		/**
		 * The meta object literal for the '<em><b>Process Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__PROCESS_TYPES = eINSTANCE.getAttributeDefinition_ProcessTypes();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ATTRIBUTE_DEFINITION___APPLIES_TO__PROCESSPROFILE = eINSTANCE.getAttributeDefinition__AppliesTo__ProcessProfile();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.AttributeValueImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAttributeValue()
		 * @generated
		 */
		EClass ATTRIBUTE_VALUE = eINSTANCE.getAttributeValue();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRIBUTE_VALUE__DEFINITION = eINSTANCE.getAttributeValue_Definition();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__VALUE = eINSTANCE.getAttributeValue_Value();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.AccessControlImpl <em>Access Control</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.AccessControlImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAccessControl()
		 * @generated
		 */
		EClass ACCESS_CONTROL = eINSTANCE.getAccessControl();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_CONTROL__PERSONS = eINSTANCE.getAccessControl_Persons();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_CONTROL__GROUPS = eINSTANCE.getAccessControl_Groups();

		/**
		 * The meta object literal for the '<em><b>Role Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_CONTROL__ROLE_ASSIGNMENTS = eINSTANCE.getAccessControl_RoleAssignments();

		/**
		 * The meta object literal for the '<em><b>Folder Rights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_CONTROL__FOLDER_RIGHTS = eINSTANCE.getAccessControl_FolderRights();

		/**
		 * The meta object literal for the '<em><b>Editorial Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_CONTROL__EDITORIAL_TEAM = eINSTANCE.getAccessControl_EditorialTeam();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.PrincipalImpl <em>Principal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.PrincipalImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getPrincipal()
		 * @generated
		 */
		EClass PRINCIPAL = eINSTANCE.getPrincipal();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINCIPAL__ID = eINSTANCE.getPrincipal_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINCIPAL__NAME = eINSTANCE.getPrincipal_Name();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.PersonImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__BODY = eINSTANCE.getPerson_Body();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ACCOUNT = eINSTANCE.getPerson_Account();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.PersonGroupImpl <em>Person Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.PersonGroupImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getPersonGroup()
		 * @generated
		 */
		EClass PERSON_GROUP = eINSTANCE.getPersonGroup();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON_GROUP__MEMBERS = eINSTANCE.getPersonGroup_Members();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.RoleAssignmentImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Principal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__PRINCIPAL = eINSTANCE.getRoleAssignment_Principal();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__ROLE = eINSTANCE.getRoleAssignment_Role();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__FOLDER = eINSTANCE.getRoleAssignment_Folder();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.impl.FolderRightImpl <em>Folder Right</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.FolderRightImpl
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getFolderRight()
		 * @generated
		 */
		EClass FOLDER_RIGHT = eINSTANCE.getFolderRight();

		/**
		 * The meta object literal for the '<em><b>Principal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER_RIGHT__PRINCIPAL = eINSTANCE.getFolderRight_Principal();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER_RIGHT__FOLDER = eINSTANCE.getFolderRight_Folder();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLDER_RIGHT__RIGHT = eINSTANCE.getFolderRight_Right();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.Role
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.AccessRight <em>Access Right</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.AccessRight
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAccessRight()
		 * @generated
		 */
		EEnum ACCESS_RIGHT = eINSTANCE.getAccessRight();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.ProcessType <em>Process Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.ProcessType
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getProcessType()
		 * @generated
		 */
		EEnum PROCESS_TYPE = eINSTANCE.getProcessType();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.FimStatus <em>Fim Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.FimStatus
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getFimStatus()
		 * @generated
		 */
		EEnum FIM_STATUS = eINSTANCE.getFimStatus();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.OrgUnitKind <em>Org Unit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.OrgUnitKind
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getOrgUnitKind()
		 * @generated
		 */
		EEnum ORG_UNIT_KIND = eINSTANCE.getOrgUnitKind();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.SizeClass <em>Size Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.SizeClass
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getSizeClass()
		 * @generated
		 */
		EEnum SIZE_CLASS = eINSTANCE.getSizeClass();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.ContextKind <em>Context Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.ContextKind
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getContextKind()
		 * @generated
		 */
		EEnum CONTEXT_KIND = eINSTANCE.getContextKind();

		/**
		 * The meta object literal for the '{@link org.prozesswerk.model.AttributeType <em>Attribute Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.AttributeType
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getAttributeType()
		 * @generated
		 */
		EEnum ATTRIBUTE_TYPE = eINSTANCE.getAttributeType();

		/**
		 * The meta object literal for the '<em>Digitalisation Degree</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getDigitalisationDegree()
		 * @generated
		 */
		EDataType DIGITALISATION_DEGREE = eINSTANCE.getDigitalisationDegree();

		/**
		 * The meta object literal for the '<em>Detail Level</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.prozesswerk.model.impl.ProzesswerkPackageImpl#getDetailLevel()
		 * @generated
		 */
		EDataType DETAIL_LEVEL = eINSTANCE.getDetailLevel();

	}

} //ProzesswerkPackage
