package org.probatio.people;

/** Another name the person is known by. */
public record Alias(String firstName, String lastName) {}
