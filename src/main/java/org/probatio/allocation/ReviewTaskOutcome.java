package org.probatio.allocation;

/** What happened when a user completed a review task. */
public sealed interface ReviewTaskOutcome {

  /** Done; {@code repeated} when someone had already completed it, and nothing changed. */
  record Completed(ReviewTask task, boolean repeated) implements ReviewTaskOutcome {}

  /** No such task, or not one for the user's provider and grade. */
  record NotFound() implements ReviewTaskOutcome {}
}
