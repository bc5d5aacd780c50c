/**
 * The organisation: providers (NPS divisions and CRCs, or regions of a unified service), their
 * delivery units and teams, and staff with their grades. Other modules look staff and providers up
 * through {@link org.probatio.workforce.Workforce}.
 */
@ApplicationModule(displayName = "Workforce", allowedDependencies = "audit")
@NullMarked
package org.probatio.workforce;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
