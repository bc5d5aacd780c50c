package org.probatio.people;

/** A person's details were changed: later modules re-check what depends on them. */
public record PersonDetailsChanged(String crn) {}
