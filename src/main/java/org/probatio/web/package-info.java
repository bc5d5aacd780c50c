/**
 * The shared page layout, navigation and error pages, and form support (errors, request keys). No
 * business rules live here: each module's pages are in its own {@code web} package.
 */
@ApplicationModule(displayName = "Web layout", allowedDependencies = {})
@NullMarked
package org.probatio.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
