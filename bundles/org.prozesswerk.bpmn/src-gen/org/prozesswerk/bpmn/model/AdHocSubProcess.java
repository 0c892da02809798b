/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ad Hoc Sub Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.AdHocSubProcess#getCompletionCondition <em>Completion Condition</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.AdHocSubProcess#isCancelRemainingInstances <em>Cancel Remaining Instances</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.AdHocSubProcess#getOrdering <em>Ordering</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getAdHocSubProcess()
 * @model extendedMetaData="name='tAdHocSubProcess' kind='elementOnly'"
 * @generated
 */
public interface AdHocSubProcess extends SubProcess {
	/**
	 * Returns the value of the '<em><b>Completion Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion Condition</em>' containment reference.
	 * @see #setCompletionCondition(Expression)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getAdHocSubProcess_CompletionCondition()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='completionCondition' namespace='##targetNamespace'"
	 * @generated
	 */
	Expression getCompletionCondition();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.AdHocSubProcess#getCompletionCondition <em>Completion Condition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Condition</em>' containment reference.
	 * @see #getCompletionCondition()
	 * @generated
	 */
	void setCompletionCondition(Expression value);

	/**
	 * Returns the value of the '<em><b>Cancel Remaining Instances</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cancel Remaining Instances</em>' attribute.
	 * @see #isSetCancelRemainingInstances()
	 * @see #unsetCancelRemainingInstances()
	 * @see #setCancelRemainingInstances(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getAdHocSubProcess_CancelRemainingInstances()
	 * @model default="true" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='cancelRemainingInstances'"
	 * @generated
	 */
	boolean isCancelRemainingInstances();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.AdHocSubProcess#isCancelRemainingInstances <em>Cancel Remaining Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cancel Remaining Instances</em>' attribute.
	 * @see #isSetCancelRemainingInstances()
	 * @see #unsetCancelRemainingInstances()
	 * @see #isCancelRemainingInstances()
	 * @generated
	 */
	void setCancelRemainingInstances(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.AdHocSubProcess#isCancelRemainingInstances <em>Cancel Remaining Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCancelRemainingInstances()
	 * @see #isCancelRemainingInstances()
	 * @see #setCancelRemainingInstances(boolean)
	 * @generated
	 */
	void unsetCancelRemainingInstances();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.AdHocSubProcess#isCancelRemainingInstances <em>Cancel Remaining Instances</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cancel Remaining Instances</em>' attribute is set.
	 * @see #unsetCancelRemainingInstances()
	 * @see #isCancelRemainingInstances()
	 * @see #setCancelRemainingInstances(boolean)
	 * @generated
	 */
	boolean isSetCancelRemainingInstances();

	/**
	 * Returns the value of the '<em><b>Ordering</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.bpmn.model.AdHocOrdering}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordering</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.AdHocOrdering
	 * @see #isSetOrdering()
	 * @see #unsetOrdering()
	 * @see #setOrdering(AdHocOrdering)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getAdHocSubProcess_Ordering()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='ordering'"
	 * @generated
	 */
	AdHocOrdering getOrdering();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.AdHocSubProcess#getOrdering <em>Ordering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordering</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.AdHocOrdering
	 * @see #isSetOrdering()
	 * @see #unsetOrdering()
	 * @see #getOrdering()
	 * @generated
	 */
	void setOrdering(AdHocOrdering value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.AdHocSubProcess#getOrdering <em>Ordering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOrdering()
	 * @see #getOrdering()
	 * @see #setOrdering(AdHocOrdering)
	 * @generated
	 */
	void unsetOrdering();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.AdHocSubProcess#getOrdering <em>Ordering</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ordering</em>' attribute is set.
	 * @see #unsetOrdering()
	 * @see #getOrdering()
	 * @see #setOrdering(AdHocOrdering)
	 * @generated
	 */
	boolean isSetOrdering();

} // AdHocSubProcess
