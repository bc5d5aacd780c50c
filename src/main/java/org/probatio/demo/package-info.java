/**
 * A synthetic probation region for demonstrations, training and benchmarks: providers, delivery
 * units, teams, staff of every grade with their workload reductions, and people under supervision,
 * with their risk, their latest court episode (hearing, report and partner checks, sentence), its
 * allocation and handover, and the practitioner who holds the case, generated from a size, a seed and
 * a date so the same inputs always give the same region. The generation is pure; loading goes
 * through each owning module's bulk load. In demo mode the region is loaded on first start, and demo
 * users with one role each are ready to sign in; with no mail server configured, the emails
 * Probatio sends are kept for the demo's mail viewer.
 */
@ApplicationModule(displayName = "Demo region", allowedDependencies = {"people", "workforce", "security", "audit", "risk",
    "court", "allocation", "allocation :: policy", "calendar :: rules", "workload", "workload :: rules"})
@NullMarked
package org.probatio.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
