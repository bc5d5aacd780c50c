package org.probatio.risk;

import java.time.LocalDate;
import java.util.Map;

/** A criminogenic needs assessment: every need rated. */
public record NeedsAssessment(long id, String crn, LocalDate assessedOn, String assessedBy, Map<Need, NeedRating> ratings,
    boolean current) {}
