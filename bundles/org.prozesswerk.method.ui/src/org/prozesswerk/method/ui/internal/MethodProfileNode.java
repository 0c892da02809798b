/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui.internal;

import org.prozesswerk.ui.RegisterDocument;

/** The navigator node „Methodenprofil“ below a register; opening it opens the method profile editor. */
public record MethodProfileNode(RegisterDocument document) {
}
