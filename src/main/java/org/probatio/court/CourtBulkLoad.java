package org.probatio.court;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads generated court episodes with COPY, for the demo region and benchmarks: hearings and their
 * charges, reports and their partner checks, sentences and their requirements. Only for clean data:
 * no per-row checks, no {@link SentenceRecorded} events (the loader of allocation cases opens them
 * itself), and one audit row for the whole load.
 */
@Service
public class CourtBulkLoad {

  /** The ids an episode's records were given; a report's checks in the order given. */
  public record Ids(long hearingId, @Nullable Long reportId, List<Long> checkIds, @Nullable Long sentenceId) {}

  /** What a load wrote. */
  public record Loaded(long hearings, long reports, long checks, long sentences) {}

  private static final int CHUNK = 10_000;
  private static final String COPY_HEARING = """
      copy court_hearing (id, crn, court, hearing_date, session, courtroom, court_provider_code, created_by, created_at)
      from stdin""";
  private static final String COPY_CHARGE = "copy court_charge (hearing_id, position, offence_code, description) from stdin";
  private static final String COPY_REPORT = """
      copy court_report (id, hearing_id, crn, type, requested_at, due_at, completed_at, delivered_on_day,
        author_staff_code, author_name, sources, offence_analysis, risk_and_needs, diversity, persons_views, proposal,
        rosh_assessment_id, version) from stdin""";
  private static final String COPY_CHECK = """
      copy court_partner_check (id, report_id, kind, requested_at, due_at, outcome, details, not_obtained_reason,
        responded_by, responded_at, recorded_by, escalated_at, version) from stdin""";
  private static final String COPY_SENTENCE = """
      copy court_sentence (id, hearing_id, crn, order_type, length_months, sentence_date, expected_release_date,
        licence_conditions, court_provider_code, recorded_by, recorded_at) from stdin""";
  private static final String COPY_REQUIREMENT =
      "copy court_requirement (sentence_id, position, type, amount, details) from stdin";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  CourtBulkLoad(DataSource dataSource, JdbcClient jdbc, AuditTrail audit) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Writes every episode in one transaction, telling the caller the ids each episode's records were given. */
  @Transactional
  public Loaded load(Stream<CourtToLoad> episodes, String loadedBy, BiConsumer<? super CourtToLoad, Ids> idsGiven) {
    Counts counts = new Counts();
    BackgroundCopy.inChunks(dataSource, episodes, CHUNK, (chunk, copy) -> write(chunk, new Rows(counts), copy, idsGiven));
    jdbc.sql("analyze court_hearing, court_charge, court_report, court_partner_check, court_sentence, court_requirement")
        .update();
    Loaded loaded = new Loaded(counts.hearings, counts.reports, counts.checks, counts.sentences);
    audit.record(AuditAction.CREATE, "court", null, Map.of("bulkLoad", loaded.hearings(), "reports", loaded.reports(),
        "checks", loaded.checks(), "sentences", loaded.sentences(), "loadedBy", loadedBy));
    return loaded;
  }

  private void write(List<CourtToLoad> chunk, Rows rows, BackgroundCopy copy,
      BiConsumer<? super CourtToLoad, Ids> idsGiven) {
    long[][] ids = IdentityValues.nextIds(dataSource,
        new String[] {"court_hearing", "court_report", "court_partner_check", "court_sentence"},
        new int[] {chunk.size(), (int) chunk.stream().filter(e -> e.report() != null).count(),
            chunk.stream().mapToInt(e -> e.report() == null ? 0 : e.report().checks().size()).sum(),
            (int) chunk.stream().filter(e -> e.sentence() != null).count()});
    long[] hearingIds = ids[0];
    long[] reportIds = ids[1];
    long[] checkIds = ids[2];
    long[] sentenceIds = ids[3];
    int nextReport = 0;
    int nextCheck = 0;
    int nextSentence = 0;
    for (int i = 0; i < chunk.size(); i++) {
      CourtToLoad episode = chunk.get(i);
      long hearingId = hearingIds[i];
      rows.hearing(hearingId, episode.hearing());
      Long reportId = null;
      List<Long> givenChecks = new ArrayList<>(2);
      PreSentenceReport report = episode.report();
      if (report != null) {
        reportId = reportIds[nextReport++];
        rows.report(reportId, hearingId, report);
        for (PartnerCheck check : report.checks()) {
          long checkId = checkIds[nextCheck++];
          givenChecks.add(checkId);
          rows.check(checkId, reportId, check);
        }
      }
      Long sentenceId = null;
      if (episode.sentence() != null) {
        sentenceId = sentenceIds[nextSentence++];
        rows.sentence(sentenceId, hearingId, episode.sentence());
      }
      idsGiven.accept(episode, new Ids(hearingId, reportId, List.copyOf(givenChecks), sentenceId));
    }
    rows.copyInto(copy);
  }

  /** How many rows of each kind a load has written so far. */
  private static final class Counts {
    private long hearings;
    private long reports;
    private long checks;
    private long sentences;
  }

  /** One chunk's rows for each table, in COPY's text format. */
  private static final class Rows {
    private final StringBuilder hearing = new StringBuilder();
    private final StringBuilder charge = new StringBuilder();
    private final StringBuilder report = new StringBuilder();
    private final StringBuilder check = new StringBuilder();
    private final StringBuilder sentence = new StringBuilder();
    private final StringBuilder requirement = new StringBuilder();
    private final Counts counts;

    Rows(Counts counts) {
      this.counts = counts;
    }

    void hearing(long id, Hearing h) {
      CopyText.row(hearing, id, h.crn(), h.court(), h.date(), h.session().name(), h.courtroom(), h.courtProviderCode(),
          h.createdBy(), h.createdAt());
      for (int i = 0; i < h.charges().size(); i++) {
        Charge c = h.charges().get(i);
        CopyText.row(charge, id, i + 1, c.offenceCode(), c.description());
      }
      counts.hearings++;
    }

    void report(long id, long hearingId, PreSentenceReport r) {
      ReportSections s = r.sections();
      CopyText.row(report, id, hearingId, r.crn(), r.type().name(), r.requestedAt(), r.dueAt(), r.completedAt(),
          r.deliveredOnDay(), r.authorStaffCode(), r.authorName(), s.sources(), s.offenceAnalysis(), s.riskAndNeeds(),
          s.diversity(), s.personsViews(), s.proposal(), r.roshAssessmentId(), r.version());
      counts.reports++;
    }

    void check(long id, long reportId, PartnerCheck c) {
      CopyText.row(check, id, reportId, c.kind().name(), c.requestedAt(), c.dueAt(),
          c.outcome() == null ? null : c.outcome().name(), c.details(), c.notObtainedReason(), c.respondedBy(),
          c.respondedAt(), c.recordedBy(), c.escalatedAt(), c.version());
      counts.checks++;
    }

    void sentence(long id, long hearingId, Sentence s) {
      CopyText.row(sentence, id, hearingId, s.crn(), s.orderType().name(), s.lengthMonths(), s.sentenceDate(),
          s.expectedReleaseDate(), s.licenceConditions(), s.courtProviderCode(), s.recordedBy(), s.recordedAt());
      for (int i = 0; i < s.requirements().size(); i++) {
        Requirement r = s.requirements().get(i);
        CopyText.row(requirement, id, i + 1, r.type().name(), r.amount(), r.details());
      }
      counts.sentences++;
    }

    void copyInto(BackgroundCopy copy) {
      copy.copy(COPY_HEARING, hearing);
      copy.copy(COPY_CHARGE, charge);
      copy.copy(COPY_REPORT, report);
      copy.copy(COPY_CHECK, check);
      copy.copy(COPY_SENTENCE, sentence);
      copy.copy(COPY_REQUIREMENT, requirement);
    }
  }
}
