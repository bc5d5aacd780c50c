package org.probatio.risk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.bulk.BackgroundCopy;
import org.probatio.bulk.CopyText;
import org.probatio.bulk.IdentityValues;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.risk.RiskToLoad.LoadedScreening;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads generated RoSH screenings and registrations with COPY, for the demo region and
 * benchmarks: no per-row checks or events, and one audit row for the whole load. Each screening is
 * the person's current one; registrations get their ids in the order given, so a person's
 * registrations on the same day keep that order.
 */
@Service
public class RiskBulkLoad {

  /** The ids a person's records were given: the screening's (null when there is none) and each registration's, in order. */
  public record Ids(@Nullable Long screeningId, List<Long> registrationIds) {}

  /** What a load wrote. */
  public record Loaded(long people, long screenings, long registrations) {}

  private static final int CHUNK = 10_000;
  private static final String COPY_SCREENING = """
      copy risk_rosh_assessment (id, crn, kind, stage, completed_on, completed_by, community_children, community_public,
        community_known_adult, community_staff, overall, current, recorded_at) from stdin""";
  private static final String COPY_REGISTRATION = """
      copy risk_registration (id, crn, type, level, mappa_category, mappa_level, notes, registered_on, registered_by,
        review_every_months, next_review_on) from stdin""";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  RiskBulkLoad(DataSource dataSource, JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Writes everyone's risk in one transaction, telling the caller the ids each person's records were given. */
  @Transactional
  public Loaded load(Stream<RiskToLoad> people, String loadedBy, BiConsumer<? super RiskToLoad, Ids> idsGiven) {
    String now = clock.instant().toString();
    long[] counts = new long[3];
    BackgroundCopy.inChunks(dataSource, people, CHUNK, (chunk, copy) -> write(chunk, now, copy, idsGiven, counts));
    jdbc.sql("analyze risk_rosh_assessment, risk_registration").update();
    audit.record(AuditAction.CREATE, "risk", null, Map.of("bulkLoad", counts[0], "screenings", counts[1],
        "registrations", counts[2], "loadedBy", loadedBy));
    return new Loaded(counts[0], counts[1], counts[2]);
  }

  private void write(List<RiskToLoad> chunk, String now, BackgroundCopy copy, BiConsumer<? super RiskToLoad, Ids> idsGiven,
      long[] counts) {
    int screeningCount = (int) chunk.stream().filter(p -> p.screening() != null).count();
    int registrationCount = chunk.stream().mapToInt(p -> p.registrations().size()).sum();
    long[][] ids = IdentityValues.nextIds(dataSource, new String[] {"risk_rosh_assessment", "risk_registration"},
        new int[] {screeningCount, registrationCount});
    long[] screeningIds = ids[0];
    long[] registrationIds = ids[1];
    StringBuilder screenings = new StringBuilder(screeningCount * 120);
    StringBuilder registrations = new StringBuilder(registrationCount * 100);
    int nextScreening = 0;
    int nextRegistration = 0;
    for (RiskToLoad person : chunk) {
      LoadedScreening s = person.screening();
      Long screeningId = null;
      if (s != null) {
        screeningId = screeningIds[nextScreening++];
        RoshLevels l = s.levels();
        CopyText.row(screenings, screeningId, person.crn(), "SCREENING", s.stage().name(), s.completedOn(),
            s.completedBy(), l.communityChildren().name(), l.communityPublic().name(),
            l.communityKnownAdult().name(), l.communityStaff().name(), l.overall().name(), true, now);
      }
      List<Long> given = new ArrayList<>(person.registrations().size());
      for (LoadedRegistration loaded : person.registrations()) {
        long id = registrationIds[nextRegistration++];
        given.add(id);
        NewRegistration r = loaded.registration();
        CopyText.row(registrations, id, person.crn(), r.type().name(), r.level() == null ? null : r.level().name(),
            r.mappaCategory(), r.mappaLevel(), r.notes(), r.registeredOn(), loaded.registeredBy(), r.reviewInterval(),
            loaded.nextReviewOn());
      }
      idsGiven.accept(person, new Ids(screeningId, List.copyOf(given)));
    }
    copy.copy(COPY_SCREENING, screenings);
    copy.copy(COPY_REGISTRATION, registrations);
    counts[0] += chunk.size();
    counts[1] += screeningCount;
    counts[2] += registrationCount;
  }
}
