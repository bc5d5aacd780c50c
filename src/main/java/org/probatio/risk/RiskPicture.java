package org.probatio.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is currently on record about a person's risk, each part with its record's id and date, for
 * decisions (allocation, tiering) that must say where each fact came from. A part is null when there
 * is no such record.
 */
public record RiskPicture(
    String crn,
    @Nullable CurrentRosh rosh,
    @Nullable LatestScores scores,
    List<ActiveRegistration> registrations,
    @Nullable CurrentNeeds needs) {

  public RiskPicture {
    registrations = List.copyOf(registrations);
  }

  /** The current RoSH screening or full analysis. */
  public record CurrentRosh(long id, AssessmentKind kind, AssessmentStage stage, RoshLevel overall, LocalDate completedOn) {}

  /**
   * The latest stored score calculation: RSR, the OGRS3 two-year score, and the impulsivity and
   * temper control answers scored 0 to 2 (null when not answered).
   */
  public record LatestScores(long calculationId, LocalDate calculatedOn, @Nullable Double rsr, @Nullable Integer ogrs3TwoYear,
      @Nullable Integer impulsivity, @Nullable Integer temperControl) {}

  /** An active registration; MAPPA registrations carry their category and level. */
  public record ActiveRegistration(long id, RegisterType type, @Nullable Integer mappaCategory, @Nullable Integer mappaLevel,
      LocalDate registeredOn) {}

  /** The current criminogenic needs assessment. */
  public record CurrentNeeds(long id, LocalDate assessedOn, Map<Need, NeedRating> ratings) {}
}
