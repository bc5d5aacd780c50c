package org.probatio.people;

/** A problem with one field of what a user entered, in words they can act on. */
public record FieldError(String field, String message) {}
