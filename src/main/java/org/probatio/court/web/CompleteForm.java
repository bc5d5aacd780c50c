package org.probatio.court.web;

import org.jspecify.annotations.Nullable;

/** Completing a report: whether it was given on the day, and the version of the report the author saw. */
public record CompleteForm(@Nullable String deliveredOnDay, @Nullable Integer version) {

  @Nullable Boolean delivered() {
    return "yes".equals(deliveredOnDay) ? Boolean.TRUE : "no".equals(deliveredOnDay) ? Boolean.FALSE : null;
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }
}
