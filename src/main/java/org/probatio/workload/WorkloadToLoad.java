package org.probatio.workload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.court.OrderType;
import org.probatio.court.ReportType;

/**
 * What one person adds to the workload records, for bulk loading: the case a provider holds (if
 * allocation has given one to a provider) with the practitioners it has had, and the pre-sentence report
 * written about them (if any), as the listeners would have kept them from allocation's and court's events.
 */
public record WorkloadToLoad(String crn, @Nullable HeldCase heldCase, @Nullable AuthoredReport report) {

  /**
   * A case given to a provider by a final decision at {@code providerAllocatedAt}, with its sentence and the
   * tier it was given, and its practitioners in order: each ended when the next took over, the last one the
   * case's practitioner now (none while the case waits for one).
   */
  public record HeldCase(long allocationCaseId, long decisionId, String providerCode, Instant providerAllocatedAt,
      long sentenceId, OrderType orderType, LocalDate sentenceDate, int lengthMonths,
      @Nullable LocalDate expectedReleaseDate, @Nullable String tier, List<PractitionerToLoad> practitioners) {

    public HeldCase {
      practitioners = List.copyOf(practitioners);
      for (int i = 0; i < practitioners.size(); i++) {
        PractitionerToLoad p = practitioners.get(i);
        boolean last = i == practitioners.size() - 1;
        if ((p.endedAt() == null) != last) {
          throw new IllegalArgumentException("Every practitioner of a case but the last has ended, and the last has not: "
              + "allocation " + (i + 1) + " of case " + allocationCaseId);
        }
        if (p.allocatedAt().isBefore(providerAllocatedAt)
            || (i > 0 && !p.allocatedAt().equals(practitioners.get(i - 1).endedAt()))) {
          throw new IllegalArgumentException("Allocation " + (i + 1) + " of case " + allocationCaseId
              + " must start when the provider had the case and the one before ended");
        }
        if ((i == 0) != (p.reallocationReason() == null)) {
          throw new IllegalArgumentException("Only a reallocation has a reason, and every reallocation has one: "
              + "allocation " + (i + 1) + " of case " + allocationCaseId);
        }
      }
    }
  }

  /**
   * A case given to a practitioner, as {@link PractitionerAllocations#allocate} records it; {@code endedAt} and
   * {@code endedBecause} once the next practitioner took it over.
   */
  public record PractitionerToLoad(String staffCode, String teamCode, Instant allocatedAt, String allocatedBy,
      String justification, boolean sensitive, @Nullable String oversightNote, @Nullable String gradeOverrideReason,
      @Nullable ReallocationReason reallocationReason, @Nullable String reallocationDetails, @Nullable Instant endedAt,
      @Nullable String endedBecause) {}

  /** A report by a member of staff: requested, and completed once it is. */
  public record AuthoredReport(long reportId, String staffCode, ReportType type, Instant requestedAt,
      @Nullable Instant completedAt) {}
}
