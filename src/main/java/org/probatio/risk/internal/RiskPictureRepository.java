package org.probatio.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.Need;
import org.probatio.risk.NeedRating;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPicture.ActiveRegistration;
import org.probatio.risk.RiskPicture.CurrentNeeds;
import org.probatio.risk.RiskPicture.CurrentRosh;
import org.probatio.risk.RiskPicture.LatestScores;
import org.probatio.risk.RoshLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four parts of a risk picture, each read by one query in CRN order; for everyone the four
 * streams are merged by CRN, so the whole database is read in four passes.
 */
@Repository
public class RiskPictureRepository {

  private static final String ROSH = """
      select crn, id, kind, stage, overall, completed_on from risk_rosh_assessment where current %s order by crn""";
  private static final String SCORES = """
      select distinct on (crn) crn, id, calculated_at::date as calculated_on, rsr_score, ogrs3_two_year,
        inputs ->> 'impulsivityProblems' as impulsivity, inputs ->> 'temperControl' as temper_control
      from risk_score_calculation %s order by crn, calculated_at desc, id desc""";
  private static final String REGISTRATIONS = """
      select crn, id, type, mappa_category, mappa_level, registered_on from risk_registration
      where deregistered_on is null %s order by crn, registered_on, id""";
  private static final String NEEDS = """
      select crn, id, assessed_on, ratings::text as ratings from risk_needs_assessment where current %s order by crn""";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RiskPictureRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public RiskPicture of(String crn) {
    List<Keyed<CurrentRosh>> rosh = jdbc.sql(ROSH.formatted("and crn = :crn")).param("crn", crn).query(this::rosh).list();
    List<Keyed<LatestScores>> scores = jdbc.sql(SCORES.formatted("where crn = :crn")).param("crn", crn)
        .query(this::scores).list();
    List<Keyed<ActiveRegistration>> registrations = jdbc.sql(REGISTRATIONS.formatted("and crn = :crn")).param("crn", crn)
        .query(this::registration).list();
    List<Keyed<CurrentNeeds>> needs = jdbc.sql(NEEDS.formatted("and crn = :crn")).param("crn", crn).query(this::needs).list();
    return new RiskPicture(crn, first(rosh), first(scores), registrations.stream().map(Keyed::value).toList(), first(needs));
  }

  public void forEach(Consumer<RiskPicture> action) {
    try (Stream<Keyed<CurrentRosh>> rosh = jdbc.sql(ROSH.formatted("")).withFetchSize(2000).query(this::rosh).stream();
        Stream<Keyed<LatestScores>> scores = jdbc.sql(SCORES.formatted("")).withFetchSize(2000).query(this::scores).stream();
        Stream<Keyed<ActiveRegistration>> registrations = jdbc.sql(REGISTRATIONS.formatted("")).withFetchSize(2000)
            .query(this::registration).stream();
        Stream<Keyed<CurrentNeeds>> needs = jdbc.sql(NEEDS.formatted("")).withFetchSize(2000).query(this::needs).stream()) {
      Cursor<CurrentRosh> roshes = new Cursor<>(rosh.iterator());
      Cursor<LatestScores> latest = new Cursor<>(scores.iterator());
      Cursor<ActiveRegistration> active = new Cursor<>(registrations.iterator());
      Cursor<CurrentNeeds> current = new Cursor<>(needs.iterator());
      for (String crn = lowest(roshes, latest, active, current); crn != null; crn = lowest(roshes, latest, active, current)) {
        action.accept(new RiskPicture(crn, roshes.takeOne(crn), latest.takeOne(crn), active.takeAll(crn),
            current.takeOne(crn)));
      }
    }
  }

  private Keyed<CurrentRosh> rosh(ResultSet rs, int row) throws SQLException {
    return new Keyed<>(rs.getString("crn"), new CurrentRosh(rs.getLong("id"), AssessmentKind.valueOf(rs.getString("kind")),
        AssessmentStage.valueOf(rs.getString("stage")), RoshLevel.valueOf(rs.getString("overall")),
        rs.getDate("completed_on").toLocalDate()));
  }

  private Keyed<LatestScores> scores(ResultSet rs, int row) throws SQLException {
    java.math.BigDecimal rsr = rs.getBigDecimal("rsr_score");
    int ogrs = rs.getInt("ogrs3_two_year");
    Integer ogrs3 = rs.wasNull() ? null : ogrs;
    return new Keyed<>(rs.getString("crn"), new LatestScores(rs.getLong("id"), rs.getDate("calculated_on").toLocalDate(),
        rsr == null ? null : rsr.doubleValue(), ogrs3, problemScore(rs.getString("impulsivity")),
        problemScore(rs.getString("temper_control"))));
  }

  private Keyed<ActiveRegistration> registration(ResultSet rs, int row) throws SQLException {
    int category = rs.getInt("mappa_category");
    Integer mappaCategory = rs.wasNull() ? null : category;
    int level = rs.getInt("mappa_level");
    Integer mappaLevel = rs.wasNull() ? null : level;
    return new Keyed<>(rs.getString("crn"), new ActiveRegistration(rs.getLong("id"), RegisterType.valueOf(rs.getString("type")),
        mappaCategory, mappaLevel, rs.getDate("registered_on").toLocalDate()));
  }

  private Keyed<CurrentNeeds> needs(ResultSet rs, int row) throws SQLException {
    Map<Need, NeedRating> ratings = new EnumMap<>(Need.class);
    JsonNode stored = json.readTree(rs.getString("ratings"));
    for (Need need : Need.values()) {
      JsonNode rating = stored.get(need.name());
      if (rating != null && rating.isString()) {
        ratings.put(need, NeedRating.valueOf(rating.asString()));
      }
    }
    return new Keyed<>(rs.getString("crn"), new CurrentNeeds(rs.getLong("id"), rs.getDate("assessed_on").toLocalDate(),
        ratings));
  }

  /** OASys problem levels as the 0-2 scores tiering counts. */
  private static @Nullable Integer problemScore(@Nullable String level) {
    if (level == null) {
      return null;
    }
    return switch (level) {
      case "NO_PROBLEMS" -> 0;
      case "SOME_PROBLEMS" -> 1;
      case "SIGNIFICANT_PROBLEMS" -> 2;
      default -> null;
    };
  }

  private static <T> @Nullable T first(List<Keyed<T>> rows) {
    return rows.isEmpty() ? null : rows.get(0).value();
  }

  @SafeVarargs
  private static @Nullable String lowest(Cursor<?>... cursors) {
    String lowest = null;
    for (Cursor<?> cursor : cursors) {
      String crn = cursor.crn();
      if (crn != null && (lowest == null || crn.compareTo(lowest) < 0)) {
        lowest = crn;
      }
    }
    return lowest;
  }

  private record Keyed<T>(String crn, T value) {}

  /** One stream's next row, so streams in CRN order can be merged. */
  private static final class Cursor<T> {
    private final Iterator<Keyed<T>> rows;
    private @Nullable Keyed<T> next;

    Cursor(Iterator<Keyed<T>> rows) {
      this.rows = rows;
      this.next = rows.hasNext() ? rows.next() : null;
    }

    @Nullable String crn() {
      return next == null ? null : next.crn();
    }

    @Nullable T takeOne(String crn) {
      List<T> taken = takeAll(crn);
      return taken.isEmpty() ? null : taken.get(0);
    }

    List<T> takeAll(String crn) {
      List<T> taken = new ArrayList<>(1);
      while (next != null && next.crn().equals(crn)) {
        taken.add(next.value());
        next = rows.hasNext() ? rows.next() : null;
      }
      return taken;
    }
  }
}
