/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.PersonGroup;
import org.prozesswerk.model.Principal;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.Role;
import org.prozesswerk.model.RoleAssignment;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.model.StatusChange;

import org.prozesswerk.model.util.ProzesswerkValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProzesswerkPackageImpl extends EPackageImpl implements ProzesswerkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processRegisterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogueUsageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass folderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass participationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass orgUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogueReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legalBasisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processContextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processModelReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attributeDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attributeValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accessControlEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass principalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass folderRightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accessRightEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum processTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fimStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum orgUnitKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sizeClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contextKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attributeTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType digitalisationDegreeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType detailLevelEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.prozesswerk.model.ProzesswerkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProzesswerkPackageImpl() {
		super(eNS_URI, ProzesswerkFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ProzesswerkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProzesswerkPackage init() {
		if (isInited) return (ProzesswerkPackage)EPackage.Registry.INSTANCE.getEPackage(ProzesswerkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProzesswerkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProzesswerkPackageImpl theProzesswerkPackage = registeredProzesswerkPackage instanceof ProzesswerkPackageImpl ? (ProzesswerkPackageImpl)registeredProzesswerkPackage : new ProzesswerkPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theProzesswerkPackage.createPackageContents();

		// Initialize created meta-data
		theProzesswerkPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theProzesswerkPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return ProzesswerkValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theProzesswerkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProzesswerkPackage.eNS_URI, theProzesswerkPackage);
		return theProzesswerkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessRegister() {
		return processRegisterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_Id() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_Name() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_Version() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_Publisher() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_BasedOn() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_BaseVersion() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_BaseChecksum() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_Created() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_Modified() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessRegister_RootFolders() {
		return (EReference)processRegisterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessRegister_UnfiledProfiles() {
		return (EReference)processRegisterEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessRegister_Organisation() {
		return (EReference)processRegisterEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessRegister_AttributeDefinitions() {
		return (EReference)processRegisterEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessRegister_UsedCatalogues() {
		return (EReference)processRegisterEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessRegister_HoursPerFullTimeEquivalent() {
		return (EAttribute)processRegisterEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessRegister_AccessControl() {
		return (EReference)processRegisterEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogueUsage() {
		return catalogueUsageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueUsage_CatalogueId() {
		return (EAttribute)catalogueUsageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueUsage_Version() {
		return (EAttribute)catalogueUsageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFolder() {
		return folderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFolder_Id() {
		return (EAttribute)folderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFolder_Name() {
		return (EAttribute)folderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFolder_Description() {
		return (EAttribute)folderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFolder_Folders() {
		return (EReference)folderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFolder_Profiles() {
		return (EReference)folderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessProfile() {
		return processProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Id() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Key() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Name() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_ShortDescription() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Description() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_ProcessType() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Trigger() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Result() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_ResponsibleUnit() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_Participations() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_ProcessOwner() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_CaseVolumePerYear() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_ProcessingMinutesPerCase() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_LeadTimeDays() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_DigitalisationDegree() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Status() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_StatusHistory() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_LastEditor() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_ValidFrom() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_ValidTo() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessProfile_Tags() {
		return (EAttribute)processProfileEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_CatalogueReferences() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_LegalBases() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_Contexts() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_ModelReferences() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_Predecessors() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_Successors() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_AttributeValues() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessProfile_ApplicableAttributeDefinitions() {
		return (EReference)processProfileEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParticipation() {
		return participationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipation_Unit() {
		return (EReference)participationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipation_Role() {
		return (EAttribute)participationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusChange() {
		return statusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_From() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_To() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Who() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_When() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Comment() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrgUnit() {
		return orgUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrgUnit_Id() {
		return (EAttribute)orgUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrgUnit_Name() {
		return (EAttribute)orgUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrgUnit_ShortCode() {
		return (EAttribute)orgUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrgUnit_Kind() {
		return (EAttribute)orgUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrgUnit_SizeClasses() {
		return (EAttribute)orgUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrgUnit_Optional() {
		return (EAttribute)orgUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrgUnit_Roles() {
		return (EAttribute)orgUnitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrgUnit_Children() {
		return (EReference)orgUnitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogueReference() {
		return catalogueReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueReference_CatalogueId() {
		return (EAttribute)catalogueReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueReference_Key() {
		return (EAttribute)catalogueReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueReference_Label() {
		return (EAttribute)catalogueReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueReference_CatalogueVersion() {
		return (EAttribute)catalogueReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegalBasis() {
		return legalBasisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Abbreviation() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Paragraph() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Title() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Url() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_SourceCatalogue() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessContext() {
		return processContextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessContext_Kind() {
		return (EAttribute)processContextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessContext_Name() {
		return (EAttribute)processContextEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessContext_Description() {
		return (EAttribute)processContextEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessContext_Url() {
		return (EAttribute)processContextEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessContext_Provider() {
		return (EAttribute)processContextEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessModelReference() {
		return processModelReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessModelReference_Path() {
		return (EAttribute)processModelReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessModelReference_DetailLevel() {
		return (EAttribute)processModelReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessModelReference_Title() {
		return (EAttribute)processModelReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttributeDefinition() {
		return attributeDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_Id() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_LabelDe() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_LabelEn() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_Type() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_AllowedValues() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_Required() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_HelpText() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttributeDefinition_Folders() {
		return (EReference)attributeDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_ProcessTypes() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAttributeDefinition__AppliesTo__ProcessProfile() {
		return attributeDefinitionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttributeValue() {
		return attributeValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttributeValue_Definition() {
		return (EReference)attributeValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeValue_Value() {
		return (EAttribute)attributeValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccessControl() {
		return accessControlEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessControl_Persons() {
		return (EReference)accessControlEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessControl_Groups() {
		return (EReference)accessControlEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessControl_RoleAssignments() {
		return (EReference)accessControlEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessControl_FolderRights() {
		return (EReference)accessControlEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessControl_EditorialTeam() {
		return (EReference)accessControlEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrincipal() {
		return principalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrincipal_Id() {
		return (EAttribute)principalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrincipal_Name() {
		return (EAttribute)principalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Body() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Account() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersonGroup() {
		return personGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersonGroup_Members() {
		return (EReference)personGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAssignment() {
		return roleAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Principal() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Role() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Folder() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFolderRight() {
		return folderRightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFolderRight_Principal() {
		return (EReference)folderRightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFolderRight_Folder() {
		return (EReference)folderRightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFolderRight_Right() {
		return (EAttribute)folderRightEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccessRight() {
		return accessRightEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProcessType() {
		return processTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFimStatus() {
		return fimStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrgUnitKind() {
		return orgUnitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSizeClass() {
		return sizeClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContextKind() {
		return contextKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttributeType() {
		return attributeTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDigitalisationDegree() {
		return digitalisationDegreeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDetailLevel() {
		return detailLevelEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProzesswerkFactory getProzesswerkFactory() {
		return (ProzesswerkFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		processRegisterEClass = createEClass(PROCESS_REGISTER);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__ID);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__NAME);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__VERSION);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__PUBLISHER);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__BASED_ON);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__BASE_VERSION);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__BASE_CHECKSUM);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__CREATED);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__MODIFIED);
		createEReference(processRegisterEClass, PROCESS_REGISTER__ROOT_FOLDERS);
		createEReference(processRegisterEClass, PROCESS_REGISTER__UNFILED_PROFILES);
		createEReference(processRegisterEClass, PROCESS_REGISTER__ORGANISATION);
		createEReference(processRegisterEClass, PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS);
		createEReference(processRegisterEClass, PROCESS_REGISTER__USED_CATALOGUES);
		createEAttribute(processRegisterEClass, PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT);
		createEReference(processRegisterEClass, PROCESS_REGISTER__ACCESS_CONTROL);

		catalogueUsageEClass = createEClass(CATALOGUE_USAGE);
		createEAttribute(catalogueUsageEClass, CATALOGUE_USAGE__CATALOGUE_ID);
		createEAttribute(catalogueUsageEClass, CATALOGUE_USAGE__VERSION);

		folderEClass = createEClass(FOLDER);
		createEAttribute(folderEClass, FOLDER__ID);
		createEAttribute(folderEClass, FOLDER__NAME);
		createEAttribute(folderEClass, FOLDER__DESCRIPTION);
		createEReference(folderEClass, FOLDER__FOLDERS);
		createEReference(folderEClass, FOLDER__PROFILES);

		processProfileEClass = createEClass(PROCESS_PROFILE);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__ID);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__KEY);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__NAME);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__SHORT_DESCRIPTION);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__DESCRIPTION);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__PROCESS_TYPE);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__TRIGGER);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__RESULT);
		createEReference(processProfileEClass, PROCESS_PROFILE__RESPONSIBLE_UNIT);
		createEReference(processProfileEClass, PROCESS_PROFILE__PARTICIPATIONS);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__PROCESS_OWNER);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__CASE_VOLUME_PER_YEAR);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__PROCESSING_MINUTES_PER_CASE);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__LEAD_TIME_DAYS);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__DIGITALISATION_DEGREE);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__STATUS);
		createEReference(processProfileEClass, PROCESS_PROFILE__STATUS_HISTORY);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__LAST_EDITOR);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__VALID_FROM);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__VALID_TO);
		createEAttribute(processProfileEClass, PROCESS_PROFILE__TAGS);
		createEReference(processProfileEClass, PROCESS_PROFILE__CATALOGUE_REFERENCES);
		createEReference(processProfileEClass, PROCESS_PROFILE__LEGAL_BASES);
		createEReference(processProfileEClass, PROCESS_PROFILE__CONTEXTS);
		createEReference(processProfileEClass, PROCESS_PROFILE__MODEL_REFERENCES);
		createEReference(processProfileEClass, PROCESS_PROFILE__PREDECESSORS);
		createEReference(processProfileEClass, PROCESS_PROFILE__SUCCESSORS);
		createEReference(processProfileEClass, PROCESS_PROFILE__ATTRIBUTE_VALUES);
		createEReference(processProfileEClass, PROCESS_PROFILE__APPLICABLE_ATTRIBUTE_DEFINITIONS);

		participationEClass = createEClass(PARTICIPATION);
		createEReference(participationEClass, PARTICIPATION__UNIT);
		createEAttribute(participationEClass, PARTICIPATION__ROLE);

		statusChangeEClass = createEClass(STATUS_CHANGE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__FROM);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__TO);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__WHO);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__WHEN);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__COMMENT);

		orgUnitEClass = createEClass(ORG_UNIT);
		createEAttribute(orgUnitEClass, ORG_UNIT__ID);
		createEAttribute(orgUnitEClass, ORG_UNIT__NAME);
		createEAttribute(orgUnitEClass, ORG_UNIT__SHORT_CODE);
		createEAttribute(orgUnitEClass, ORG_UNIT__KIND);
		createEAttribute(orgUnitEClass, ORG_UNIT__SIZE_CLASSES);
		createEAttribute(orgUnitEClass, ORG_UNIT__OPTIONAL);
		createEAttribute(orgUnitEClass, ORG_UNIT__ROLES);
		createEReference(orgUnitEClass, ORG_UNIT__CHILDREN);

		catalogueReferenceEClass = createEClass(CATALOGUE_REFERENCE);
		createEAttribute(catalogueReferenceEClass, CATALOGUE_REFERENCE__CATALOGUE_ID);
		createEAttribute(catalogueReferenceEClass, CATALOGUE_REFERENCE__KEY);
		createEAttribute(catalogueReferenceEClass, CATALOGUE_REFERENCE__LABEL);
		createEAttribute(catalogueReferenceEClass, CATALOGUE_REFERENCE__CATALOGUE_VERSION);

		legalBasisEClass = createEClass(LEGAL_BASIS);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__ABBREVIATION);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__PARAGRAPH);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__TITLE);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__URL);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__SOURCE_CATALOGUE);

		processContextEClass = createEClass(PROCESS_CONTEXT);
		createEAttribute(processContextEClass, PROCESS_CONTEXT__KIND);
		createEAttribute(processContextEClass, PROCESS_CONTEXT__NAME);
		createEAttribute(processContextEClass, PROCESS_CONTEXT__DESCRIPTION);
		createEAttribute(processContextEClass, PROCESS_CONTEXT__URL);
		createEAttribute(processContextEClass, PROCESS_CONTEXT__PROVIDER);

		processModelReferenceEClass = createEClass(PROCESS_MODEL_REFERENCE);
		createEAttribute(processModelReferenceEClass, PROCESS_MODEL_REFERENCE__PATH);
		createEAttribute(processModelReferenceEClass, PROCESS_MODEL_REFERENCE__DETAIL_LEVEL);
		createEAttribute(processModelReferenceEClass, PROCESS_MODEL_REFERENCE__TITLE);

		attributeDefinitionEClass = createEClass(ATTRIBUTE_DEFINITION);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__ID);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__LABEL_DE);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__LABEL_EN);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__TYPE);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__ALLOWED_VALUES);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__REQUIRED);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__HELP_TEXT);
		createEReference(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__FOLDERS);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__PROCESS_TYPES);
		createEOperation(attributeDefinitionEClass, ATTRIBUTE_DEFINITION___APPLIES_TO__PROCESSPROFILE);

		attributeValueEClass = createEClass(ATTRIBUTE_VALUE);
		createEReference(attributeValueEClass, ATTRIBUTE_VALUE__DEFINITION);
		createEAttribute(attributeValueEClass, ATTRIBUTE_VALUE__VALUE);

		accessControlEClass = createEClass(ACCESS_CONTROL);
		createEReference(accessControlEClass, ACCESS_CONTROL__PERSONS);
		createEReference(accessControlEClass, ACCESS_CONTROL__GROUPS);
		createEReference(accessControlEClass, ACCESS_CONTROL__ROLE_ASSIGNMENTS);
		createEReference(accessControlEClass, ACCESS_CONTROL__FOLDER_RIGHTS);
		createEReference(accessControlEClass, ACCESS_CONTROL__EDITORIAL_TEAM);

		principalEClass = createEClass(PRINCIPAL);
		createEAttribute(principalEClass, PRINCIPAL__ID);
		createEAttribute(principalEClass, PRINCIPAL__NAME);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__BODY);
		createEAttribute(personEClass, PERSON__ACCOUNT);

		personGroupEClass = createEClass(PERSON_GROUP);
		createEReference(personGroupEClass, PERSON_GROUP__MEMBERS);

		roleAssignmentEClass = createEClass(ROLE_ASSIGNMENT);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__PRINCIPAL);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__ROLE);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__FOLDER);

		folderRightEClass = createEClass(FOLDER_RIGHT);
		createEReference(folderRightEClass, FOLDER_RIGHT__PRINCIPAL);
		createEReference(folderRightEClass, FOLDER_RIGHT__FOLDER);
		createEAttribute(folderRightEClass, FOLDER_RIGHT__RIGHT);

		// Create enums
		roleEEnum = createEEnum(ROLE);
		accessRightEEnum = createEEnum(ACCESS_RIGHT);
		processTypeEEnum = createEEnum(PROCESS_TYPE);
		fimStatusEEnum = createEEnum(FIM_STATUS);
		orgUnitKindEEnum = createEEnum(ORG_UNIT_KIND);
		sizeClassEEnum = createEEnum(SIZE_CLASS);
		contextKindEEnum = createEEnum(CONTEXT_KIND);
		attributeTypeEEnum = createEEnum(ATTRIBUTE_TYPE);

		// Create data types
		digitalisationDegreeEDataType = createEDataType(DIGITALISATION_DEGREE);
		detailLevelEDataType = createEDataType(DETAIL_LEVEL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		personEClass.getESuperTypes().add(this.getPrincipal());
		personGroupEClass.getESuperTypes().add(this.getPrincipal());

		// Initialize classes, features, and operations; add parameters
		initEClass(processRegisterEClass, ProcessRegister.class, "ProcessRegister", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProcessRegister_Id(), ecorePackage.getEString(), "id", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_Version(), ecorePackage.getEString(), "version", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_BasedOn(), ecorePackage.getEString(), "basedOn", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_BaseVersion(), ecorePackage.getEString(), "baseVersion", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_BaseChecksum(), ecorePackage.getEString(), "baseChecksum", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_Created(), ecorePackage.getEDate(), "created", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_Modified(), ecorePackage.getEDate(), "modified", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessRegister_RootFolders(), this.getFolder(), null, "rootFolders", null, 0, -1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessRegister_UnfiledProfiles(), this.getProcessProfile(), null, "unfiledProfiles", null, 0, -1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessRegister_Organisation(), this.getOrgUnit(), null, "organisation", null, 0, -1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessRegister_AttributeDefinitions(), this.getAttributeDefinition(), null, "attributeDefinitions", null, 0, -1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessRegister_UsedCatalogues(), this.getCatalogueUsage(), null, "usedCatalogues", null, 0, -1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessRegister_HoursPerFullTimeEquivalent(), ecorePackage.getEDouble(), "hoursPerFullTimeEquivalent", "1600.0", 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getProcessRegister_AccessControl(), this.getAccessControl(), null, "accessControl", null, 0, 1, ProcessRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(catalogueUsageEClass, CatalogueUsage.class, "CatalogueUsage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCatalogueUsage_CatalogueId(), ecorePackage.getEString(), "catalogueId", null, 0, 1, CatalogueUsage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCatalogueUsage_Version(), ecorePackage.getEString(), "version", null, 0, 1, CatalogueUsage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(folderEClass, Folder.class, "Folder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFolder_Id(), ecorePackage.getEString(), "id", null, 0, 1, Folder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFolder_Name(), ecorePackage.getEString(), "name", null, 0, 1, Folder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFolder_Description(), ecorePackage.getEString(), "description", null, 0, 1, Folder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFolder_Folders(), this.getFolder(), null, "folders", null, 0, -1, Folder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFolder_Profiles(), this.getProcessProfile(), null, "profiles", null, 0, -1, Folder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(processProfileEClass, ProcessProfile.class, "ProcessProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProcessProfile_Id(), ecorePackage.getEString(), "id", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_Key(), ecorePackage.getEString(), "key", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_ShortDescription(), ecorePackage.getEString(), "shortDescription", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_ProcessType(), this.getProcessType(), "processType", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_Trigger(), ecorePackage.getEString(), "trigger", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_Result(), ecorePackage.getEString(), "result", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_ResponsibleUnit(), this.getOrgUnit(), null, "responsibleUnit", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_Participations(), this.getParticipation(), null, "participations", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_ProcessOwner(), ecorePackage.getEString(), "processOwner", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_CaseVolumePerYear(), ecorePackage.getEInt(), "caseVolumePerYear", "0", 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getProcessProfile_ProcessingMinutesPerCase(), ecorePackage.getEDouble(), "processingMinutesPerCase", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_LeadTimeDays(), ecorePackage.getEDouble(), "leadTimeDays", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_DigitalisationDegree(), this.getDigitalisationDegree(), "digitalisationDegree", "0", 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getProcessProfile_Status(), this.getFimStatus(), "status", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_StatusHistory(), this.getStatusChange(), null, "statusHistory", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_LastEditor(), ecorePackage.getEString(), "lastEditor", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_ValidFrom(), ecorePackage.getEDate(), "validFrom", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_ValidTo(), ecorePackage.getEDate(), "validTo", null, 0, 1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessProfile_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_CatalogueReferences(), this.getCatalogueReference(), null, "catalogueReferences", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_LegalBases(), this.getLegalBasis(), null, "legalBases", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_Contexts(), this.getProcessContext(), null, "contexts", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_ModelReferences(), this.getProcessModelReference(), null, "modelReferences", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_Predecessors(), this.getProcessProfile(), this.getProcessProfile_Successors(), "predecessors", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_Successors(), this.getProcessProfile(), this.getProcessProfile_Predecessors(), "successors", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_AttributeValues(), this.getAttributeValue(), null, "attributeValues", null, 0, -1, ProcessProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessProfile_ApplicableAttributeDefinitions(), this.getAttributeDefinition(), null, "applicableAttributeDefinitions", null, 0, -1, ProcessProfile.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(participationEClass, Participation.class, "Participation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getParticipation_Unit(), this.getOrgUnit(), null, "unit", null, 0, 1, Participation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getParticipation_Role(), ecorePackage.getEString(), "role", null, 0, 1, Participation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(statusChangeEClass, StatusChange.class, "StatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStatusChange_From(), this.getFimStatus(), "from", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatusChange_To(), this.getFimStatus(), "to", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatusChange_Who(), ecorePackage.getEString(), "who", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatusChange_When(), ecorePackage.getEDate(), "when", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatusChange_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(orgUnitEClass, OrgUnit.class, "OrgUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getOrgUnit_Id(), ecorePackage.getEString(), "id", null, 0, 1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrgUnit_Name(), ecorePackage.getEString(), "name", null, 0, 1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrgUnit_ShortCode(), ecorePackage.getEString(), "shortCode", null, 0, 1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrgUnit_Kind(), this.getOrgUnitKind(), "kind", null, 0, 1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrgUnit_SizeClasses(), this.getSizeClass(), "sizeClasses", null, 0, -1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrgUnit_Optional(), ecorePackage.getEBoolean(), "optional", null, 0, 1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrgUnit_Roles(), ecorePackage.getEString(), "roles", null, 0, -1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOrgUnit_Children(), this.getOrgUnit(), null, "children", null, 0, -1, OrgUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(catalogueReferenceEClass, CatalogueReference.class, "CatalogueReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCatalogueReference_CatalogueId(), ecorePackage.getEString(), "catalogueId", null, 0, 1, CatalogueReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCatalogueReference_Key(), ecorePackage.getEString(), "key", null, 0, 1, CatalogueReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCatalogueReference_Label(), ecorePackage.getEString(), "label", null, 0, 1, CatalogueReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCatalogueReference_CatalogueVersion(), ecorePackage.getEString(), "catalogueVersion", null, 0, 1, CatalogueReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(legalBasisEClass, LegalBasis.class, "LegalBasis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLegalBasis_Abbreviation(), ecorePackage.getEString(), "abbreviation", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLegalBasis_Paragraph(), ecorePackage.getEString(), "paragraph", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLegalBasis_Title(), ecorePackage.getEString(), "title", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLegalBasis_Url(), ecorePackage.getEString(), "url", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLegalBasis_SourceCatalogue(), ecorePackage.getEString(), "sourceCatalogue", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(processContextEClass, ProcessContext.class, "ProcessContext", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProcessContext_Kind(), this.getContextKind(), "kind", null, 0, 1, ProcessContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessContext_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProcessContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessContext_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProcessContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessContext_Url(), ecorePackage.getEString(), "url", null, 0, 1, ProcessContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessContext_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, ProcessContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(processModelReferenceEClass, ProcessModelReference.class, "ProcessModelReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProcessModelReference_Path(), ecorePackage.getEString(), "path", null, 0, 1, ProcessModelReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessModelReference_DetailLevel(), this.getDetailLevel(), "detailLevel", null, 0, 1, ProcessModelReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessModelReference_Title(), ecorePackage.getEString(), "title", null, 0, 1, ProcessModelReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(attributeDefinitionEClass, AttributeDefinition.class, "AttributeDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_Id(), ecorePackage.getEString(), "id", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_LabelDe(), ecorePackage.getEString(), "labelDe", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_Type(), this.getAttributeType(), "type", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_AllowedValues(), ecorePackage.getEString(), "allowedValues", null, 0, -1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_HelpText(), ecorePackage.getEString(), "helpText", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAttributeDefinition_Folders(), this.getFolder(), null, "folders", null, 0, -1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeDefinition_ProcessTypes(), this.getProcessType(), "processTypes", null, 0, -1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		EOperation op = initEOperation(getAttributeDefinition__AppliesTo__ProcessProfile(), ecorePackage.getEBoolean(), "appliesTo", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, this.getProcessProfile(), "profile", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(attributeValueEClass, AttributeValue.class, "AttributeValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAttributeValue_Definition(), this.getAttributeDefinition(), null, "definition", null, 0, 1, AttributeValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttributeValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, AttributeValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(accessControlEClass, AccessControl.class, "AccessControl", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAccessControl_Persons(), this.getPerson(), null, "persons", null, 0, -1, AccessControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccessControl_Groups(), this.getPersonGroup(), null, "groups", null, 0, -1, AccessControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccessControl_RoleAssignments(), this.getRoleAssignment(), null, "roleAssignments", null, 0, -1, AccessControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccessControl_FolderRights(), this.getFolderRight(), null, "folderRights", null, 0, -1, AccessControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccessControl_EditorialTeam(), this.getPersonGroup(), null, "editorialTeam", null, 0, 1, AccessControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(principalEClass, Principal.class, "Principal", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPrincipal_Id(), ecorePackage.getEString(), "id", null, 0, 1, Principal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrincipal_Name(), ecorePackage.getEString(), "name", null, 0, 1, Principal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPerson_Body(), ecorePackage.getEString(), "body", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPerson_Account(), ecorePackage.getEString(), "account", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(personGroupEClass, PersonGroup.class, "PersonGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPersonGroup_Members(), this.getPerson(), null, "members", null, 0, -1, PersonGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(roleAssignmentEClass, RoleAssignment.class, "RoleAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRoleAssignment_Principal(), this.getPrincipal(), null, "principal", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Role(), this.getRole(), "role", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRoleAssignment_Folder(), this.getFolder(), null, "folder", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(folderRightEClass, FolderRight.class, "FolderRight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getFolderRight_Principal(), this.getPrincipal(), null, "principal", null, 0, 1, FolderRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFolderRight_Folder(), this.getFolder(), null, "folder", null, 0, 1, FolderRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFolderRight_Right(), this.getAccessRight(), "right", null, 0, 1, FolderRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(roleEEnum, Role.class, "Role"); //$NON-NLS-1$
		addEEnumLiteral(roleEEnum, Role.VIEWER);
		addEEnumLiteral(roleEEnum, Role.MODELLER);
		addEEnumLiteral(roleEEnum, Role.METHOD_REVIEWER);
		addEEnumLiteral(roleEEnum, Role.RELEASER);
		addEEnumLiteral(roleEEnum, Role.ADMINISTRATOR);

		initEEnum(accessRightEEnum, AccessRight.class, "AccessRight"); //$NON-NLS-1$
		addEEnumLiteral(accessRightEEnum, AccessRight.NONE);
		addEEnumLiteral(accessRightEEnum, AccessRight.READ);
		addEEnumLiteral(accessRightEEnum, AccessRight.WRITE);

		initEEnum(processTypeEEnum, ProcessType.class, "ProcessType"); //$NON-NLS-1$
		addEEnumLiteral(processTypeEEnum, ProcessType.CORE);
		addEEnumLiteral(processTypeEEnum, ProcessType.SUPPORT);
		addEEnumLiteral(processTypeEEnum, ProcessType.MANAGEMENT);

		initEEnum(fimStatusEEnum, FimStatus.class, "FimStatus"); //$NON-NLS-1$
		addEEnumLiteral(fimStatusEEnum, FimStatus.IN_PLANNING);
		addEEnumLiteral(fimStatusEEnum, FimStatus.IN_PROGRESS);
		addEEnumLiteral(fimStatusEEnum, FimStatus.DRAFT);
		addEEnumLiteral(fimStatusEEnum, FimStatus.METHODICALLY_RELEASED);
		addEEnumLiteral(fimStatusEEnum, FimStatus.TECHNICALLY_RELEASED_SILVER);
		addEEnumLiteral(fimStatusEEnum, FimStatus.TECHNICALLY_RELEASED_GOLD);
		addEEnumLiteral(fimStatusEEnum, FimStatus.INACTIVE);
		addEEnumLiteral(fimStatusEEnum, FimStatus.MARKED_FOR_DELETION);

		initEEnum(orgUnitKindEEnum, OrgUnitKind.class, "OrgUnitKind"); //$NON-NLS-1$
		addEEnumLiteral(orgUnitKindEEnum, OrgUnitKind.DEPARTMENT);
		addEEnumLiteral(orgUnitKindEEnum, OrgUnitKind.OFFICE);
		addEEnumLiteral(orgUnitKindEEnum, OrgUnitKind.DIVISION);
		addEEnumLiteral(orgUnitKindEEnum, OrgUnitKind.STAFF);
		addEEnumLiteral(orgUnitKindEEnum, OrgUnitKind.OTHER);

		initEEnum(sizeClassEEnum, SizeClass.class, "SizeClass"); //$NON-NLS-1$
		addEEnumLiteral(sizeClassEEnum, SizeClass.GK1);
		addEEnumLiteral(sizeClassEEnum, SizeClass.GK2);
		addEEnumLiteral(sizeClassEEnum, SizeClass.GK3);
		addEEnumLiteral(sizeClassEEnum, SizeClass.GK4);
		addEEnumLiteral(sizeClassEEnum, SizeClass.GK5);
		addEEnumLiteral(sizeClassEEnum, SizeClass.GK6);
		addEEnumLiteral(sizeClassEEnum, SizeClass.GK7);

		initEEnum(contextKindEEnum, ContextKind.class, "ContextKind"); //$NON-NLS-1$
		addEEnumLiteral(contextKindEEnum, ContextKind.OAA);
		addEEnumLiteral(contextKindEEnum, ContextKind.IT_PROCEDURE);
		addEEnumLiteral(contextKindEEnum, ContextKind.DOCUMENT);
		addEEnumLiteral(contextKindEEnum, ContextKind.FORM);

		initEEnum(attributeTypeEEnum, AttributeType.class, "AttributeType"); //$NON-NLS-1$
		addEEnumLiteral(attributeTypeEEnum, AttributeType.TEXT);
		addEEnumLiteral(attributeTypeEEnum, AttributeType.RICH_TEXT);
		addEEnumLiteral(attributeTypeEEnum, AttributeType.NUMBER);
		addEEnumLiteral(attributeTypeEEnum, AttributeType.DATE);
		addEEnumLiteral(attributeTypeEEnum, AttributeType.ENUMERATION);
		addEEnumLiteral(attributeTypeEEnum, AttributeType.BOOLEAN);
		addEEnumLiteral(attributeTypeEEnum, AttributeType.LINK);
		addEEnumLiteral(attributeTypeEEnum, AttributeType.REFERENCE);

		// Initialize data types
		initEDataType(digitalisationDegreeEDataType, int.class, "DigitalisationDegree", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(detailLevelEDataType, int.class, "DetailLevel", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://prozesswerk.org/merge
		createMergeAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://prozesswerk.org/merge</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createMergeAnnotations() {
		String source = "http://prozesswerk.org/merge"; //$NON-NLS-1$
		addAnnotation
		  (getProcessRegister_Name(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_Publisher(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_BasedOn(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_BaseVersion(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_BaseChecksum(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_Created(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_Modified(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_UsedCatalogues(),
		   source,
		   new String[] {
			   "ownership", "upstream" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessRegister_AccessControl(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_ResponsibleUnit(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_Participations(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_ProcessOwner(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_CaseVolumePerYear(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_ProcessingMinutesPerCase(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_LeadTimeDays(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_DigitalisationDegree(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_Status(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_StatusHistory(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_LastEditor(),
		   source,
		   new String[] {
			   "ownership", "local" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_CatalogueReferences(),
		   source,
		   new String[] {
			   "ownership", "upstream" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_LegalBases(),
		   source,
		   new String[] {
			   "ownership", "upstream" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getProcessProfile_Contexts(),
		   source,
		   new String[] {
			   "ownership", "upstream" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData"; //$NON-NLS-1$
		addAnnotation
		  (digitalisationDegreeEDataType,
		   source,
		   new String[] {
			   "name", "DigitalisationDegree", //$NON-NLS-1$ //$NON-NLS-2$
			   "minInclusive", "0", //$NON-NLS-1$ //$NON-NLS-2$
			   "maxInclusive", "4" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (detailLevelEDataType,
		   source,
		   new String[] {
			   "name", "DetailLevel", //$NON-NLS-1$ //$NON-NLS-2$
			   "minInclusive", "101", //$NON-NLS-1$ //$NON-NLS-2$
			   "maxInclusive", "105" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //ProzesswerkPackageImpl
