/**
 * Pure workload rules: points by tier and case type, report points, available points from contracted
 * hours and reductions, capacity, and which grades may hold which cases. Inputs in, a result with its
 * breakdown out; no Spring, database or clock.
 */
@NamedInterface("rules")
@NullMarked
package org.probatio.workload.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
