/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui;

import java.nio.file.Path;

import org.prozesswerk.method.ui.internal.Messages;
import org.prozesswerk.ui.RegisterEditorInput;

/** The method profile of the open register {@code file}. */
public final class MethodProfileEditorInput extends RegisterEditorInput {

    public MethodProfileEditorInput(Path file) {
        super(file, null, Messages.Editor_Title);
    }
}
