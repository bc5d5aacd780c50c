package org.probatio.risk;

import java.time.Instant;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ScoringRequest;

/** A stored calculation of a person's actuarial scores, with the inputs exactly as scored. */
public record ScoreCalculation(
    long id,
    String crn,
    Instant calculatedAt,
    String calculatedBy,
    String modelVersion,
    ScoringRequest inputs,
    RiskScores scores) {}
