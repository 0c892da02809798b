/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
/**
 * Internals of the process library.
 */
package org.prozesswerk.library.internal;
