package org.probatio.workload.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a practitioner's workload is worked out from: their grade's code ("PO", "PQIP", "PSO"), their
 * contracted hours, the hours their reductions take off, and the cases and reports they hold.
 */
public record WorkloadInput(String grade, BigDecimal contractedHours, BigDecimal reductionHours, List<WorkloadCase> cases,
    List<WorkloadReport> reports) {

  public WorkloadInput {
    if (contractedHours.signum() < 0) {
      throw new IllegalArgumentException("contractedHours must not be negative, not " + contractedHours);
    }
    if (reductionHours.signum() < 0) {
      throw new IllegalArgumentException("reductionHours must not be negative, not " + reductionHours);
    }
    cases = List.copyOf(cases);
    reports = List.copyOf(reports);
  }
}
