package org.probatio.workforce;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What happened when a user added or changed a staff record, a team or a reduction.
 *
 * @param <K> the record's key: a staff or team code, or a reduction's id
 */
public sealed interface SaveOutcome<K> {

  /** Saved; {@code repeated} when the request key had been used, and this is the record made then. */
  record Saved<K>(K key, boolean repeated) implements SaveOutcome<K> {}

  /** Refused: each field at fault with what to do about it, in the order of the form. */
  record Refused<K>(Map<String, String> problems) implements SaveOutcome<K> {}

  /** Someone else changed the record after the version the user saw. */
  record Stale<K>(int currentVersion, @Nullable String changedBy, @Nullable Instant changedAt) implements SaveOutcome<K> {}

  /** No such record (for a reduction, none for that member of staff). */
  record NotFound<K>() implements SaveOutcome<K> {}
}
