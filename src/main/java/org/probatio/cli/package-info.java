/**
 * The {@code probatio} command line: {@code serve} (the default) and batch commands. Commands that
 * need no database start none. No business rules live here.
 */
@ApplicationModule(displayName = "Command line")
@NullMarked
package org.probatio.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
