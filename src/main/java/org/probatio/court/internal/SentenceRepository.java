package org.probatio.court.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SentenceRepository {

  private final JdbcClient jdbc;

  SentenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the sentence with its requirements, unless the hearing has one already: empty then. */
  public Optional<Long> insert(long hearingId, String crn, NewSentence s, String providerCode, String by, Instant at) {
    Optional<Long> id = jdbc.sql("""
            insert into court_sentence (hearing_id, crn, order_type, length_months, sentence_date, expected_release_date,
              licence_conditions, court_provider_code, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (hearing_id) do nothing returning id""")
        .params(hearingId, crn, s.orderType().name(), s.lengthMonths(), Date.valueOf(s.sentenceDate()),
            s.expectedReleaseDate() == null ? null : Date.valueOf(s.expectedReleaseDate()),
            s.licenceConditions().toArray(String[]::new), providerCode, by, Timestamp.from(at))
        .query(Long.class).optional();
    id.ifPresent(sentenceId -> {
      for (int i = 0; i < s.requirements().size(); i++) {
        Requirement r = s.requirements().get(i);
        jdbc.sql("insert into court_requirement (sentence_id, position, type, amount, details) values (?, ?, ?, ?, ?)")
            .params(sentenceId, i + 1, r.type().name(), r.amount(),
                r.details() == null || r.details().isBlank() ? null : r.details().strip())
            .update();
      }
    });
    return id;
  }

  public Optional<Long> idForHearing(long hearingId) {
    return jdbc.sql("select id from court_sentence where hearing_id = ?").param(hearingId).query(Long.class).optional();
  }

  public Optional<Sentence> find(long id) {
    return withRequirements(jdbc.sql("select * from court_sentence where id = ?").param(id)
        .query(SentenceRepository::sentence).list()).stream().findFirst();
  }

  /** The person's sentences, newest first. */
  public List<Sentence> forPerson(String crn) {
    return withRequirements(jdbc.sql("select * from court_sentence where crn = ? order by sentence_date desc, id desc")
        .param(crn).query(SentenceRepository::sentence).list());
  }

  private List<Sentence> withRequirements(List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return sentences;
    }
    Map<Long, List<Requirement>> requirements = new HashMap<>();
    jdbc.sql("select * from court_requirement where sentence_id in (:ids) order by sentence_id, position")
        .param("ids", sentences.stream().map(Sentence::id).toList())
        .query((rs, n) -> requirements.computeIfAbsent(rs.getLong("sentence_id"), k -> new ArrayList<>())
            .add(new Requirement(RequirementType.valueOf(rs.getString("type")), rs.getObject("amount", Integer.class),
                rs.getString("details"))))
        .list();
    return sentences.stream().map(s -> new Sentence(s.id(), s.hearingId(), s.crn(), s.orderType(), s.lengthMonths(),
        s.sentenceDate(), List.copyOf(requirements.getOrDefault(s.id(), List.of())), s.expectedReleaseDate(),
        s.licenceConditions(), s.courtProviderCode(), s.recordedBy(), s.recordedAt())).toList();
  }

  private static Sentence sentence(ResultSet rs, int n) throws SQLException {
    Date release = rs.getDate("expected_release_date");
    return new Sentence(
        rs.getLong("id"),
        rs.getLong("hearing_id"),
        rs.getString("crn"),
        OrderType.valueOf(rs.getString("order_type")),
        rs.getInt("length_months"),
        rs.getDate("sentence_date").toLocalDate(),
        List.of(),
        release == null ? null : release.toLocalDate(),
        List.of((String[]) rs.getArray("licence_conditions").getArray()),
        rs.getString("court_provider_code"),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
