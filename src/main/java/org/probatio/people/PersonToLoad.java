package org.probatio.people;

import org.jspecify.annotations.Nullable;

/** A person record to load in bulk, with the provider and officer responsible for them. */
public interface PersonToLoad {

  PersonDetails details();

  String providerCode();

  @Nullable String responsibleOfficerCode();
}
