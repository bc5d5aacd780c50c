package org.probatio.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationBulkLoad;
import org.probatio.court.CourtBulkLoad;
import org.probatio.risk.RiskBulkLoad;

/**
 * The ids a person's generated records were given by the loads so far: risk first, then court, then
 * allocation. A record not loaded yet has id 0 (or null where the column allows none), so the same
 * generation can run before the ids are known and again after.
 *
 * @param decisionId the final decision's, once there is one
 */
record KnownIds(
    @Nullable Long screeningId,
    List<Long> registrationIds,
    long hearingId,
    @Nullable Long reportId,
    List<Long> checkIds,
    long sentenceId,
    long allocationCaseId,
    long decisionId) {

  static final KnownIds NONE = new KnownIds(null, List.of(), 0, null, List.of(), 0, 0, 0);

  KnownIds withRisk(RiskBulkLoad.Ids ids) {
    return new KnownIds(ids.screeningId(), ids.registrationIds(), hearingId, reportId, checkIds, sentenceId,
        allocationCaseId, decisionId);
  }

  KnownIds withCourt(CourtBulkLoad.Ids ids) {
    return new KnownIds(screeningId, registrationIds, ids.hearingId(), ids.reportId(), ids.checkIds(),
        ids.sentenceId() == null ? 0 : ids.sentenceId(), allocationCaseId, decisionId);
  }

  KnownIds withAllocation(AllocationBulkLoad.Ids ids) {
    return new KnownIds(screeningId, registrationIds, hearingId, reportId, checkIds, sentenceId, ids.caseId(),
        ids.finalDecisionId() == null ? 0 : ids.finalDecisionId());
  }

  long reportIdOrZero() {
    return reportId == null ? 0 : reportId;
  }

  long checkId(int position) {
    return position < checkIds.size() ? checkIds.get(position) : 0;
  }

  long registrationId(int position) {
    return position < registrationIds.size() ? registrationIds.get(position) : 0;
  }
}
