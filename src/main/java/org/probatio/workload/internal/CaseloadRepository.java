package org.probatio.workload.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.court.OrderType;
import org.probatio.workload.PractitionerAllocation;
import org.probatio.workload.ProviderCase;
import org.probatio.workload.ReallocationReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases providers hold and their practitioners, in {@code workload_case} and {@code workload_practitioner_allocation}. */
@Repository
public class CaseloadRepository {

  private static final String CASE = """
      select c.id, c.allocation_case_id, c.crn, c.provider_code, c.decision_id, c.provider_allocated_at, c.sentence_id,
             c.order_type, c.sentence_date, c.ends_on, c.expected_release_date, c.tier
      from workload_case c
      """;
  private static final String ALLOCATION = """
      select a.id, a.case_id, c.crn, a.staff_code, a.team_code, a.allocated_at, a.allocated_by, a.justification,
             a.sensitive, a.oversight_note, a.grade_override_reason, a.reallocation_reason, a.reallocation_details,
             a.ended_at, a.ended_because
      from workload_practitioner_allocation a
      join workload_case c on c.id = a.case_id
      """;

  private final JdbcClient jdbc;

  CaseloadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a case is now, as allocation gave it to a provider; the same case again takes the new provider. */
  public record CaseFromAllocation(long allocationCaseId, String crn, String providerCode, long decisionId,
      Instant providerAllocatedAt, long sentenceId, OrderType orderType, LocalDate sentenceDate, LocalDate endsOn,
      @Nullable LocalDate expectedReleaseDate, @Nullable String tier) {}

  /** Records the case, or moves it to its new provider; returns its id. */
  public long save(CaseFromAllocation c) {
    return jdbc.sql("""
            insert into workload_case (allocation_case_id, crn, provider_code, decision_id, provider_allocated_at,
                sentence_id, order_type, sentence_date, ends_on, expected_release_date, tier)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (allocation_case_id) do update set provider_code = excluded.provider_code,
                decision_id = excluded.decision_id, provider_allocated_at = excluded.provider_allocated_at,
                tier = coalesce(excluded.tier, workload_case.tier)
            returning id""")
        .params(c.allocationCaseId(), c.crn(), c.providerCode(), c.decisionId(), Timestamp.from(c.providerAllocatedAt()),
            c.sentenceId(), c.orderType().name(), Date.valueOf(c.sentenceDate()), Date.valueOf(c.endsOn()),
            c.expectedReleaseDate() == null ? null : Date.valueOf(c.expectedReleaseDate()), c.tier())
        .query(Long.class).single();
  }

  /** Sets the person's tier on their cases; returns the ids of the cases whose tier changed. */
  public List<Long> setTier(String crn, String tier) {
    return jdbc.sql("update workload_case set tier = ? where crn = ? and tier is distinct from ? returning id")
        .params(tier, crn, tier).query(Long.class).list();
  }

  /** The practitioners holding the person's cases now. */
  public List<String> holdersOf(String crn) {
    return jdbc.sql("""
            select distinct a.staff_code from workload_practitioner_allocation a join workload_case c on c.id = a.case_id
            where c.crn = ? and a.ended_at is null""").param(crn).query(String.class).list();
  }

  public Optional<ProviderCase> providerCase(long id) {
    return jdbc.sql(CASE + " where c.id = ?").param(id).query(CaseloadRepository::providerCase).optional();
  }

  public Optional<ProviderCase> caseForAllocationCase(long allocationCaseId) {
    return jdbc.sql(CASE + " where c.allocation_case_id = ?").param(allocationCaseId)
        .query(CaseloadRepository::providerCase).optional();
  }

  /**
   * The providers' cases with no practitioner, the longest waiting first, narrowed to a tier (its protect level alone, such as "B", or the whole code, such as
   * "B2"), an order type, and cases waiting since before a moment, each when given.
   */
  public List<ProviderCase> unallocated(Collection<String> providerCodes, boolean allProviders, @Nullable String tier,
      @Nullable OrderType orderType, @Nullable Instant waitingSince, int limit) {
    return jdbc.sql(CASE + """
            where (:all or c.provider_code in (:providers))
              and not exists (select 1 from workload_practitioner_allocation a where a.case_id = c.id and a.ended_at is null)
              and (cast(:tier as text) is null or c.tier like :tier || '%')
              and (cast(:orderType as text) is null or c.order_type = :orderType)
              and (cast(:since as timestamptz) is null or c.provider_allocated_at <= :since)
            order by c.provider_allocated_at, c.id
            limit :limit""")
        .param("all", allProviders).param("providers", providerCodes.isEmpty() ? List.of("") : providerCodes)
        .param("tier", tier).param("orderType", orderType == null ? null : orderType.name())
        .param("since", waitingSince == null ? null : Timestamp.from(waitingSince))
        .param("limit", limit)
        .query(CaseloadRepository::providerCase).list();
  }

  /** The cases providers hold for the person, the newest first. */
  public List<ProviderCase> casesOf(String crn) {
    return jdbc.sql(CASE + " where c.crn = ? order by c.provider_allocated_at desc, c.id desc").param(crn)
        .query(CaseloadRepository::providerCase).list();
  }

  /** Each of these people's latest practitioner on any case, by CRN; people who never had one are missing. */
  public Map<String, PractitionerAllocation> latestPractitioners(Collection<String> crns) {
    Map<String, PractitionerAllocation> latest = new HashMap<>();
    if (!crns.isEmpty()) {
      jdbc.sql("select distinct on (crn) * from (" + ALLOCATION + """
               where c.crn in (:crns)) held
              order by crn, allocated_at desc, id desc""")
          .param("crns", crns).query(CaseloadRepository::allocation).list()
          .forEach(a -> latest.put(a.crn(), a));
    }
    return latest;
  }

  /** The people among these with more than one case on record: known to the service from an earlier one. */
  public Set<String> withEarlierCases(Collection<String> crns) {
    return crns.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql(
            "select crn from workload_case where crn in (:crns) group by crn having count(*) > 1")
        .param("crns", crns).query((rs, n) -> rs.getString(1).strip()).list());
  }

  /**
   * How many of the cases each of these practitioners holds were given to them since the moment, by staff
   * code; those with none are missing. Cases since moved on do not count, and the count reads the index
   * of current allocations by practitioner, not every allocation ever made.
   */
  public Map<String, Integer> allocatedSince(Collection<String> staffCodes, Instant since) {
    Map<String, Integer> counts = new HashMap<>();
    if (!staffCodes.isEmpty()) {
      jdbc.sql("""
              select staff_code, count(*) from workload_practitioner_allocation
              where staff_code in (:codes) and allocated_at >= :since and ended_at is null
              group by staff_code""")
          .param("codes", staffCodes).param("since", Timestamp.from(since))
          .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
    }
    return counts;
  }

  public Optional<PractitionerAllocation> current(long caseId) {
    return jdbc.sql(ALLOCATION + " where a.case_id = ? and a.ended_at is null").param(caseId)
        .query(CaseloadRepository::allocation).optional();
  }

  public Optional<PractitionerAllocation> allocation(long id) {
    return jdbc.sql(ALLOCATION + " where a.id = ?").param(id).query(CaseloadRepository::allocation).optional();
  }

  public Optional<PractitionerAllocation> byRequestKey(String requestKey) {
    return jdbc.sql(ALLOCATION + " where a.request_key = ?").param(requestKey).query(CaseloadRepository::allocation)
        .optional();
  }

  /** Every practitioner the person has had, on any case, the latest first. */
  public List<PractitionerAllocation> forPerson(String crn) {
    return jdbc.sql(ALLOCATION + " where c.crn = ? order by a.allocated_at desc, a.id desc").param(crn)
        .query(CaseloadRepository::allocation).list();
  }

  /** Ends the allocation if it is still current; false if it had already ended. */
  public boolean end(long allocationId, Instant at, String because) {
    return jdbc.sql("update workload_practitioner_allocation set ended_at = ?, ended_because = ? where id = ? and ended_at is null")
        .params(Timestamp.from(at), because, allocationId).update() == 1;
  }

  /** A new allocation to insert. */
  public record NewAllocation(long caseId, String staffCode, String teamCode, Instant at, String by,
      String justification, boolean sensitive, @Nullable String oversightNote, @Nullable String gradeOverrideReason,
      @Nullable ReallocationReason reallocationReason, @Nullable String reallocationDetails, String requestKey) {}

  /**
   * Inserts the allocation unless its request key was used or the case already has a current
   * practitioner (a concurrent submission waits for the other to commit, then finds it); empty then.
   */
  public Optional<Long> insert(NewAllocation a) {
    return jdbc.sql("""
            insert into workload_practitioner_allocation (case_id, staff_code, team_code, allocated_at, allocated_by,
                justification, sensitive, oversight_note, grade_override_reason, reallocation_reason,
                reallocation_details, request_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            returning id""")
        .params(a.caseId(), a.staffCode(), a.teamCode(), Timestamp.from(a.at()), a.by(), a.justification(), a.sensitive(),
            a.oversightNote(), a.gradeOverrideReason(),
            a.reallocationReason() == null ? null : a.reallocationReason().name(), a.reallocationDetails(), a.requestKey())
        .query(Long.class).optional();
  }

  private static ProviderCase providerCase(ResultSet rs, int row) throws SQLException {
    Date release = rs.getDate("expected_release_date");
    return new ProviderCase(rs.getLong("id"), rs.getLong("allocation_case_id"), rs.getString("crn"),
        rs.getString("provider_code"), rs.getLong("decision_id"), rs.getTimestamp("provider_allocated_at").toInstant(),
        rs.getLong("sentence_id"), OrderType.valueOf(rs.getString("order_type")), rs.getDate("sentence_date").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(), release == null ? null : release.toLocalDate(), rs.getString("tier"));
  }

  private static PractitionerAllocation allocation(ResultSet rs, int row) throws SQLException {
    Timestamp ended = rs.getTimestamp("ended_at");
    String reason = rs.getString("reallocation_reason");
    return new PractitionerAllocation(rs.getLong("id"), rs.getLong("case_id"), rs.getString("crn"),
        rs.getString("staff_code"), rs.getString("team_code"), rs.getTimestamp("allocated_at").toInstant(),
        rs.getString("allocated_by"), rs.getString("justification"), rs.getBoolean("sensitive"),
        rs.getString("oversight_note"), rs.getString("grade_override_reason"),
        reason == null ? null : ReallocationReason.valueOf(reason), rs.getString("reallocation_details"),
        ended == null ? null : ended.toInstant(), rs.getString("ended_because"));
  }
}
