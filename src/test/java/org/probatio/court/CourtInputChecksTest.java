package org.probatio.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.people.FieldError;

/** What the court pages and API accept, each problem named by its field. */
class CourtInputChecksTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @ParameterizedTest(name = "offence code ‘{0}’ reads as {1}")
  @CsvSource({"02801, 02801", "028/01, 02801", "' 028 / 01 ', 02801", "2801, ", "0280A, ", "028/011, ", "'', "})
  void offence_codes_are_home_office_codes_of_five_digits(String typed, String code) {
    assertThat(Charge.normalisedCode(typed)).isEqualTo(code);
  }

  @Test
  void a_hearing_needs_its_court_date_session_courtroom_and_good_charges() {
    NewHearing empty = new NewHearing("X000001", " ", null, null, null, List.of());
    assertThat(empty.problems()).extracting(FieldError::field)
        .containsExactly("court", "date", "session", "courtroom", "charges");
    NewHearing badCharge = new NewHearing("X000001", "Preston Magistrates' Court", TODAY, CourtSession.MORNING, "3",
        List.of(new Charge("04601", "Criminal damage"), new Charge("46", " ")));
    assertThat(badCharge.problems()).extracting(FieldError::field)
        .containsExactly("charges[1].offenceCode", "charges[1].description");
  }

  @ParameterizedTest(name = "{0} report due {1}: problem with {2}")
  @CsvSource({
      "ORAL, , ", "ORAL, 2026-03-10, ", "ORAL, 2026-03-11, dueOn",
      "FAST, , ", "FAST, 2026-03-12, ", "FAST, 2026-03-09, dueOn",
      "STANDARD, , dueOn", "STANDARD, 2026-03-31, ", "STANDARD, 2026-03-09, dueOn",
      ", 2026-03-31, type",
  })
  void oral_reports_are_due_today_and_standard_reports_need_a_due_date(ReportType type, LocalDate dueOn, String field) {
    List<FieldError> problems = new NewReport(type, dueOn, null).problems(TODAY);
    assertThat(problems).extracting(FieldError::field).containsExactlyElementsOf(field == null ? List.of() : List.of(field));
  }

  @ParameterizedTest(name = "{0} with details ‘{1}’, reason ‘{2}’, from ‘{3}’: problems {4}")
  @CsvSource(delimiter = '|', value = {
      "NO_CONCERNS     |                 |            | DC Jones | ",
      "NO_CONCERNS     |                 |            |          | respondedBy",
      "CONCERNS_SHARED |                 |            | DC Jones | details",
      "CONCERNS_SHARED | Call-out in 2024|            | DC Jones | ",
      "NOT_OBTAINED    |                 |            |          | notObtainedReason",
      "NOT_OBTAINED    |                 | Line down  |          | ",
      "                |                 |            |          | outcome",
  })
  void a_check_answer_says_who_gave_it_the_concerns_shared_or_why_none_was_had(CheckOutcome outcome, String details,
      String reason, String by, String field) {
    assertThat(new CheckResponse(outcome, details, reason, by).problems()).extracting(FieldError::field)
        .containsExactlyElementsOf(field == null ? List.of() : List.of(field));
  }

  @ParameterizedTest(name = "{0} of {1} months: problem {2}")
  @CsvSource({
      "COMMUNITY_ORDER, 36, false", "COMMUNITY_ORDER, 37, true", "COMMUNITY_ORDER, 0, true",
      "SUSPENDED_SENTENCE_ORDER, 24, false", "SUSPENDED_SENTENCE_ORDER, 25, true",
      "POST_SENTENCE_SUPERVISION, 12, false", "POST_SENTENCE_SUPERVISION, 13, true",
      "CUSTODY_WITH_LICENCE, 120, false",
  })
  void each_order_has_its_longest_length(OrderType type, int months, boolean problem) {
    List<Requirement> requirements = type.takesRequirements()
        ? List.of(new Requirement(RequirementType.UNPAID_WORK, 100, null)) : List.of();
    LocalDate release = type.custody() ? TODAY.plusMonths(months / 2) : null;
    NewSentence sentence = new NewSentence(type, months, TODAY, requirements, release, List.of());
    assertThat(sentence.problems(TODAY)).extracting(FieldError::field)
        .containsExactlyElementsOf(problem ? List.of("lengthMonths") : List.of());
  }

  @ParameterizedTest(name = "{0} of {1}: problem {2}")
  @CsvSource({
      "UNPAID_WORK, 39, true", "UNPAID_WORK, 40, false", "UNPAID_WORK, 300, false", "UNPAID_WORK, 301, true",
      "UNPAID_WORK, , true", "ALCOHOL_ABSTINENCE, 120, false", "ALCOHOL_ABSTINENCE, 121, true",
      "ATTENDANCE_CENTRE, 11, true", "ATTENDANCE_CENTRE, 12, false", "ATTENDANCE_CENTRE, 36, false",
      "ATTENDANCE_CENTRE, 37, true", "FOREIGN_TRAVEL_PROHIBITION, 12, false", "FOREIGN_TRAVEL_PROHIBITION, 13, true",
      "CURFEW, 24, false", "CURFEW, 25, true", "EXCLUSION, 24, false", "EXCLUSION, 25, true",
      "REHABILITATION_ACTIVITY, 0, true", "REHABILITATION_ACTIVITY, 1, false", "REHABILITATION_ACTIVITY, 400, false",
      "RESIDENCE, , false", "RESIDENCE, 6, true",
  })
  void requirement_amounts_keep_to_their_statutory_limits(RequirementType type, Integer amount, boolean problem) {
    assertThat(type.amountProblem(amount) != null).isEqualTo(problem);
  }

  @Test
  void a_community_order_needs_a_requirement_and_named_places_and_programmes() {
    NewSentence none = new NewSentence(OrderType.COMMUNITY_ORDER, 12, TODAY, List.of(), null, List.of());
    assertThat(none.problems(TODAY)).extracting(FieldError::field).containsExactly("requirements");
    NewSentence unnamed = new NewSentence(OrderType.SUSPENDED_SENTENCE_ORDER, 12, TODAY,
        List.of(new Requirement(RequirementType.ACCREDITED_PROGRAMME, 26, " "), new Requirement(RequirementType.EXCLUSION, 6, null)),
        null, List.of());
    assertThat(unnamed.problems(TODAY)).extracting(FieldError::field)
        .containsExactly("requirements[0].details", "requirements[1].details");
  }

  @Test
  void custody_needs_a_release_date_after_the_sentence_and_only_custody_has_a_licence() {
    NewSentence custody = new NewSentence(OrderType.CUSTODY_WITH_LICENCE, 18, TODAY,
        List.of(new Requirement(RequirementType.CURFEW, 3, null)), TODAY, List.of("Live at the approved address"));
    assertThat(custody.problems(TODAY)).extracting(FieldError::field).containsExactly("requirements", "expectedReleaseDate");
    NewSentence community = new NewSentence(OrderType.COMMUNITY_ORDER, 12, TODAY.plusDays(1),
        List.of(new Requirement(RequirementType.UNPAID_WORK, 80, null)), TODAY.plusMonths(3), List.of());
    assertThat(community.problems(TODAY)).extracting(FieldError::field).containsExactly("sentenceDate", "licenceConditions");
  }
}
