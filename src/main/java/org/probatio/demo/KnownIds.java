package org.probatio.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.court.CourtBulkLoad;
import org.probatio.risk.RiskBulkLoad;

/**
 * The ids a person's generated records were given by the loads so far: risk first, then court. A
 * record not loaded yet has id 0 (or null where the column allows none), so the same generation can
 * run before the ids are known and again after.
 */
record KnownIds(
    @Nullable Long screeningId,
    List<Long> registrationIds,
    long hearingId,
    @Nullable Long reportId,
    List<Long> checkIds,
    long sentenceId) {

  static final KnownIds NONE = new KnownIds(null, List.of(), 0, null, List.of(), 0);

  KnownIds withRisk(RiskBulkLoad.Ids ids) {
    return new KnownIds(ids.screeningId(), ids.registrationIds(), hearingId, reportId, checkIds, sentenceId);
  }

  KnownIds withCourt(CourtBulkLoad.Ids ids) {
    return new KnownIds(screeningId, registrationIds, ids.hearingId(), ids.reportId(), ids.checkIds(),
        ids.sentenceId() == null ? 0 : ids.sentenceId());
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
