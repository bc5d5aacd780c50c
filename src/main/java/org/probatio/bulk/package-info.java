/**
 * Bulk writing for large loads of clean data (the demo region, benchmarks): rows in PostgreSQL
 * COPY's text format, copied on the caller's transaction, with identity values taken in advance so
 * that rows of several tables can refer to each other in one pass. No business rules: each module
 * decides what its rows hold and writes only its own tables.
 */
@ApplicationModule(displayName = "Bulk writing", allowedDependencies = {})
@NullMarked
package org.probatio.bulk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
