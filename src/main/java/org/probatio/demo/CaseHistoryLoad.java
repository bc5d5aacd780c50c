package org.probatio.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.probatio.allocation.AllocationBulkLoad;
import org.probatio.court.CourtBulkLoad;
import org.probatio.court.CourtToLoad;
import org.probatio.people.PeopleBulkLoad;
import org.probatio.risk.RiskBulkLoad;
import org.probatio.workload.WorkloadBulkLoad;
import org.probatio.workload.WorkloadToLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the generated people's risk, court episodes, allocations and workload records through the
 * owning modules' bulk loads, each recording its own audit row. Each person's history is made again for
 * each load, with the ids the loads before gave, so a large region never sits in memory whole: first
 * risk, then the court records (whose reports rest on the screenings), then the allocations (whose
 * cases, decisions and handover packages refer to both), then the cases providers hold with their
 * practitioners, and the reports on their authors' workloads.
 */
@Service
class CaseHistoryLoad {

  private static final Logger log = LoggerFactory.getLogger(CaseHistoryLoad.class);

  private final RiskBulkLoad risk;
  private final CourtBulkLoad court;
  private final AllocationBulkLoad allocation;
  private final WorkloadBulkLoad workload;
  private final PeopleBulkLoad people;

  CaseHistoryLoad(RiskBulkLoad risk, CourtBulkLoad court, AllocationBulkLoad allocation, WorkloadBulkLoad workload,
      PeopleBulkLoad people) {
    this.risk = risk;
    this.court = court;
    this.allocation = allocation;
    this.workload = workload;
    this.people = people;
  }

  /**
   * @param crns the CRN each generated person was given, by their position in the region
   * @param loadedBy recorded by each module's load as who loaded it
   */
  @Transactional
  public CaseCounts load(RegionGenerator region, List<String> crns, String loadedBy) {
    CaseHistoryGenerator histories = region.caseHistories();
    KnownIds[] ids = new KnownIds[crns.size()];
    Arrays.fill(ids, KnownIds.NONE);
    Map<String, Integer> positions = new HashMap<>(crns.size() * 2);
    for (int i = 0; i < crns.size(); i++) {
      positions.put(crns.get(i), i);
    }
    long started = System.nanoTime();
    risk.load(region.drawnPeople().map(p -> histories.risk(p, crns.get(p.index()))), loadedBy, (loaded, given) -> {
      int i = positions.get(loaded.crn());
      ids[i] = ids[i].withRisk(given);
    });
    long riskLoaded = System.nanoTime();
    // the court team must see the people another provider holds whose cases it works (none in a unified region)
    List<PeopleBulkLoad.Share> courtWork = new ArrayList<>();
    court.load(region.drawnPeople().map(p -> {
      CourtToLoad episode = histories.court(p, crns.get(p.index()), ids[p.index()]);
      if (episode != null && !p.providerCode().equals(region.courtProviderCode())) {
        courtWork.add(new PeopleBulkLoad.Share(episode.crn(), region.courtProviderCode(), "Court work: listed at "
            + episode.hearing().court(), episode.hearing().createdAt()));
      }
      return episode;
    }).filter(Objects::nonNull), loadedBy, (loaded, given) -> {
      int i = positions.get(loaded.crn());
      ids[i] = ids[i].withCourt(given);
    });
    people.share(courtWork, loadedBy);
    long courtLoaded = System.nanoTime();
    CaseTally tally = new CaseTally();
    allocation.load(region.drawnPeople().map(p -> {
      CaseHistory history = histories.history(p, crns.get(p.index()), ids[p.index()]);
      tally.count(history);
      return history.allocation();
    }).filter(Objects::nonNull), loadedBy, (loaded, given) -> {
      int i = positions.get(loaded.crn());
      ids[i] = ids[i].withAllocation(given);
    });
    long allocationsLoaded = System.nanoTime();
    workload.load(region.drawnPeople().map(p -> {
      WorkloadToLoad records = histories.workload(p, crns.get(p.index()), ids[p.index()]);
      tally.count(records);
      return records;
    }).filter(w -> w.heldCase() != null || w.report() != null), loadedBy);
    log.info("Loaded risk in {} ms, court records in {} ms, allocations in {} ms, caseloads in {} ms",
        (riskLoaded - started) / 1_000_000, (courtLoaded - riskLoaded) / 1_000_000,
        (allocationsLoaded - courtLoaded) / 1_000_000, (System.nanoTime() - allocationsLoaded) / 1_000_000);
    return tally.counts();
  }
}
