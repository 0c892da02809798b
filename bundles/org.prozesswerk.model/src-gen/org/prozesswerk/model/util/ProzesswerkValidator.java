/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.prozesswerk.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.prozesswerk.model.ProzesswerkPackage
 * @generated
 */
public class ProzesswerkValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ProzesswerkValidator INSTANCE = new ProzesswerkValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.prozesswerk.model"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProzesswerkValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ProzesswerkPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ProzesswerkPackage.PROCESS_REGISTER:
				return validateProcessRegister((ProcessRegister)value, diagnostics, context);
			case ProzesswerkPackage.CATALOGUE_USAGE:
				return validateCatalogueUsage((CatalogueUsage)value, diagnostics, context);
			case ProzesswerkPackage.FOLDER:
				return validateFolder((Folder)value, diagnostics, context);
			case ProzesswerkPackage.PROCESS_PROFILE:
				return validateProcessProfile((ProcessProfile)value, diagnostics, context);
			case ProzesswerkPackage.PARTICIPATION:
				return validateParticipation((Participation)value, diagnostics, context);
			case ProzesswerkPackage.STATUS_CHANGE:
				return validateStatusChange((StatusChange)value, diagnostics, context);
			case ProzesswerkPackage.ORG_UNIT:
				return validateOrgUnit((OrgUnit)value, diagnostics, context);
			case ProzesswerkPackage.CATALOGUE_REFERENCE:
				return validateCatalogueReference((CatalogueReference)value, diagnostics, context);
			case ProzesswerkPackage.LEGAL_BASIS:
				return validateLegalBasis((LegalBasis)value, diagnostics, context);
			case ProzesswerkPackage.PROCESS_CONTEXT:
				return validateProcessContext((ProcessContext)value, diagnostics, context);
			case ProzesswerkPackage.PROCESS_MODEL_REFERENCE:
				return validateProcessModelReference((ProcessModelReference)value, diagnostics, context);
			case ProzesswerkPackage.ATTRIBUTE_DEFINITION:
				return validateAttributeDefinition((AttributeDefinition)value, diagnostics, context);
			case ProzesswerkPackage.ATTRIBUTE_VALUE:
				return validateAttributeValue((AttributeValue)value, diagnostics, context);
			case ProzesswerkPackage.ACCESS_CONTROL:
				return validateAccessControl((AccessControl)value, diagnostics, context);
			case ProzesswerkPackage.PRINCIPAL:
				return validatePrincipal((Principal)value, diagnostics, context);
			case ProzesswerkPackage.PERSON:
				return validatePerson((Person)value, diagnostics, context);
			case ProzesswerkPackage.PERSON_GROUP:
				return validatePersonGroup((PersonGroup)value, diagnostics, context);
			case ProzesswerkPackage.ROLE_ASSIGNMENT:
				return validateRoleAssignment((RoleAssignment)value, diagnostics, context);
			case ProzesswerkPackage.FOLDER_RIGHT:
				return validateFolderRight((FolderRight)value, diagnostics, context);
			case ProzesswerkPackage.ROLE:
				return validateRole((Role)value, diagnostics, context);
			case ProzesswerkPackage.ACCESS_RIGHT:
				return validateAccessRight((AccessRight)value, diagnostics, context);
			case ProzesswerkPackage.PROCESS_TYPE:
				return validateProcessType((ProcessType)value, diagnostics, context);
			case ProzesswerkPackage.FIM_STATUS:
				return validateFimStatus((FimStatus)value, diagnostics, context);
			case ProzesswerkPackage.ORG_UNIT_KIND:
				return validateOrgUnitKind((OrgUnitKind)value, diagnostics, context);
			case ProzesswerkPackage.SIZE_CLASS:
				return validateSizeClass((SizeClass)value, diagnostics, context);
			case ProzesswerkPackage.CONTEXT_KIND:
				return validateContextKind((ContextKind)value, diagnostics, context);
			case ProzesswerkPackage.ATTRIBUTE_TYPE:
				return validateAttributeType((AttributeType)value, diagnostics, context);
			case ProzesswerkPackage.DIGITALISATION_DEGREE:
				return validateDigitalisationDegree((Integer)value, diagnostics, context);
			case ProzesswerkPackage.DETAIL_LEVEL:
				return validateDetailLevel((Integer)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessRegister(ProcessRegister processRegister, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(processRegister, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatalogueUsage(CatalogueUsage catalogueUsage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(catalogueUsage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFolder(Folder folder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(folder, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessProfile(ProcessProfile processProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(processProfile, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipation(Participation participation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(participation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStatusChange(StatusChange statusChange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(statusChange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrgUnit(OrgUnit orgUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(orgUnit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatalogueReference(CatalogueReference catalogueReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(catalogueReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLegalBasis(LegalBasis legalBasis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(legalBasis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessContext(ProcessContext processContext, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(processContext, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessModelReference(ProcessModelReference processModelReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(processModelReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttributeDefinition(AttributeDefinition attributeDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(attributeDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttributeValue(AttributeValue attributeValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(attributeValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccessControl(AccessControl accessControl, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(accessControl, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePrincipal(Principal principal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(principal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerson(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(person, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersonGroup(PersonGroup personGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(personGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoleAssignment(RoleAssignment roleAssignment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(roleAssignment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFolderRight(FolderRight folderRight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(folderRight, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRole(Role role, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccessRight(AccessRight accessRight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessType(ProcessType processType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFimStatus(FimStatus fimStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrgUnitKind(OrgUnitKind orgUnitKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSizeClass(SizeClass sizeClass, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContextKind(ContextKind contextKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttributeType(AttributeType attributeType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDigitalisationDegree(int digitalisationDegree, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDigitalisationDegree_Min(digitalisationDegree, diagnostics, context);
		if (result || diagnostics != null) result &= validateDigitalisationDegree_Max(digitalisationDegree, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDigitalisationDegree_Min
	 */
	public static final int DIGITALISATION_DEGREE__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Digitalisation Degree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDigitalisationDegree_Min(int digitalisationDegree, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = digitalisationDegree >= DIGITALISATION_DEGREE__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(ProzesswerkPackage.Literals.DIGITALISATION_DEGREE, digitalisationDegree, DIGITALISATION_DEGREE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDigitalisationDegree_Max
	 */
	public static final int DIGITALISATION_DEGREE__MAX__VALUE = 4;

	/**
	 * Validates the Max constraint of '<em>Digitalisation Degree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDigitalisationDegree_Max(int digitalisationDegree, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = digitalisationDegree <= DIGITALISATION_DEGREE__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(ProzesswerkPackage.Literals.DIGITALISATION_DEGREE, digitalisationDegree, DIGITALISATION_DEGREE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDetailLevel(int detailLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDetailLevel_Min(detailLevel, diagnostics, context);
		if (result || diagnostics != null) result &= validateDetailLevel_Max(detailLevel, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDetailLevel_Min
	 */
	public static final int DETAIL_LEVEL__MIN__VALUE = 101;

	/**
	 * Validates the Min constraint of '<em>Detail Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDetailLevel_Min(int detailLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = detailLevel >= DETAIL_LEVEL__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(ProzesswerkPackage.Literals.DETAIL_LEVEL, detailLevel, DETAIL_LEVEL__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDetailLevel_Max
	 */
	public static final int DETAIL_LEVEL__MAX__VALUE = 105;

	/**
	 * Validates the Max constraint of '<em>Detail Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDetailLevel_Max(int detailLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = detailLevel <= DETAIL_LEVEL__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(ProzesswerkPackage.Literals.DETAIL_LEVEL, detailLevel, DETAIL_LEVEL__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ProzesswerkValidator
