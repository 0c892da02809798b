/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attribute Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A register-specific attribute that process profiles can carry values for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getId <em>Id</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getLabelDe <em>Label De</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getType <em>Type</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getAllowedValues <em>Allowed Values</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#isRequired <em>Required</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getHelpText <em>Help Text</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getFolders <em>Folders</em>}</li>
 *   <li>{@link org.prozesswerk.model.AttributeDefinition#getProcessTypes <em>Process Types</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition()
 * @model
 * @generated
 */
public interface AttributeDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.AttributeDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label De</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label De</em>' attribute.
	 * @see #setLabelDe(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_LabelDe()
	 * @model
	 * @generated
	 */
	String getLabelDe();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.AttributeDefinition#getLabelDe <em>Label De</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label De</em>' attribute.
	 * @see #getLabelDe()
	 * @generated
	 */
	void setLabelDe(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.AttributeDefinition#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.AttributeType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.prozesswerk.model.AttributeType
	 * @see #setType(AttributeType)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_Type()
	 * @model
	 * @generated
	 */
	AttributeType getType();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.AttributeDefinition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.prozesswerk.model.AttributeType
	 * @see #getType()
	 * @generated
	 */
	void setType(AttributeType value);

	/**
	 * Returns the value of the '<em><b>Allowed Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values an ENUMERATION attribute may take.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed Values</em>' attribute list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_AllowedValues()
	 * @model
	 * @generated
	 */
	EList<String> getAllowedValues();

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.AttributeDefinition#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Help for the people filling in the attribute (Hilfetext of the method profile), shown beside the field.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Help Text</em>' attribute.
	 * @see #setHelpText(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_HelpText()
	 * @model
	 * @generated
	 */
	String getHelpText();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.AttributeDefinition#getHelpText <em>Help Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Help Text</em>' attribute.
	 * @see #getHelpText()
	 * @generated
	 */
	void setHelpText(String value);

	/**
	 * Returns the value of the '<em><b>Folders</b></em>' reference list.
	 * The list contents are of type {@link org.prozesswerk.model.Folder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folders whose process profiles (subfolders included) carry the attribute; empty: all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folders</em>' reference list.
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_Folders()
	 * @model
	 * @generated
	 */
	EList<Folder> getFolders();

	/**
	 * Returns the value of the '<em><b>Process Types</b></em>' attribute list.
	 * The list contents are of type {@link org.prozesswerk.model.ProcessType}.
	 * The literals are from the enumeration {@link org.prozesswerk.model.ProcessType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process types whose profiles carry the attribute; empty: all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process Types</em>' attribute list.
	 * @see org.prozesswerk.model.ProcessType
	 * @see org.prozesswerk.model.ProzesswerkPackage#getAttributeDefinition_ProcessTypes()
	 * @model
	 * @generated
	 */
	EList<ProcessType> getProcessTypes();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether process profiles of this kind carry the attribute: the profile's process type is one of processTypes (or processTypes is empty) and it lies in one of folders or their subfolders (or folders is empty).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean appliesTo(ProcessProfile profile);

} // AttributeDefinition
