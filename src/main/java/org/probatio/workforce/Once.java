package org.probatio.workforce;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.internal.CreateRequests;

/** Additions made once for each request key, so a double-clicked button or a retried API call adds one record. */
final class Once {

  private Once() {}

  /**
   * Adds a record once for a request key: a key already used returns the first record; otherwise the
   * details are checked, the key claimed (a twin request waits here for this one), and the record made.
   *
   * @param what what is being added, so the same key for something else makes a new record
   */
  static <T, K> SaveOutcome<K> add(CreateRequests requests, @Nullable String requestKey, String what,
      Function<String, K> key, Supplier<Checked<T>> check, Function<T, K> make, Instant at) {
    String scoped = requestKey == null ? null : Actor.scopedKey(what, requestKey);
    if (scoped != null) {
      Optional<String> made = requests.made(scoped);
      if (made.isPresent()) {
        return new SaveOutcome.Saved<>(key.apply(made.get()), true);
      }
    }
    Checked<T> checked = check.get();
    if (!checked.fine()) {
      return checked.refused();
    }
    if (scoped != null && !requests.claim(scoped, at)) {
      return new SaveOutcome.Saved<>(key.apply(requests.made(scoped).orElseThrow()), true);
    }
    K made = make.apply(checked.value());
    if (scoped != null) {
      requests.made(scoped, String.valueOf(made));
    }
    return new SaveOutcome.Saved<>(made, false);
  }
}
