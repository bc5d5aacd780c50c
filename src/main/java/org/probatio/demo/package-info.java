/**
 * A synthetic probation region for demonstrations, training and benchmarks: providers, delivery
 * units, teams, staff of every grade and people under supervision, generated from a size, a seed
 * and a date so the same inputs always give the same region. In demo mode it is loaded on first
 * start, and demo users with one role each are ready to sign in.
 */
@ApplicationModule(displayName = "Demo region", allowedDependencies = {"people", "workforce", "security", "audit", "risk",
    "court", "allocation", "allocation :: policy", "calendar :: rules"})
@NullMarked
package org.probatio.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
