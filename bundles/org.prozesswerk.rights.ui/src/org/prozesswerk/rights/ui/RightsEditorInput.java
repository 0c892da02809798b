/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui;

import java.nio.file.Path;

import org.prozesswerk.rights.ui.internal.Messages;
import org.prozesswerk.ui.RegisterEditorInput;

/** The roles and rights of one open register, addressed by file so it never pins a closed document. */
public final class RightsEditorInput extends RegisterEditorInput {

    public RightsEditorInput(Path file) {
        super(file, null, Messages.Editor_Title);
    }
}
