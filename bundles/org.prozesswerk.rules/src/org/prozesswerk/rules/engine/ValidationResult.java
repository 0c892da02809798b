/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.List;

/**
 * @param checks how many (rule, element) pairs were evaluated: the unit of the engine's throughput figures
 */
public record ValidationResult(List<Violation> violations, long checks) {
}
