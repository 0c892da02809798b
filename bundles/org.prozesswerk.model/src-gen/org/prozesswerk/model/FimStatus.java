/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Fim Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * FIM release status (Freigabestatus); the values are the FIM codes 1 to 8.
 * <!-- end-model-doc -->
 * @see org.prozesswerk.model.ProzesswerkPackage#getFimStatus()
 * @model
 * @generated
 */
public enum FimStatus implements Enumerator {
	/**
	 * The '<em><b>IN PLANNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PLANNING_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PLANNING(1, "IN_PLANNING", "IN_PLANNING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IN PROGRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROGRESS_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PROGRESS(2, "IN_PROGRESS", "IN_PROGRESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DRAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_VALUE
	 * @generated
	 * @ordered
	 */
	DRAFT(3, "DRAFT", "DRAFT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>METHODICALLY RELEASED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METHODICALLY_RELEASED_VALUE
	 * @generated
	 * @ordered
	 */
	METHODICALLY_RELEASED(4, "METHODICALLY_RELEASED", "METHODICALLY_RELEASED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TECHNICALLY RELEASED SILVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICALLY_RELEASED_SILVER_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICALLY_RELEASED_SILVER(5, "TECHNICALLY_RELEASED_SILVER", "TECHNICALLY_RELEASED_SILVER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TECHNICALLY RELEASED GOLD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICALLY_RELEASED_GOLD_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICALLY_RELEASED_GOLD(6, "TECHNICALLY_RELEASED_GOLD", "TECHNICALLY_RELEASED_GOLD"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INACTIVE(7, "INACTIVE", "INACTIVE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MARKED FOR DELETION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKED_FOR_DELETION_VALUE
	 * @generated
	 * @ordered
	 */
	MARKED_FOR_DELETION(8, "MARKED_FOR_DELETION", "MARKED_FOR_DELETION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IN PLANNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PLANNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_PLANNING_VALUE = 1;

	/**
	 * The '<em><b>IN PROGRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROGRESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_PROGRESS_VALUE = 2;

	/**
	 * The '<em><b>DRAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRAFT_VALUE = 3;

	/**
	 * The '<em><b>METHODICALLY RELEASED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METHODICALLY_RELEASED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METHODICALLY_RELEASED_VALUE = 4;

	/**
	 * The '<em><b>TECHNICALLY RELEASED SILVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICALLY_RELEASED_SILVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICALLY_RELEASED_SILVER_VALUE = 5;

	/**
	 * The '<em><b>TECHNICALLY RELEASED GOLD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICALLY_RELEASED_GOLD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICALLY_RELEASED_GOLD_VALUE = 6;

	/**
	 * The '<em><b>INACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INACTIVE_VALUE = 7;

	/**
	 * The '<em><b>MARKED FOR DELETION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKED_FOR_DELETION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKED_FOR_DELETION_VALUE = 8;

	/**
	 * An array of all the '<em><b>Fim Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FimStatus[] VALUES_ARRAY =
		new FimStatus[] {
			IN_PLANNING,
			IN_PROGRESS,
			DRAFT,
			METHODICALLY_RELEASED,
			TECHNICALLY_RELEASED_SILVER,
			TECHNICALLY_RELEASED_GOLD,
			INACTIVE,
			MARKED_FOR_DELETION,
		};

	/**
	 * A public read-only list of all the '<em><b>Fim Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FimStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fim Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FimStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FimStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fim Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FimStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FimStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fim Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FimStatus get(int value) {
		switch (value) {
			case IN_PLANNING_VALUE: return IN_PLANNING;
			case IN_PROGRESS_VALUE: return IN_PROGRESS;
			case DRAFT_VALUE: return DRAFT;
			case METHODICALLY_RELEASED_VALUE: return METHODICALLY_RELEASED;
			case TECHNICALLY_RELEASED_SILVER_VALUE: return TECHNICALLY_RELEASED_SILVER;
			case TECHNICALLY_RELEASED_GOLD_VALUE: return TECHNICALLY_RELEASED_GOLD;
			case INACTIVE_VALUE: return INACTIVE;
			case MARKED_FOR_DELETION_VALUE: return MARKED_FOR_DELETION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FimStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FimStatus
