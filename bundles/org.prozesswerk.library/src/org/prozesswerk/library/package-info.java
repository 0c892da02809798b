/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
/**
 * Process library on Git: the item format (docs/library.md) and the operations clone, publish, adopt, updates,
 * pull and push.
 */
package org.prozesswerk.library;
