package org.probatio.allocation.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationCase;
import org.probatio.allocation.PolicyOverride;
import org.probatio.allocation.policy.Provider;
import org.probatio.web.FormErrors;

/**
 * Allocating a case: as the policy decides, or overriding it with another provider and the reason,
 * with the case's version and the request key the page was drawn with (so a second click of the
 * button returns the first outcome).
 */
record AllocateForm(
    @Nullable String choice,
    @Nullable String overrideProvider,
    @Nullable String overrideReason,
    @Nullable Integer version,
    @Nullable String requestKey) {

  /** The choices on the form. */
  enum Choice {
    POLICY("Allocate as the policy decides"),
    OVERRIDE("Override the policy");

    private final String label;

    Choice(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The providers an override may name: the two of Transforming Rehabilitation. */
  static final List<Provider> OVERRIDE_PROVIDERS = List.of(Provider.NPS, Provider.CRC);
  /** The longest request key the decisions table keeps. */
  static final int MAX_KEY = 100;

  static AllocateForm blank(AllocationCase c) {
    return new AllocateForm(null, null, null, c.version(), UUID.randomUUID().toString());
  }

  /** Whether one of the choices was made; the error is on the form otherwise. */
  boolean chosen(FormErrors errors) {
    for (Choice option : Choice.values()) {
      if (option.name().equals(choice)) {
        return true;
      }
    }
    errors.add("choice", "Select whether to allocate the case as the policy decides or to override the policy");
    return false;
  }

  /** The override, when the user chose one; the service says what is missing from it. */
  @Nullable PolicyOverride override() {
    if (!Choice.OVERRIDE.name().equals(choice)) {
      return null;
    }
    Provider provider = OVERRIDE_PROVIDERS.stream().filter(p -> p.name().equals(overrideProvider)).findFirst()
        .orElse(null);
    return new PolicyOverride(provider, overrideReason);
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }

  /** The key the page was drawn with, or a new one when it came without a usable one. */
  String key() {
    return requestKey == null || requestKey.isBlank() || requestKey.length() > MAX_KEY ? UUID.randomUUID().toString()
        : requestKey;
  }

  /** The same choices on the page as it is now, with the case's current version. */
  AllocateForm withVersion(int current) {
    return new AllocateForm(choice, overrideProvider, overrideReason, current, requestKey);
  }
}
