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
import org.probatio.allocation.DecisionKind;
import org.probatio.allocation.Handover;
import org.probatio.allocation.HandoverPackage;
import org.probatio.allocation.MissingItem;
import org.probatio.allocation.ReviewTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Handovers with their package snapshots, and the receiving providers' review tasks. */
@Repository
public class HandoverRepository {

  private static final TypeReference<List<MissingItem>> MISSING = new TypeReference<>() {};
  private static final int LIST_LIMIT = 500;

  /** A handover to store: the package and its checklist as assembled. */
  public record NewHandover(String crn, long decisionId, DecisionKind kind, String fromProviderCode,
      String toProviderCode, Instant assembledAt, HandoverPackage contents, List<MissingItem> missing,
      Instant deliveredAt) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  HandoverRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores the handover unless the decision already has one; empty for a repeat. */
  public Optional<Long> insert(NewHandover h) {
    return jdbc.sql("""
            insert into allocation_handover (crn, decision_id, kind, from_provider, to_provider, assembled_at, package,
              missing, delivered_at)
            values (:crn, :decision, :kind, :from, :to, :assembledAt, cast(:package as jsonb), cast(:missing as jsonb),
              :deliveredAt)
            on conflict (decision_id) do nothing
            returning id""")
        .param("crn", h.crn())
        .param("decision", h.decisionId())
        .param("kind", h.kind().name())
        .param("from", h.fromProviderCode())
        .param("to", h.toProviderCode())
        .param("assembledAt", Timestamp.from(h.assembledAt()))
        .param("package", json.writeValueAsString(h.contents()))
        .param("missing", json.writeValueAsString(h.missing()))
        .param("deliveredAt", Timestamp.from(h.deliveredAt()))
        .query(Long.class).optional();
  }

  public Optional<Handover> find(long id) {
    return jdbc.sql("select * from allocation_handover where id = ?").param(id).query(this::handover).optional();
  }

  /** Handovers to these providers, those not yet acknowledged first, then the newest. */
  public List<Handover> to(Collection<String> providers, boolean allProviders) {
    return jdbc.sql("""
            select * from allocation_handover where (:all or to_provider in (:providers))
            order by acknowledged_at is not null, delivered_at desc, id desc limit :limit""")
        .param("all", allProviders)
        .param("providers", orNone(providers))
        .param("limit", LIST_LIMIT)
        .query(this::handover).list();
  }

  /** Handovers to or from these providers whose first appointment came before the day of delivery, newest first. */
  public List<Handover> firstAppointmentBeforeDelivery(Collection<String> providers, boolean allProviders) {
    return jdbc.sql("""
            select * from allocation_handover
            where first_appointment_on < (delivered_at at time zone 'Europe/London')::date
              and (:all or to_provider in (:providers) or from_provider in (:providers))
            order by delivered_at desc, id desc limit :limit""")
        .param("all", allProviders)
        .param("providers", orNone(providers))
        .param("limit", LIST_LIMIT)
        .query(this::handover).list();
  }

  /** The first appointments recorded at the handovers of these decisions, by decision id. */
  public Map<Long, LocalDate> firstAppointments(Collection<Long> decisionIds) {
    Map<Long, LocalDate> found = new HashMap<>();
    if (!decisionIds.isEmpty()) {
      jdbc.sql("""
              select decision_id, first_appointment_on from allocation_handover
              where decision_id in (:ids) and first_appointment_on is not null""")
          .param("ids", decisionIds)
          .query((rs, n) -> found.put(rs.getLong(1), rs.getDate(2).toLocalDate())).list();
    }
    return found;
  }

  public List<Handover> forPerson(String crn) {
    return jdbc.sql("select * from allocation_handover where crn = ? order by delivered_at desc, id desc").param(crn)
        .query(this::handover).list();
  }

  /** Handovers from or to these providers delivered on these London days, oldest first. */
  public List<Handover> deliveredBetween(LocalDate from, LocalDate to, Collection<String> providers,
      boolean allProviders) {
    return jdbc.sql("""
            select * from allocation_handover
            where (delivered_at at time zone 'Europe/London')::date between :from and :to
              and (:all or to_provider in (:providers) or from_provider in (:providers))
            order by delivered_at, id""")
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .param("all", allProviders)
        .param("providers", orNone(providers))
        .query(this::handover).list();
  }

  /** Records the acknowledgement, if nobody has changed the handover since {@code seenVersion}. */
  public boolean acknowledge(long id, String username, String name, Instant at, int seenVersion) {
    return jdbc.sql("""
            update allocation_handover set acknowledged_by = ?, acknowledged_by_name = ?, acknowledged_at = ?,
              version = version + 1
            where id = ? and version = ? and acknowledged_at is null""")
        .params(username, name, Timestamp.from(at), id, seenVersion).update() == 1;
  }

  /** Records the first appointment's date, if nobody has changed the handover since {@code seenVersion}. */
  public boolean recordFirstAppointment(long id, LocalDate on, String by, Instant at, int seenVersion) {
    return jdbc.sql("""
            update allocation_handover set first_appointment_on = ?, first_appointment_recorded_by = ?,
              first_appointment_recorded_at = ?, version = version + 1
            where id = ? and version = ?""")
        .params(Date.valueOf(on), by, Timestamp.from(at), id, seenVersion).update() == 1;
  }

  /** Creates the handover's review task unless it has one; empty for a repeat. */
  public Optional<Long> createReviewTask(Handover h, Instant at, LocalDate dueOn) {
    return jdbc.sql("""
            insert into allocation_review_task (handover_id, crn, provider_code, created_at, due_on)
            values (?, ?, ?, ?, ?) on conflict (handover_id) do nothing returning id""")
        .params(h.id(), h.crn(), h.toProviderCode(), Timestamp.from(at), Date.valueOf(dueOn))
        .query(Long.class).optional();
  }

  public Optional<ReviewTask> reviewTask(long id) {
    return jdbc.sql("select * from allocation_review_task where id = ?").param(id)
        .query(HandoverRepository::reviewTask).optional();
  }

  public Optional<ReviewTask> reviewTaskFor(long handoverId) {
    return jdbc.sql("select * from allocation_review_task where handover_id = ?").param(handoverId)
        .query(HandoverRepository::reviewTask).optional();
  }

  /** These providers' review tasks: open ones first, soonest due, then the most recently completed. */
  public List<ReviewTask> reviewTasks(Collection<String> providers, boolean allProviders) {
    return jdbc.sql("""
            select * from allocation_review_task where (:all or provider_code in (:providers))
            order by completed_at is not null, due_on, completed_at desc, id limit :limit""")
        .param("all", allProviders)
        .param("providers", orNone(providers))
        .param("limit", LIST_LIMIT)
        .query(HandoverRepository::reviewTask).list();
  }

  /** Completes the task; false if someone completed it first. */
  public boolean completeReviewTask(long id, String username, String name, Instant at) {
    return jdbc.sql("""
            update allocation_review_task set completed_by = ?, completed_by_name = ?, completed_at = ?
            where id = ? and completed_at is null""")
        .params(username, name, Timestamp.from(at), id).update() == 1;
  }

  private static Collection<String> orNone(Collection<String> providers) {
    return providers.isEmpty() ? List.of("") : providers;
  }

  private Handover handover(ResultSet rs, int row) throws SQLException {
    Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
    Date appointment = rs.getDate("first_appointment_on");
    return new Handover(rs.getLong("id"), rs.getString("crn"), rs.getLong("decision_id"),
        DecisionKind.valueOf(rs.getString("kind")), rs.getString("from_provider"), rs.getString("to_provider"),
        instant(rs.getTimestamp("assembled_at")), json.readValue(rs.getString("package"), HandoverPackage.class),
        json.readValue(rs.getString("missing"), MISSING), instant(rs.getTimestamp("delivered_at")),
        acknowledgedAt == null ? null : new Handover.Acknowledgement(rs.getString("acknowledged_by"),
            rs.getString("acknowledged_by_name"), acknowledgedAt.toInstant()),
        appointment == null ? null : new Handover.FirstAppointment(appointment.toLocalDate(),
            rs.getString("first_appointment_recorded_by"), instant(rs.getTimestamp("first_appointment_recorded_at"))),
        rs.getInt("version"));
  }

  private static ReviewTask reviewTask(ResultSet rs, int row) throws SQLException {
    Timestamp completedAt = rs.getTimestamp("completed_at");
    return new ReviewTask(rs.getLong("id"), rs.getLong("handover_id"), rs.getString("crn"),
        rs.getString("provider_code"), instant(rs.getTimestamp("created_at")), rs.getDate("due_on").toLocalDate(),
        rs.getString("completed_by"), rs.getString("completed_by_name"), completedAt == null ? null : completedAt.toInstant());
  }

  private static Instant instant(@Nullable Timestamp at) {
    if (at == null) {
      throw new IllegalStateException("A required time is missing from a handover row");
    }
    return at.toInstant();
  }
}
