package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationToLoad.DecisionToLoad;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.AllocationToLoad.OverrideToLoad;
import org.probatio.allocation.HandoverPackage.PersonPart;
import org.probatio.allocation.internal.HandoverAssembly;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.ProviderDecision;
import org.probatio.allocation.policy.ProviderPolicies;
import org.probatio.allocation.policy.TierModelV2;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.bulk.BackgroundCopy;
import org.probatio.bulk.CopyText;
import org.probatio.bulk.IdentityValues;
import org.probatio.calendar.WorkingDayCalendar;
import org.probatio.people.PeopleBulkLoad;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads sentenced cases with their decisions and handovers with COPY, for the demo region and
 * benchmarks, storing what deciding them on screen would have stored: the policy is run on the facts
 * given, its factors get the receiving provider, the tier and the working days are worked out, and a
 * decision to another provider is handed over with the package assembled from the records given,
 * its checklist, a review task and the person shared with the receiving provider. No events are
 * published and no per-row checks made; one audit row records the whole load.
 */
@Service
public class AllocationBulkLoad {

  /**
   * The ids a case's records were given, and, once a decision on it is final, that decision's id, the
   * provider it gave the case to and when it became final (the decision, or the approval of its override).
   */
  public record Ids(long caseId, @Nullable Long finalDecisionId, @Nullable String providerCode,
      @Nullable Instant finalAt) {}

  /** What a load wrote. */
  public record Loaded(long cases, long decisions, long awaiting, long handovers, long reviewTasks) {}

  private static final int CHUNK = 5_000;
  private static final String COPY_CASE = """
      copy allocation_case (id, crn, sentence_id, sentence_date, court_provider, due_on, assessed_from,
        mandate_for_change, opened_at, decision_id, version) from stdin""";
  private static final String COPY_DECISION = """
      copy allocation_decision (id, crn, case_id, kind, status, policy_version, policy_provider, provider, provider_code,
        deciding_rule, factors, facts, tier, rosh_assessment_id, decided_by, decided_at, working_days, override_reason,
        reviewed_by, reviewed_at, review_note) from stdin""";
  private static final String COPY_HANDOVER = """
      copy allocation_handover (id, crn, decision_id, kind, from_provider, to_provider, assembled_at, package, missing,
        delivered_at, acknowledged_by, acknowledged_by_name, acknowledged_at, first_appointment_on,
        first_appointment_recorded_by, first_appointment_recorded_at, version) from stdin""";
  private static final String COPY_REVIEW_TASK = """
      copy allocation_review_task (id, handover_id, crn, provider_code, created_at, due_on, completed_by,
        completed_by_name, completed_at) from stdin""";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ReceivingProviders receivingProviders;
  private final WorkingDayCalendar calendar;
  private final PeopleBulkLoad people;
  private final AuditTrail audit;

  AllocationBulkLoad(DataSource dataSource, JdbcClient jdbc, JsonMapper json, ReceivingProviders receivingProviders,
      WorkingDayCalendar calendar, PeopleBulkLoad people, AuditTrail audit) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.json = json;
    this.receivingProviders = receivingProviders;
    this.calendar = calendar;
    this.people = people;
    this.audit = audit;
  }

  /**
   * Writes every case in one transaction, telling the caller the ids each case's records were given.
   *
   * @throws IllegalArgumentException for facts that disagree with the case's mandate for change, or
   *     a handover missing from (or given for) a decision that goes to another provider (or does not)
   */
  @Transactional
  public Loaded load(Stream<AllocationToLoad> cases, String loadedBy,
      BiConsumer<? super AllocationToLoad, Ids> idsGiven) {
    Chunk chunk = new Chunk();
    BackgroundCopy.inChunks(dataSource, cases, CHUNK, (pending, copy) -> write(pending, chunk, copy, idsGiven));
    // the receiving provider may now see the people handed to it
    people.share(chunk.shares, loadedBy);
    jdbc.sql("analyze allocation_case, allocation_decision, allocation_handover, allocation_review_task").update();
    Loaded loaded = new Loaded(chunk.cases, chunk.decisions, chunk.awaiting, chunk.handovers, chunk.handovers);
    audit.record(AuditAction.CREATE, "allocation", null, Map.of("bulkLoad", loaded.cases(), "decisions",
        loaded.decisions(), "awaiting", loaded.awaiting(), "handovers", loaded.handovers(), "loadedBy", loadedBy));
    return loaded;
  }

  private void write(List<AllocationToLoad> cases, Chunk chunk, BackgroundCopy copy,
      BiConsumer<? super AllocationToLoad, Ids> idsGiven) {
    int handoverCount = (int) cases.stream().filter(c -> c.decision() != null && c.decision().handover() != null).count();
    long[][] ids = IdentityValues.nextIds(dataSource,
        new String[] {"allocation_case", "allocation_decision", "allocation_handover", "allocation_review_task"},
        new int[] {cases.size(), (int) cases.stream().filter(c -> c.decision() != null).count(), handoverCount,
            handoverCount});
    long[] caseIds = ids[0];
    long[] decisionIds = ids[1];
    long[] handoverIds = ids[2];
    long[] taskIds = ids[3];
    List<PeopleBulkLoad.Share> shares = chunk.shares;
    int nextDecision = 0;
    int nextHandover = 0;
    for (int i = 0; i < cases.size(); i++) {
      AllocationToLoad c = cases.get(i);
      DecisionToLoad d = c.decision();
      Long decidedBy = null;
      Stored stored = null;
      if (d != null) {
        long decisionId = decisionIds[nextDecision++];
        stored = decision(c, d, caseIds[i], decisionId, chunk);
        decidedBy = stored.status() == DecisionStatus.FINAL ? decisionId : null;
        boolean handedOver = decidedBy != null && !stored.providerCode().equals(c.courtProviderCode());
        if (handedOver != (d.handover() != null)) {
          throw new IllegalArgumentException("The decision on " + c.crn() + " goes to " + stored.providerCode()
              + (handedOver ? ": it needs its handover" : ": it has no handover"));
        }
        if (d.handover() != null) {
          handover(c, d.handover(), decisionId, handoverIds[nextHandover], taskIds[nextHandover], stored.providerCode(),
              chunk);
          nextHandover++;
          shares.add(new PeopleBulkLoad.Share(c.crn(), stored.providerCode(),
              Allocations.sharedBecause(DecisionKind.ALLOCATION, decisionId), stored.finalAt()));
        }
      }
      chunk.awaiting += decidedBy == null ? 1 : 0;
      CopyText.row(chunk.caseRows, caseIds[i], c.crn(), c.sentenceId(), c.sentenceDate(), c.courtProviderCode(),
          calendar.addWorkingDays(c.sentenceDate(), 1), c.assessedFrom(), c.mandateForChange(), c.openedAt(), decidedBy,
          decidedBy == null ? 0 : 1);
      chunk.cases++;
      idsGiven.accept(c, decidedBy == null || stored == null ? new Ids(caseIds[i], null, null, null)
          : new Ids(caseIds[i], decidedBy, stored.providerCode(), stored.finalAt()));
    }
    copy.copy(COPY_CASE, chunk.caseRows);
    copy.copy(COPY_DECISION, chunk.decisionRows);
    copy.copy(COPY_HANDOVER, chunk.handoverRows);
    copy.copy(COPY_REVIEW_TASK, chunk.taskRows);
    chunk.freshRows();
  }

  /** A stored decision's status, where the case went, and when it became final (for a final one). */
  private record Stored(DecisionStatus status, String providerCode, Instant finalAt) {}

  private Stored decision(AllocationToLoad c, DecisionToLoad d, long caseId, long id, Chunk chunk) {
    if (d.facts().mandateForChange().value() != c.mandateForChange()) {
      throw new IllegalArgumentException("The facts of " + c.crn() + " disagree with the case on the mandate for change");
    }
    ProviderDecision policy = ProviderPolicies.byVersion(d.policyVersion()).decide(d.facts());
    ReceivingProvider receiving = chunk.receiving(receivingProviders, policy.provider(), c.courtProviderCode());
    OverrideToLoad override = d.override();
    Provider provider = override == null ? policy.provider() : override.provider();
    ReceivingProvider to = chunk.receiving(receivingProviders, provider, c.courtProviderCode());
    DecisionStatus status = override == null || override.approval() != null ? DecisionStatus.FINAL
        : DecisionStatus.AWAITING_APPROVAL;
    String tier = (policy.tier() != null ? policy.tier() : TierModelV2.calculate(d.facts().tierInput())).code();
    LocalDate decidedOn = LocalDate.ofInstant(d.decidedAt(), Handover.LONDON);
    AllocationToLoad.Approval approval = override == null ? null : override.approval();
    CopyText.row(chunk.decisionRows, id, c.crn(), caseId, DecisionKind.ALLOCATION.name(), status.name(),
        policy.policyVersion(), policy.provider().name(), provider.name(), to.code(), policy.decidedBy(),
        json.writeValueAsString(Allocations.withReceivingProvider(policy, receiving)), json.writeValueAsString(d.facts()),
        tier, d.roshAssessmentId(), d.decidedBy(), d.decidedAt(), calendar.workingDaysBetween(c.sentenceDate(), decidedOn),
        override == null ? null : override.reason(), approval == null ? null : approval.by(),
        approval == null ? null : approval.at(), approval == null ? null : approval.note());
    chunk.decisions++;
    return new Stored(status, to.code(), approval == null ? d.decidedAt() : approval.at());
  }

  private void handover(AllocationToLoad c, HandoverToLoad h, long decisionId, long id, long taskId, String to,
      Chunk chunk) {
    LocalDate deliveredOn = LocalDate.ofInstant(h.deliveredAt(), Handover.LONDON);
    PersonPart person = h.withheldContact() != null ? PersonPart.withheld(c.crn(), h.withheldContact())
        : HandoverAssembly.person(c.crn(), h.person());
    HandoverPackage contents = HandoverAssembly.assemble(person, h.report(), h.roshHistory(), h.sentence(),
        h.registrations(), deliveredOn);
    Handover.Acknowledgement ack = h.acknowledgement();
    Handover.FirstAppointment first = h.firstAppointment();
    CopyText.row(chunk.handoverRows, id, c.crn(), decisionId, DecisionKind.ALLOCATION.name(), c.courtProviderCode(), to,
        h.deliveredAt(), json.writeValueAsString(contents), json.writeValueAsString(HandoverItem.missing(contents)),
        h.deliveredAt(), ack == null ? null : ack.username(), ack == null ? null : ack.name(),
        ack == null ? null : ack.at(), first == null ? null : first.on(), first == null ? null : first.recordedBy(),
        first == null ? null : first.recordedAt(), (ack == null ? 0 : 1) + (first == null ? 0 : 1));
    AllocationToLoad.ReviewDone review = h.review();
    // the task is created as soon as the delivery has been announced
    CopyText.row(chunk.taskRows, taskId, id, c.crn(), to, h.deliveredAt().plusSeconds(1),
        calendar.addWorkingDays(deliveredOn, ReviewTask.WORKING_DAYS), review == null ? null : review.by(),
        review == null ? null : review.name(), review == null ? null : review.at());
    chunk.handovers++;
  }

  /** The rows of the chunk being written, the running counts, the people to share, and the receiving providers met so far. */
  private static final class Chunk {
    private StringBuilder caseRows = new StringBuilder();
    private StringBuilder decisionRows = new StringBuilder();
    private StringBuilder handoverRows = new StringBuilder();
    private StringBuilder taskRows = new StringBuilder();
    private final Map<String, ReceivingProvider> receiving = new HashMap<>();
    private final List<PeopleBulkLoad.Share> shares = new ArrayList<>();
    private long cases;
    private long decisions;
    private long awaiting;
    private long handovers;

    /** New rows for the next chunk: the last chunk's went to the copier. */
    void freshRows() {
      caseRows = new StringBuilder();
      decisionRows = new StringBuilder();
      handoverRows = new StringBuilder();
      taskRows = new StringBuilder();
    }

    ReceivingProvider receiving(ReceivingProviders providers, Provider provider, String courtProviderCode) {
      return receiving.computeIfAbsent(provider + " " + courtProviderCode,
          key -> providers.forProvider(provider, courtProviderCode));
    }
  }
}
