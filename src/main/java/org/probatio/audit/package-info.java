/**
 * The append-only record of who read or changed what, when and through which channel. The
 * database refuses updates and deletes on it; every module writes to it through {@link
 * org.probatio.audit.AuditTrail}.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.probatio.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
