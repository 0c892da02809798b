/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.diagram.notation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge routed by hand: its routing points override the automatic routing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.diagram.notation.Edge#getRoutingPoints <em>Routing Points</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.diagram.notation.NotationPackage#getEdge()
 * @model
 * @generated
 */
public interface Edge extends NotationElement {
	/**
	 * Returns the value of the '<em><b>Routing Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.diagram.notation.Point}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing Points</em>' containment reference list.
	 * @see org.prozesswerk.diagram.notation.NotationPackage#getEdge_RoutingPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Point> getRoutingPoints();

} // Edge
