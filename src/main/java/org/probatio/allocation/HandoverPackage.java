package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What was handed to the receiving provider, as the record stood when it was assembled: the person,
 * the latest pre-sentence report with its partner checks, the latest RoSH screening and full analysis,
 * the sentence with its requirements, and the active registrations (warning flags). Every part holds
 * plain values and labels, not the other modules' records, so the package reads the same however the
 * record changes later. A part is null (or empty) when the record had none.
 */
public record HandoverPackage(
    PersonPart person,
    @Nullable ReportPart report,
    List<CheckPart> checks,
    @Nullable RoshPart screening,
    @Nullable RoshPart fullAnalysis,
    @Nullable SentencePart sentence,
    List<FlagPart> flags,
    LocalDate asOf) {

  public HandoverPackage {
    checks = List.copyOf(checks);
    flags = List.copyOf(flags);
  }

  /**
   * Name, date of birth, identifiers and current address; for a limited-access record kept from the
   * system, only the CRN and whom to ask.
   */
  public record PersonPart(String crn, @Nullable String name, @Nullable LocalDate dateOfBirth, @Nullable String gender,
      @Nullable String pnc, @Nullable String cro, @Nullable String nomis, @Nullable String address,
      @Nullable String limitedAccessContact) {

    public static PersonPart withheld(String crn, String contact) {
      return new PersonPart(crn, null, null, null, null, null, null, null, contact);
    }
  }

  /** The report's type, timing and sections (a section is null when nothing was written in it). */
  public record ReportPart(long id, String type, String author, Instant requestedAt, Instant dueAt,
      @Nullable Instant completedAt, @Nullable Boolean deliveredOnDay, List<Section> sections) {

    public ReportPart {
      sections = List.copyOf(sections);
    }

    public boolean completed() {
      return completedAt != null;
    }
  }

  public record Section(String title, @Nullable String text) {}

  /** A police or children's services check: its answer (null until there is one) or why none could be had. */
  public record CheckPart(String kind, String label, Instant requestedAt, Instant dueAt, @Nullable String outcome,
      @Nullable String details, @Nullable String notObtainedReason, @Nullable String respondedBy,
      @Nullable Instant respondedAt) {

    public boolean answered() {
      return outcome != null;
    }

    public boolean obtained() {
      return answered() && notObtainedReason == null;
    }
  }

  /** A RoSH assessment: its overall level and the level for each group at risk. */
  public record RoshPart(long id, String kind, String stage, String overall, List<Level> levels, LocalDate completedOn,
      String completedBy, boolean current) {

    public RoshPart {
      levels = List.copyOf(levels);
    }
  }

  public record Level(String atRisk, String level) {}

  public record SentencePart(long id, String order, int lengthMonths, LocalDate sentenceDate,
      List<RequirementPart> requirements, @Nullable LocalDate expectedReleaseDate, List<String> licenceConditions,
      boolean custody) {

    public SentencePart {
      requirements = List.copyOf(requirements);
      licenceConditions = List.copyOf(licenceConditions);
    }
  }

  /** A requirement with its amount in words, such as "100 hours". */
  public record RequirementPart(String type, @Nullable String amount, @Nullable String details) {

    public String describe() {
      return type + (amount == null ? "" : ": " + amount) + (details == null ? "" : " (" + details + ")");
    }
  }

  /** An active registration with its review date; MAPPA ones with their category and level. */
  public record FlagPart(long id, String code, String type, @Nullable String level, @Nullable Integer mappaCategory,
      @Nullable Integer mappaLevel, LocalDate registeredOn, LocalDate nextReviewOn) {

    public boolean reviewOverdue(LocalDate on) {
      return nextReviewOn.isBefore(on);
    }
  }
}
