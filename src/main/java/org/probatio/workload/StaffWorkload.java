package org.probatio.workload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.probatio.workload.rules.Capacity;

/**
 * A practitioner's stored workload figure: points against available points, the cases and reports
 * behind it counted, and the version of the workload configuration it was worked out with.
 */
public record StaffWorkload(
    String staffCode,
    String grade,
    String teamCode,
    String providerCode,
    BigDecimal contractedHours,
    BigDecimal reductionHours,
    int availablePoints,
    int points,
    Capacity capacity,
    int cases,
    int community,
    int licence,
    int custody,
    int reports,
    Map<String, Integer> casesByTier,
    long configurationId,
    LocalDate calculatedOn,
    Instant calculatedAt) {

  public StaffWorkload {
    casesByTier = Map.copyOf(casesByTier);
  }
}
