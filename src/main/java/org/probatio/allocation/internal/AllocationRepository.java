package org.probatio.allocation.internal;

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
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationCase;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.DecisionKind;
import org.probatio.allocation.DecisionStatus;
import org.probatio.allocation.NewCase;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.ConsideredFactor;
import org.probatio.allocation.policy.Provider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class AllocationRepository {

  private static final TypeReference<List<ConsideredFactor>> FACTORS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AllocationRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Opens the case unless this sentence already has one; returns the case either way. */
  public AllocationCase open(NewCase c, LocalDate dueOn, Instant at) {
    jdbc.sql("""
            insert into allocation_case (crn, sentence_id, sentence_date, court_provider, due_on, assessed_from,
              mandate_for_change, opened_at)
            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (sentence_id) do nothing""")
        .params(c.crn(), c.sentenceId(), Date.valueOf(c.sentenceDate()), c.courtProviderCode(), Date.valueOf(dueOn),
            Date.valueOf(c.assessedFrom()), c.mandateForChange(), Timestamp.from(at))
        .update();
    return jdbc.sql("select * from allocation_case where sentence_id = ?").param(c.sentenceId())
        .query(AllocationRepository::allocationCase).single();
  }

  public Optional<AllocationCase> findCase(long id) {
    return jdbc.sql("select * from allocation_case where id = ?").param(id).query(AllocationRepository::allocationCase)
        .optional();
  }

  public Optional<AllocationCase> latestCase(String crn) {
    return jdbc.sql("select * from allocation_case where crn = ? order by sentence_date desc, id desc limit 1").param(crn)
        .query(AllocationRepository::allocationCase).optional();
  }

  /** Cases still waiting for a decision at these courts' providers, the longest overdue first. */
  public List<AllocationCase> awaiting(Collection<String> courtProviders, boolean allProviders) {
    return jdbc.sql("""
            select * from allocation_case
            where decision_id is null and (:all or court_provider in (:providers))
            order by due_on, id limit 500""")
        .param("all", allProviders)
        .param("providers", courtProviders.isEmpty() ? List.of("") : courtProviders)
        .query(AllocationRepository::allocationCase).list();
  }

  /** Whether each person's latest sentence gives a mandate for change, for recomputing every tier. */
  public Map<String, Boolean> mandatesByPerson() {
    Map<String, Boolean> mandates = new HashMap<>();
    jdbc.sql("""
            select distinct on (crn) crn, mandate_for_change from allocation_case
            order by crn, sentence_date desc, id desc""")
        .query(rs -> {
          mandates.put(rs.getString(1), rs.getBoolean(2));
        });
    return mandates;
  }

  /** Links the decision to the case, if nobody has decided it since it was read. */
  public boolean markDecided(long caseId, long decisionId, int seenVersion) {
    return jdbc.sql("""
            update allocation_case set decision_id = ?, version = version + 1
            where id = ? and version = ? and decision_id is null""")
        .params(decisionId, caseId, seenVersion).update() == 1;
  }

  public long insert(AllocationDecision d, @Nullable String requestKey) {
    return jdbc.sql("""
            insert into allocation_decision (crn, case_id, kind, status, policy_version, policy_provider, provider,
              provider_code, deciding_rule, factors, facts, tier, rosh_assessment_id, decided_by, decided_at,
              working_days, override_reason, request_key)
            values (:crn, :caseId, :kind, :status, :policyVersion, :policyProvider, :provider, :providerCode,
              :rule, cast(:factors as jsonb), cast(:facts as jsonb), :tier, :rosh, :by, :at, :workingDays,
              :overrideReason, :requestKey)
            returning id""")
        .param("crn", d.crn())
        .param("caseId", d.caseId())
        .param("kind", d.kind().name())
        .param("status", d.status().name())
        .param("policyVersion", d.policyVersion())
        .param("policyProvider", d.policyProvider().name())
        .param("provider", d.provider().name())
        .param("providerCode", d.providerCode())
        .param("rule", d.decidingRule())
        .param("factors", json.writeValueAsString(d.factors()))
        .param("facts", json.writeValueAsString(d.facts()))
        .param("tier", d.tier())
        .param("rosh", d.roshAssessmentId())
        .param("by", d.decidedBy())
        .param("at", Timestamp.from(d.decidedAt()))
        .param("workingDays", d.workingDays())
        .param("overrideReason", d.overrideReason())
        .param("requestKey", requestKey)
        .query(Long.class).single();
  }

  public Optional<AllocationDecision> decision(long id) {
    return jdbc.sql("select * from allocation_decision where id = ?").param(id).query(this::toDecision).optional();
  }

  public Optional<AllocationDecision> decisionByKey(String requestKey) {
    return jdbc.sql("select * from allocation_decision where request_key = ?").param(requestKey).query(this::toDecision)
        .optional();
  }

  public List<AllocationDecision> decisions(String crn) {
    return jdbc.sql("select * from allocation_decision where crn = ? order by decided_at desc, id desc").param(crn)
        .query(this::toDecision).list();
  }

  /** The decision that last put the case with a provider. */
  public Optional<AllocationDecision> lastFinal(String crn) {
    return jdbc.sql("""
            select * from allocation_decision where crn = ? and status = 'FINAL'
            order by decided_at desc, id desc limit 1""")
        .param(crn).query(this::toDecision).optional();
  }

  /** Final allocations after sentence decided in the period (inclusive, London days) at these courts. */
  public List<AllocationDecision> finalAllocations(LocalDate from, LocalDate to, Collection<String> courtProviders,
      boolean allProviders) {
    return jdbc.sql("""
            select d.* from allocation_decision d join allocation_case c on c.id = d.case_id
            where d.kind = 'ALLOCATION' and d.status = 'FINAL'
              and d.decided_at >= (cast(:from as date) at time zone 'Europe/London')
              and d.decided_at < (cast(:to as date) + 1) at time zone 'Europe/London'
              and (:all or c.court_provider in (:providers))
            order by d.decided_at, d.id""")
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .param("all", allProviders)
        .param("providers", courtProviders.isEmpty() ? List.of("") : courtProviders)
        .query(this::toDecision).list();
  }

  /** Whether the person's case has been escalated since the moment. */
  public boolean escalatedSince(String crn, Instant since) {
    return jdbc.sql("""
            select exists (select 1 from allocation_decision
            where crn = ? and kind = 'ESCALATION' and status = 'FINAL' and decided_at > ?)""")
        .params(crn, Timestamp.from(since)).query(Boolean.class).single();
  }

  /** Overrides waiting for a senior practitioner, for cases at these courts' providers. */
  public List<AllocationDecision> awaitingApproval(Collection<String> courtProviders, boolean allProviders) {
    return jdbc.sql("""
            select d.* from allocation_decision d join allocation_case c on c.id = d.case_id
            where d.status = 'AWAITING_APPROVAL' and (:all or c.court_provider in (:providers))
            order by d.decided_at""")
        .param("all", allProviders)
        .param("providers", courtProviders.isEmpty() ? List.of("") : courtProviders)
        .query(this::toDecision).list();
  }

  /** Whether an override of this case waits for a senior practitioner. */
  public boolean overrideAwaitingApproval(long caseId) {
    return jdbc.sql("select exists (select 1 from allocation_decision where case_id = ? and status = 'AWAITING_APPROVAL')")
        .param(caseId).query(Boolean.class).single();
  }

  /** Records the review of an override that is still waiting; false if someone reviewed it first. */
  public boolean review(long id, DecisionStatus outcome, String by, Instant at, @Nullable String note) {
    return jdbc.sql("""
            update allocation_decision set status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?
            where id = ? and status = 'AWAITING_APPROVAL'""")
        .params(outcome.name(), by, Timestamp.from(at), note, id).update() == 1;
  }

  private static AllocationCase allocationCase(ResultSet rs, int row) throws SQLException {
    long decision = rs.getLong("decision_id");
    Long decisionOrNull = rs.wasNull() ? null : decision;
    return new AllocationCase(rs.getLong("id"), rs.getString("crn"), rs.getLong("sentence_id"),
        rs.getDate("sentence_date").toLocalDate(), rs.getString("court_provider"), rs.getDate("due_on").toLocalDate(),
        rs.getDate("assessed_from").toLocalDate(), rs.getBoolean("mandate_for_change"),
        rs.getTimestamp("opened_at").toInstant(), decisionOrNull, rs.getInt("version"));
  }

  private AllocationDecision toDecision(ResultSet rs, int row) throws SQLException {
    long caseId = rs.getLong("case_id");
    Long caseIdOrNull = rs.wasNull() ? null : caseId;
    long rosh = rs.getLong("rosh_assessment_id");
    Long roshOrNull = rs.wasNull() ? null : rosh;
    int workingDays = rs.getInt("working_days");
    Integer workingDaysOrNull = rs.wasNull() ? null : workingDays;
    Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
    return new AllocationDecision(rs.getLong("id"), rs.getString("crn"), caseIdOrNull,
        DecisionKind.valueOf(rs.getString("kind")), DecisionStatus.valueOf(rs.getString("status")),
        rs.getString("policy_version"), Provider.valueOf(rs.getString("policy_provider")),
        Provider.valueOf(rs.getString("provider")), rs.getString("provider_code"), rs.getString("deciding_rule"),
        json.readValue(rs.getString("factors"), FACTORS), json.readValue(rs.getString("facts"), AllocationFacts.class),
        rs.getString("tier"), roshOrNull, rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
        workingDaysOrNull, rs.getString("override_reason"), rs.getString("reviewed_by"),
        reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("review_note"));
  }
}
