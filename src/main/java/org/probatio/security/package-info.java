/**
 * Users and roles, sign-in (form, personal API tokens and JWTs), the provider boundary that decides
 * whose cases a user may see, and limited-access cases hidden from excluded users.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"workforce", "audit", "web"})
@NullMarked
package org.probatio.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
