package org.probatio.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An address and when the person lived there; the current address has no end date. */
public record AddressPeriod(Address address, LocalDate from, @Nullable LocalDate to) {
  public boolean current() {
    return to == null;
  }
}
