/**
 * Allocation: which provider takes a sentenced case, and the case's tier. The rules themselves are
 * pure functions in {@code allocation.policy}, published to other modules as the "policy" interface:
 * the provider policies by version (Transforming Rehabilitation's NPS/CRC split, then the unified
 * Probation Service) and the V2 tier model, each giving its result with every factor it considered.
 */
@ApplicationModule(displayName = "Allocation",
    allowedDependencies = {"people", "risk", "court", "calendar", "workforce", "security", "audit", "web", "bulk"})
@NullMarked
package org.probatio.allocation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
