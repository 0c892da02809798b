/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input Output Specification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.InputOutputSpecification#getDataInput <em>Data Input</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.InputOutputSpecification#getDataOutput <em>Data Output</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.InputOutputSpecification#getInputSet <em>Input Set</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.InputOutputSpecification#getOutputSet <em>Output Set</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputSpecification()
 * @model extendedMetaData="name='tInputOutputSpecification' kind='elementOnly'"
 * @generated
 */
public interface InputOutputSpecification extends BaseElement {
	/**
	 * Returns the value of the '<em><b>Data Input</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.DataInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Input</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputSpecification_DataInput()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dataInput' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<DataInput> getDataInput();

	/**
	 * Returns the value of the '<em><b>Data Output</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.DataOutput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Output</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputSpecification_DataOutput()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dataOutput' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<DataOutput> getDataOutput();

	/**
	 * Returns the value of the '<em><b>Input Set</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.InputSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Set</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputSpecification_InputSet()
	 * @model containment="true" required="true"
	 *        extendedMetaData="kind='element' name='inputSet' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<InputSet> getInputSet();

	/**
	 * Returns the value of the '<em><b>Output Set</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.OutputSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Set</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getInputOutputSpecification_OutputSet()
	 * @model containment="true" required="true"
	 *        extendedMetaData="kind='element' name='outputSet' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<OutputSet> getOutputSet();

} // InputOutputSpecification
