package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.court.CourtSession;
import org.probatio.court.Deadlines;
import org.probatio.court.ReportType;
import org.probatio.demo.CaseMix.Stage;
import org.probatio.risk.AssessmentStage;

/**
 * When each step of a person's court episode happened: the hearing, the report asked for, due and
 * finished, the sentence, the day the case was (or will be) allocated, and the RoSH screening the
 * allocation gate looks for. Times are London times, as the court keeps them.
 *
 * @param decisionDay the day the allocation is decided: before the as-of day for a decided case, on or
 *     after it for a case still waiting; null without a sentence
 */
record Timeline(
    @Nullable Stage stage,
    LocalDate hearingDay,
    CourtSession session,
    Instant listedAt,
    @Nullable ReportType reportType,
    @Nullable Instant reportRequestedAt,
    @Nullable Instant reportDueAt,
    @Nullable Instant reportCompletedAt,
    @Nullable LocalDate sentenceDay,
    @Nullable Instant sentenceRecordedAt,
    @Nullable LocalDate decisionDay,
    boolean decided,
    Gate gate,
    Screening screening) {

  /** Whether the allocation gate is open for the case: a current screening from the day the report began. */
  enum Gate {
    OPEN,
    /** Only a screening from before the report began. */
    OLD_SCREENING,
    /** No screening at all. */
    NO_SCREENING
  }

  /**
   * The RoSH screening the episode needs: on a given day and stage, none, or (for people whose episode
   * does not depend on one) whatever the risk generator draws.
   */
  record Screening(Kind kind, @Nullable LocalDate on, @Nullable AssessmentStage stage) {

    enum Kind { DRAWN, PLANNED, NONE }

    static Screening drawn() {
      return new Screening(Kind.DRAWN, null, null);
    }

    static Screening none() {
      return new Screening(Kind.NONE, null, null);
    }

    static Screening on(LocalDate day, AssessmentStage stage) {
      return new Screening(Kind.PLANNED, day, stage);
    }
  }

  /** A person sentenced before the region's records begin: no episode, and a screening as drawn. */
  static Timeline none(LocalDate asOf) {
    return new Timeline(null, asOf, CourtSession.MORNING, asOf.atStartOfDay(Deadlines.COURT_ZONE).toInstant(), null,
        null, null, null, null, null, null, false, Gate.NO_SCREENING, Screening.drawn());
  }

  boolean hasEpisode() {
    return stage != null;
  }

  boolean sentenced() {
    return stage == Stage.SENTENCED;
  }

  /** The report is finished and was given on its due day. */
  @Nullable Boolean deliveredOnDay() {
    if (reportCompletedAt == null || reportDueAt == null) {
      return null;
    }
    return !reportCompletedAt.isAfter(reportDueAt);
  }

  /** The day the report began: the allocation gate asks for a screening from then on. The sentence day without a report. */
  @Nullable LocalDate assessedFrom() {
    return reportRequestedAt != null ? LondonTime.day(reportRequestedAt) : sentenceDay;
  }

  /** The allocation is still waiting (or its override is): no final decision before the as-of day. */
  boolean awaiting() {
    return sentenced() && !decided;
  }
}
