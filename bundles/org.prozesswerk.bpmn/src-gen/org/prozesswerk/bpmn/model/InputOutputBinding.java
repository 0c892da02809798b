/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input Output Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.InputOutputBinding#getInputDataRef <em>Input Data Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.InputOutputBinding#getOperationRef <em>Operation Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.InputOutputBinding#getOutputDataRef <em>Output Data Ref</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputBinding()
 * @model extendedMetaData="name='tInputOutputBinding' kind='elementOnly'"
 * @generated
 */
public interface InputOutputBinding extends BaseElement {
	/**
	 * Returns the value of the '<em><b>Input Data Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Data Ref</em>' attribute.
	 * @see #setInputDataRef(String)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputBinding_InputDataRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.IDREF" required="true"
	 *        extendedMetaData="kind='attribute' name='inputDataRef'"
	 * @generated
	 */
	String getInputDataRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.InputOutputBinding#getInputDataRef <em>Input Data Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Data Ref</em>' attribute.
	 * @see #getInputDataRef()
	 * @generated
	 */
	void setInputDataRef(String value);

	/**
	 * Returns the value of the '<em><b>Operation Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation Ref</em>' attribute.
	 * @see #setOperationRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputBinding_OperationRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName" required="true"
	 *        extendedMetaData="kind='attribute' name='operationRef'"
	 * @generated
	 */
	QName getOperationRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.InputOutputBinding#getOperationRef <em>Operation Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation Ref</em>' attribute.
	 * @see #getOperationRef()
	 * @generated
	 */
	void setOperationRef(QName value);

	/**
	 * Returns the value of the '<em><b>Output Data Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Data Ref</em>' attribute.
	 * @see #setOutputDataRef(String)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputBinding_OutputDataRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.IDREF" required="true"
	 *        extendedMetaData="kind='attribute' name='outputDataRef'"
	 * @generated
	 */
	String getOutputDataRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.InputOutputBinding#getOutputDataRef <em>Output Data Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Data Ref</em>' attribute.
	 * @see #getOutputDataRef()
	 * @generated
	 */
	void setOutputDataRef(String value);

} // InputOutputBinding
