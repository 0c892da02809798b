/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.DataOutputAssociation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Output Association</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DataOutputAssociationImpl extends DataAssociationImpl implements DataOutputAssociation {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataOutputAssociationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BpmnPackage.eINSTANCE.getDataOutputAssociation();
	}

} //DataOutputAssociationImpl
