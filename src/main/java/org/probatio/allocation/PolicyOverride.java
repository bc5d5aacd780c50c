package org.probatio.allocation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.policy.Provider;
import org.probatio.people.FieldError;

/** A person's choice of a different provider than the policy's, with the reason for it. */
public record PolicyOverride(@Nullable Provider provider, @Nullable String reason) {

  static final int MAX_REASON = 2000;

  List<FieldError> problems(Provider policyProvider) {
    List<FieldError> problems = new ArrayList<>();
    if (policyProvider == Provider.PROBATION_SERVICE) {
      problems.add(new FieldError("overrideProvider",
          "The unified Probation Service is the only provider: there is no other provider to override to"));
    } else if (provider == null) {
      problems.add(new FieldError("overrideProvider", "Select the provider the case should go to instead"));
    } else if (provider == policyProvider) {
      problems.add(new FieldError("overrideProvider",
          "The policy already allocates this case to the " + policyProvider.label() + ": choose the other provider"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldError("overrideReason", "Enter the reason for overriding the policy"));
    } else if (reason.length() > MAX_REASON) {
      problems.add(new FieldError("overrideReason", "The reason must be " + MAX_REASON + " characters or fewer"));
    }
    return problems;
  }
}
