/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multi Instance Loop Characteristics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getLoopCardinality <em>Loop Cardinality</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getLoopDataInputRef <em>Loop Data Input Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getLoopDataOutputRef <em>Loop Data Output Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getInputDataItem <em>Input Data Item</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getOutputDataItem <em>Output Data Item</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getComplexBehaviorDefinition <em>Complex Behavior Definition</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getCompletionCondition <em>Completion Condition</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getBehavior <em>Behavior</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#isIsSequential <em>Is Sequential</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getNoneBehaviorEventRef <em>None Behavior Event Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getOneBehaviorEventRef <em>One Behavior Event Ref</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics()
 * @model extendedMetaData="name='tMultiInstanceLoopCharacteristics' kind='elementOnly'"
 * @generated
 */
public interface MultiInstanceLoopCharacteristics extends LoopCharacteristics {
	/**
	 * Returns the value of the '<em><b>Loop Cardinality</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loop Cardinality</em>' containment reference.
	 * @see #setLoopCardinality(Expression)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_LoopCardinality()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='loopCardinality' namespace='##targetNamespace'"
	 * @generated
	 */
	Expression getLoopCardinality();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getLoopCardinality <em>Loop Cardinality</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loop Cardinality</em>' containment reference.
	 * @see #getLoopCardinality()
	 * @generated
	 */
	void setLoopCardinality(Expression value);

	/**
	 * Returns the value of the '<em><b>Loop Data Input Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loop Data Input Ref</em>' attribute.
	 * @see #setLoopDataInputRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_LoopDataInputRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='loopDataInputRef' namespace='##targetNamespace'"
	 * @generated
	 */
	QName getLoopDataInputRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getLoopDataInputRef <em>Loop Data Input Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loop Data Input Ref</em>' attribute.
	 * @see #getLoopDataInputRef()
	 * @generated
	 */
	void setLoopDataInputRef(QName value);

	/**
	 * Returns the value of the '<em><b>Loop Data Output Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loop Data Output Ref</em>' attribute.
	 * @see #setLoopDataOutputRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_LoopDataOutputRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='loopDataOutputRef' namespace='##targetNamespace'"
	 * @generated
	 */
	QName getLoopDataOutputRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getLoopDataOutputRef <em>Loop Data Output Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loop Data Output Ref</em>' attribute.
	 * @see #getLoopDataOutputRef()
	 * @generated
	 */
	void setLoopDataOutputRef(QName value);

	/**
	 * Returns the value of the '<em><b>Input Data Item</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Data Item</em>' containment reference.
	 * @see #setInputDataItem(DataInput)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_InputDataItem()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='inputDataItem' namespace='##targetNamespace'"
	 * @generated
	 */
	DataInput getInputDataItem();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getInputDataItem <em>Input Data Item</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Data Item</em>' containment reference.
	 * @see #getInputDataItem()
	 * @generated
	 */
	void setInputDataItem(DataInput value);

	/**
	 * Returns the value of the '<em><b>Output Data Item</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Data Item</em>' containment reference.
	 * @see #setOutputDataItem(DataOutput)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_OutputDataItem()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='outputDataItem' namespace='##targetNamespace'"
	 * @generated
	 */
	DataOutput getOutputDataItem();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getOutputDataItem <em>Output Data Item</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Data Item</em>' containment reference.
	 * @see #getOutputDataItem()
	 * @generated
	 */
	void setOutputDataItem(DataOutput value);

	/**
	 * Returns the value of the '<em><b>Complex Behavior Definition</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ComplexBehaviorDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complex Behavior Definition</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_ComplexBehaviorDefinition()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='complexBehaviorDefinition' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<ComplexBehaviorDefinition> getComplexBehaviorDefinition();

	/**
	 * Returns the value of the '<em><b>Completion Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion Condition</em>' containment reference.
	 * @see #setCompletionCondition(Expression)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_CompletionCondition()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='completionCondition' namespace='##targetNamespace'"
	 * @generated
	 */
	Expression getCompletionCondition();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getCompletionCondition <em>Completion Condition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Condition</em>' containment reference.
	 * @see #getCompletionCondition()
	 * @generated
	 */
	void setCompletionCondition(Expression value);

	/**
	 * Returns the value of the '<em><b>Behavior</b></em>' attribute.
	 * The default value is <code>"All"</code>.
	 * The literals are from the enumeration {@link org.prozesswerk.bpmn.model.MultiInstanceFlowCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Behavior</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.MultiInstanceFlowCondition
	 * @see #isSetBehavior()
	 * @see #unsetBehavior()
	 * @see #setBehavior(MultiInstanceFlowCondition)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_Behavior()
	 * @model default="All" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='behavior'"
	 * @generated
	 */
	MultiInstanceFlowCondition getBehavior();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getBehavior <em>Behavior</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Behavior</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.MultiInstanceFlowCondition
	 * @see #isSetBehavior()
	 * @see #unsetBehavior()
	 * @see #getBehavior()
	 * @generated
	 */
	void setBehavior(MultiInstanceFlowCondition value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getBehavior <em>Behavior</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBehavior()
	 * @see #getBehavior()
	 * @see #setBehavior(MultiInstanceFlowCondition)
	 * @generated
	 */
	void unsetBehavior();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getBehavior <em>Behavior</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Behavior</em>' attribute is set.
	 * @see #unsetBehavior()
	 * @see #getBehavior()
	 * @see #setBehavior(MultiInstanceFlowCondition)
	 * @generated
	 */
	boolean isSetBehavior();

	/**
	 * Returns the value of the '<em><b>Is Sequential</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Sequential</em>' attribute.
	 * @see #isSetIsSequential()
	 * @see #unsetIsSequential()
	 * @see #setIsSequential(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_IsSequential()
	 * @model default="false" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='isSequential'"
	 * @generated
	 */
	boolean isIsSequential();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#isIsSequential <em>Is Sequential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Sequential</em>' attribute.
	 * @see #isSetIsSequential()
	 * @see #unsetIsSequential()
	 * @see #isIsSequential()
	 * @generated
	 */
	void setIsSequential(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#isIsSequential <em>Is Sequential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsSequential()
	 * @see #isIsSequential()
	 * @see #setIsSequential(boolean)
	 * @generated
	 */
	void unsetIsSequential();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#isIsSequential <em>Is Sequential</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Is Sequential</em>' attribute is set.
	 * @see #unsetIsSequential()
	 * @see #isIsSequential()
	 * @see #setIsSequential(boolean)
	 * @generated
	 */
	boolean isSetIsSequential();

	/**
	 * Returns the value of the '<em><b>None Behavior Event Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>None Behavior Event Ref</em>' attribute.
	 * @see #setNoneBehaviorEventRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_NoneBehaviorEventRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='attribute' name='noneBehaviorEventRef'"
	 * @generated
	 */
	QName getNoneBehaviorEventRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getNoneBehaviorEventRef <em>None Behavior Event Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>None Behavior Event Ref</em>' attribute.
	 * @see #getNoneBehaviorEventRef()
	 * @generated
	 */
	void setNoneBehaviorEventRef(QName value);

	/**
	 * Returns the value of the '<em><b>One Behavior Event Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>One Behavior Event Ref</em>' attribute.
	 * @see #setOneBehaviorEventRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getMultiInstanceLoopCharacteristics_OneBehaviorEventRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='attribute' name='oneBehaviorEventRef'"
	 * @generated
	 */
	QName getOneBehaviorEventRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics#getOneBehaviorEventRef <em>One Behavior Event Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>One Behavior Event Ref</em>' attribute.
	 * @see #getOneBehaviorEventRef()
	 * @generated
	 */
	void setOneBehaviorEventRef(QName value);

} // MultiInstanceLoopCharacteristics
