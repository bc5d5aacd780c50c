package org.probatio.allocation;

import java.util.List;
import org.probatio.people.FieldError;

/** What happened when someone decided, or reviewed, an allocation. */
public sealed interface DecisionOutcome {

  /** Made and final: the case has gone to the provider. */
  record Allocated(AllocationDecision decision) implements DecisionOutcome {}

  /** An override, recorded and waiting for a senior practitioner. */
  record AwaitingApproval(AllocationDecision decision) implements DecisionOutcome {}

  /** An override a senior practitioner turned down; the case still waits. */
  record Rejected(AllocationDecision decision) implements DecisionOutcome {}

  /** The allocation gate is shut. */
  record Blocked(String reason) implements DecisionOutcome {}

  /** Someone else decided first (or an override already waits): nothing was changed. */
  record AlreadyDecided(String message) implements DecisionOutcome {}

  record Invalid(List<FieldError> errors) implements DecisionOutcome {}

  record NotFound() implements DecisionOutcome {}
}
