/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.ConversationNode;
import org.prozesswerk.bpmn.model.SubConversation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sub Conversation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubConversationImpl#getConversationNodeGroup <em>Conversation Node Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.impl.SubConversationImpl#getConversationNode <em>Conversation Node</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubConversationImpl extends ConversationNodeImpl implements SubConversation {
	/**
	 * The cached value of the '{@link #getConversationNodeGroup() <em>Conversation Node Group</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversationNodeGroup()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap conversationNodeGroup;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubConversationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BpmnPackage.eINSTANCE.getSubConversation();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getConversationNodeGroup() {
		if (conversationNodeGroup == null) {
			conversationNodeGroup = new BasicFeatureMap(this, BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE_GROUP);
		}
		return conversationNodeGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConversationNode> getConversationNode() {
		return getConversationNodeGroup().list(BpmnPackage.eINSTANCE.getSubConversation_ConversationNode());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE_GROUP:
				return ((InternalEList<?>)getConversationNodeGroup()).basicRemove(otherEnd, msgs);
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE:
				return ((InternalEList<?>)getConversationNode()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE_GROUP:
				if (coreType) return getConversationNodeGroup();
				return ((FeatureMap.Internal)getConversationNodeGroup()).getWrapper();
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE:
				return getConversationNode();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE_GROUP:
				((FeatureMap.Internal)getConversationNodeGroup()).set(newValue);
				return;
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE:
				getConversationNode().clear();
				getConversationNode().addAll((Collection<? extends ConversationNode>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE_GROUP:
				getConversationNodeGroup().clear();
				return;
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE:
				getConversationNode().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE_GROUP:
				return conversationNodeGroup != null && !conversationNodeGroup.isEmpty();
			case BpmnPackage.SUB_CONVERSATION__CONVERSATION_NODE:
				return !getConversationNode().isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (conversationNodeGroup: "); //$NON-NLS-1$
		result.append(conversationNodeGroup);
		result.append(')');
		return result.toString();
	}

} //SubConversationImpl
