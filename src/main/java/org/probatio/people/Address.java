package org.probatio.people;

import org.jspecify.annotations.Nullable;

/** A postal address in the UK. */
public record Address(String line1, @Nullable String line2, String town, String postcode) {

  public String singleLine() {
    return String.join(", ", line2 == null ? new String[] {line1, town, postcode} : new String[] {line1, line2, town, postcode});
  }
}
