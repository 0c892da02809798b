/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import java.math.BigInteger;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getIoSpecification <em>Io Specification</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getProperty <em>Property</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getDataInputAssociation <em>Data Input Association</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getDataOutputAssociation <em>Data Output Association</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getResourceRoleGroup <em>Resource Role Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getResourceRole <em>Resource Role</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getLoopCharacteristicsGroup <em>Loop Characteristics Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getLoopCharacteristics <em>Loop Characteristics</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getCompletionQuantity <em>Completion Quantity</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getDefault <em>Default</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#isIsForCompensation <em>Is For Compensation</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Activity#getStartQuantity <em>Start Quantity</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity()
 * @model abstract="true"
 *        extendedMetaData="name='tActivity' kind='elementOnly'"
 * @generated
 */
public interface Activity extends FlowNode {
	/**
	 * Returns the value of the '<em><b>Io Specification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Io Specification</em>' containment reference.
	 * @see #setIoSpecification(InputOutputSpecification)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_IoSpecification()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='ioSpecification' namespace='##targetNamespace'"
	 * @generated
	 */
	InputOutputSpecification getIoSpecification();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Activity#getIoSpecification <em>Io Specification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Io Specification</em>' containment reference.
	 * @see #getIoSpecification()
	 * @generated
	 */
	void setIoSpecification(InputOutputSpecification value);

	/**
	 * Returns the value of the '<em><b>Property</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Property</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_Property()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='property' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Property> getProperty();

	/**
	 * Returns the value of the '<em><b>Data Input Association</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.DataInputAssociation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Input Association</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_DataInputAssociation()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dataInputAssociation' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<DataInputAssociation> getDataInputAssociation();

	/**
	 * Returns the value of the '<em><b>Data Output Association</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.DataOutputAssociation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Output Association</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_DataOutputAssociation()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dataOutputAssociation' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<DataOutputAssociation> getDataOutputAssociation();

	/**
	 * Returns the value of the '<em><b>Resource Role Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Role Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_ResourceRoleGroup()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="kind='group' name='resourceRole:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getResourceRoleGroup();

	/**
	 * Returns the value of the '<em><b>Resource Role</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ResourceRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Role</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_ResourceRole()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='resourceRole' namespace='##targetNamespace' group='resourceRole:group'"
	 * @generated
	 */
	EList<ResourceRole> getResourceRole();

	/**
	 * Returns the value of the '<em><b>Loop Characteristics Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loop Characteristics Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_LoopCharacteristicsGroup()
	 * @model dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="false"
	 *        extendedMetaData="kind='group' name='loopCharacteristics:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getLoopCharacteristicsGroup();

	/**
	 * Returns the value of the '<em><b>Loop Characteristics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loop Characteristics</em>' containment reference.
	 * @see #setLoopCharacteristics(LoopCharacteristics)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_LoopCharacteristics()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='loopCharacteristics' namespace='##targetNamespace' group='loopCharacteristics:group'"
	 * @generated
	 */
	LoopCharacteristics getLoopCharacteristics();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Activity#getLoopCharacteristics <em>Loop Characteristics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loop Characteristics</em>' containment reference.
	 * @see #getLoopCharacteristics()
	 * @generated
	 */
	void setLoopCharacteristics(LoopCharacteristics value);

	/**
	 * Returns the value of the '<em><b>Completion Quantity</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion Quantity</em>' attribute.
	 * @see #isSetCompletionQuantity()
	 * @see #unsetCompletionQuantity()
	 * @see #setCompletionQuantity(BigInteger)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_CompletionQuantity()
	 * @model default="1" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Integer"
	 *        extendedMetaData="kind='attribute' name='completionQuantity'"
	 * @generated
	 */
	BigInteger getCompletionQuantity();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Activity#getCompletionQuantity <em>Completion Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Quantity</em>' attribute.
	 * @see #isSetCompletionQuantity()
	 * @see #unsetCompletionQuantity()
	 * @see #getCompletionQuantity()
	 * @generated
	 */
	void setCompletionQuantity(BigInteger value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Activity#getCompletionQuantity <em>Completion Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCompletionQuantity()
	 * @see #getCompletionQuantity()
	 * @see #setCompletionQuantity(BigInteger)
	 * @generated
	 */
	void unsetCompletionQuantity();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Activity#getCompletionQuantity <em>Completion Quantity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Completion Quantity</em>' attribute is set.
	 * @see #unsetCompletionQuantity()
	 * @see #getCompletionQuantity()
	 * @see #setCompletionQuantity(BigInteger)
	 * @generated
	 */
	boolean isSetCompletionQuantity();

	/**
	 * Returns the value of the '<em><b>Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default</em>' attribute.
	 * @see #setDefault(String)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_Default()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.IDREF"
	 *        extendedMetaData="kind='attribute' name='default'"
	 * @generated
	 */
	String getDefault();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Activity#getDefault <em>Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default</em>' attribute.
	 * @see #getDefault()
	 * @generated
	 */
	void setDefault(String value);

	/**
	 * Returns the value of the '<em><b>Is For Compensation</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is For Compensation</em>' attribute.
	 * @see #isSetIsForCompensation()
	 * @see #unsetIsForCompensation()
	 * @see #setIsForCompensation(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_IsForCompensation()
	 * @model default="false" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='isForCompensation'"
	 * @generated
	 */
	boolean isIsForCompensation();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Activity#isIsForCompensation <em>Is For Compensation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is For Compensation</em>' attribute.
	 * @see #isSetIsForCompensation()
	 * @see #unsetIsForCompensation()
	 * @see #isIsForCompensation()
	 * @generated
	 */
	void setIsForCompensation(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Activity#isIsForCompensation <em>Is For Compensation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsForCompensation()
	 * @see #isIsForCompensation()
	 * @see #setIsForCompensation(boolean)
	 * @generated
	 */
	void unsetIsForCompensation();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Activity#isIsForCompensation <em>Is For Compensation</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Is For Compensation</em>' attribute is set.
	 * @see #unsetIsForCompensation()
	 * @see #isIsForCompensation()
	 * @see #setIsForCompensation(boolean)
	 * @generated
	 */
	boolean isSetIsForCompensation();

	/**
	 * Returns the value of the '<em><b>Start Quantity</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Quantity</em>' attribute.
	 * @see #isSetStartQuantity()
	 * @see #unsetStartQuantity()
	 * @see #setStartQuantity(BigInteger)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getActivity_StartQuantity()
	 * @model default="1" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Integer"
	 *        extendedMetaData="kind='attribute' name='startQuantity'"
	 * @generated
	 */
	BigInteger getStartQuantity();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Activity#getStartQuantity <em>Start Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Quantity</em>' attribute.
	 * @see #isSetStartQuantity()
	 * @see #unsetStartQuantity()
	 * @see #getStartQuantity()
	 * @generated
	 */
	void setStartQuantity(BigInteger value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Activity#getStartQuantity <em>Start Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStartQuantity()
	 * @see #getStartQuantity()
	 * @see #setStartQuantity(BigInteger)
	 * @generated
	 */
	void unsetStartQuantity();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Activity#getStartQuantity <em>Start Quantity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Start Quantity</em>' attribute is set.
	 * @see #unsetStartQuantity()
	 * @see #getStartQuantity()
	 * @see #setStartQuantity(BigInteger)
	 * @generated
	 */
	boolean isSetStartQuantity();

} // Activity
