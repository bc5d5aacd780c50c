/**
 * Risk: RoSH (risk of serious harm) screenings and full analyses, MAPPA, registrations (warning
 * flags) and needs. The actuarial models (OGRS3, OVP, OGP, OSP/DC, OSP/IIC, SNSV and RSR) are
 * pure functions in {@code risk.scoring}, published to other modules as the "scoring" interface;
 * the offence-code mapping they read is loaded here from an importable CSV file.
 */
@ApplicationModule(displayName = "Risk", allowedDependencies = {"people", "workforce", "security", "audit", "web", "bulk"})
@NullMarked
package org.probatio.risk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
