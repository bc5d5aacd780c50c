package org.probatio.people;

/** A new person record was created. */
public record PersonCreated(String crn, String providerCode) {}
