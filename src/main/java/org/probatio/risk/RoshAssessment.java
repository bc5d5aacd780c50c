package org.probatio.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recorded RoSH assessment; {@code supersedesId} is the assessment it replaced as current. */
public record RoshAssessment(
    long id,
    String crn,
    AssessmentKind kind,
    AssessmentStage stage,
    RoshLevels levels,
    LocalDate completedOn,
    String completedBy,
    @Nullable Long supersedesId,
    boolean current,
    Instant recordedAt) {}
