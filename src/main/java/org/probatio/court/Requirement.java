package org.probatio.court;

import org.jspecify.annotations.Nullable;

/** A requirement of a community or suspended sentence order: its amount is in its type's unit. */
public record Requirement(RequirementType type, @Nullable Integer amount, @Nullable String details) {}
