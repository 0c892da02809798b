/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
/** The process library in the workbench (issue 14): connect, browse, publish, adopt, updates. docs/library.md */
package org.prozesswerk.library.ui.internal;
