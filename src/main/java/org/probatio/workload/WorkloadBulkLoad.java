package org.probatio.workload;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.bulk.BackgroundCopy;
import org.probatio.bulk.CopyText;
import org.probatio.bulk.IdentityValues;
import org.probatio.workload.WorkloadToLoad.AuthoredReport;
import org.probatio.workload.WorkloadToLoad.HeldCase;
import org.probatio.workload.WorkloadToLoad.PractitionerToLoad;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads providers' cases, their practitioners and the reports staff write with COPY, for the demo
 * region and benchmarks, as the listeners on allocation's and court's events would have kept them:
 * each case with its order, when it ends and its tier, each practitioner allocation under a request key
 * of its own. No events are published (the people's responsible officers are the loader's to set) and
 * no per-row checks made; one audit row records the whole load.
 */
@Service
public class WorkloadBulkLoad {

  /** What a load wrote: cases, those with a practitioner now, every practitioner allocation, and reports. */
  public record Loaded(long cases, long allocated, long allocations, long reports) {

    public long unallocated() {
      return cases - allocated;
    }
  }

  private static final int CHUNK = 10_000;
  /** The request key of a loaded allocation: its id, so it is unique and never one a user's form draws. */
  static final String REQUEST_KEY = "bulk-load-";
  private static final String COPY_CASE = """
      copy workload_case (id, allocation_case_id, crn, provider_code, decision_id, provider_allocated_at, sentence_id,
        order_type, sentence_date, ends_on, expected_release_date, tier) from stdin""";
  private static final String COPY_ALLOCATION = """
      copy workload_practitioner_allocation (id, case_id, staff_code, team_code, allocated_at, allocated_by,
        justification, sensitive, oversight_note, grade_override_reason, reallocation_reason, reallocation_details,
        request_key, ended_at, ended_because) from stdin""";
  private static final String COPY_REPORT = """
      copy workload_report (report_id, crn, staff_code, type, requested_at, completed_at) from stdin""";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  WorkloadBulkLoad(DataSource dataSource, JdbcClient jdbc, AuditTrail audit) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Writes everyone's cases and reports in one transaction. */
  @Transactional
  public Loaded load(Stream<WorkloadToLoad> people, String loadedBy) {
    Counts counts = new Counts();
    BackgroundCopy.inChunks(dataSource, people, CHUNK, (chunk, copy) -> write(chunk, counts, copy));
    jdbc.sql("analyze workload_case, workload_practitioner_allocation, workload_report").update();
    Loaded loaded = new Loaded(counts.cases, counts.allocated, counts.allocations, counts.reports);
    audit.record(AuditAction.CREATE, "workload", null, Map.of("bulkLoad", loaded.cases(), "allocated",
        loaded.allocated(), "allocations", loaded.allocations(), "reports", loaded.reports(), "loadedBy", loadedBy));
    return loaded;
  }

  private void write(List<WorkloadToLoad> chunk, Counts counts, BackgroundCopy copy) {
    List<HeldCase> held = chunk.stream().map(WorkloadToLoad::heldCase).filter(c -> c != null).toList();
    long[][] ids = IdentityValues.nextIds(dataSource,
        new String[] {"workload_case", "workload_practitioner_allocation"},
        new int[] {held.size(), held.stream().mapToInt(c -> c.practitioners().size()).sum()});
    long[] caseIds = ids[0];
    long[] allocationIds = ids[1];
    StringBuilder cases = new StringBuilder();
    StringBuilder allocations = new StringBuilder();
    StringBuilder reports = new StringBuilder();
    int nextCase = 0;
    int nextAllocation = 0;
    for (WorkloadToLoad person : chunk) {
      HeldCase c = person.heldCase();
      if (c != null) {
        long caseId = caseIds[nextCase++];
        CopyText.row(cases, caseId, c.allocationCaseId(), person.crn(), c.providerCode(), c.decisionId(),
            c.providerAllocatedAt(), c.sentenceId(), c.orderType().name(), c.sentenceDate(),
            ProviderCase.endsOn(c.sentenceDate(), c.lengthMonths()), c.expectedReleaseDate(), c.tier());
        for (PractitionerToLoad p : c.practitioners()) {
          long id = allocationIds[nextAllocation++];
          CopyText.row(allocations, id, caseId, p.staffCode(), p.teamCode(), p.allocatedAt(), p.allocatedBy(),
              p.justification(), p.sensitive(), p.oversightNote(), p.gradeOverrideReason(),
              p.reallocationReason() == null ? null : p.reallocationReason().name(), p.reallocationDetails(),
              REQUEST_KEY + id, p.endedAt(), p.endedBecause());
        }
        counts.cases++;
        counts.allocated += c.practitioners().isEmpty() ? 0 : 1;
        counts.allocations += c.practitioners().size();
      }
      AuthoredReport r = person.report();
      if (r != null) {
        CopyText.row(reports, r.reportId(), person.crn(), r.staffCode(), r.type().name(), r.requestedAt(),
            r.completedAt());
        counts.reports++;
      }
    }
    copy.copy(COPY_CASE, cases);
    copy.copy(COPY_ALLOCATION, allocations);
    copy.copy(COPY_REPORT, reports);
  }

  /** How many rows of each kind a load has written so far. */
  private static final class Counts {
    private long cases;
    private long allocated;
    private long allocations;
    private long reports;
  }
}
