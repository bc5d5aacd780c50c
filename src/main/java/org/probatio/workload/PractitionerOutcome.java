package org.probatio.workload;

import java.util.List;
import org.probatio.people.FieldError;

/** What happened when someone allocated a case to a practitioner. */
public sealed interface PractitionerOutcome {

  /** Allocated; {@code repeated} when this was the same submission again and nothing new was made. */
  record Allocated(PractitionerAllocation allocation, boolean repeated) implements PractitionerOutcome {}

  /** Someone else allocated the case since the user looked: nothing was changed. */
  record AlreadyAllocated(PractitionerAllocation current, String message) implements PractitionerOutcome {}

  record Invalid(List<FieldError> errors) implements PractitionerOutcome {}

  record NotFound() implements PractitionerOutcome {}
}
