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
 * A representation of the literals of the enumeration '<em><b>Size Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * KGSt size classes of cities and municipalities: GK1 more than 400,000 inhabitants ... GK7 fewer than 10,000.
 * <!-- end-model-doc -->
 * @see org.prozesswerk.model.ProzesswerkPackage#getSizeClass()
 * @model
 * @generated
 */
public enum SizeClass implements Enumerator {
	/**
	 * The '<em><b>GK1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK1_VALUE
	 * @generated
	 * @ordered
	 */
	GK1(1, "GK1", "GK1"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GK2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK2_VALUE
	 * @generated
	 * @ordered
	 */
	GK2(2, "GK2", "GK2"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GK3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK3_VALUE
	 * @generated
	 * @ordered
	 */
	GK3(3, "GK3", "GK3"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GK4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK4_VALUE
	 * @generated
	 * @ordered
	 */
	GK4(4, "GK4", "GK4"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GK5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK5_VALUE
	 * @generated
	 * @ordered
	 */
	GK5(5, "GK5", "GK5"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GK6</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK6_VALUE
	 * @generated
	 * @ordered
	 */
	GK6(6, "GK6", "GK6"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GK7</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK7_VALUE
	 * @generated
	 * @ordered
	 */
	GK7(7, "GK7", "GK7"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GK1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GK1_VALUE = 1;

	/**
	 * The '<em><b>GK2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GK2_VALUE = 2;

	/**
	 * The '<em><b>GK3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GK3_VALUE = 3;

	/**
	 * The '<em><b>GK4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK4
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GK4_VALUE = 4;

	/**
	 * The '<em><b>GK5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK5
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GK5_VALUE = 5;

	/**
	 * The '<em><b>GK6</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK6
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GK6_VALUE = 6;

	/**
	 * The '<em><b>GK7</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GK7
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GK7_VALUE = 7;

	/**
	 * An array of all the '<em><b>Size Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SizeClass[] VALUES_ARRAY =
		new SizeClass[] {
			GK1,
			GK2,
			GK3,
			GK4,
			GK5,
			GK6,
			GK7,
		};

	/**
	 * A public read-only list of all the '<em><b>Size Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SizeClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Size Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SizeClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SizeClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Size Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SizeClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SizeClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Size Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SizeClass get(int value) {
		switch (value) {
			case GK1_VALUE: return GK1;
			case GK2_VALUE: return GK2;
			case GK3_VALUE: return GK3;
			case GK4_VALUE: return GK4;
			case GK5_VALUE: return GK5;
			case GK6_VALUE: return GK6;
			case GK7_VALUE: return GK7;
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
	private SizeClass(int value, String name, String literal) {
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
	
} //SizeClass
