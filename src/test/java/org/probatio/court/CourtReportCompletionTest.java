package org.probatio.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.probatio.people.FieldError;

/** A report is completed only with every required section, each check's outcome (or reason) and a RoSH screening. */
class CourtReportCompletionTest {

  static final ReportSections ALL_WRITTEN = new ReportSections("Interview, CPS papers", "Planned theft", "Medium RoSH",
      "Carer for mother", "Wants help with alcohol", "Community order with unpaid work");

  static Map<CheckKind, @Nullable CheckOutcome> answered() {
    Map<CheckKind, @Nullable CheckOutcome> checks = new EnumMap<>(CheckKind.class);
    checks.put(CheckKind.POLICE_DOMESTIC_ABUSE, CheckOutcome.NO_CONCERNS);
    checks.put(CheckKind.CHILDRENS_SAFEGUARDING, CheckOutcome.NOT_OBTAINED);
    return checks;
  }

  static ReportSections without(ReportSection missing) {
    String[] text = new String[ReportSection.values().length];
    for (ReportSection s : ReportSection.values()) {
      text[s.ordinal()] = s == missing ? "   " : ALL_WRITTEN.get(s);
    }
    return new ReportSections(text[0], text[1], text[2], text[3], text[4], text[5]);
  }

  @ParameterizedTest(name = "every section written, both checks answered, RoSH screened: a {0} report is ready")
  @EnumSource(ReportType.class)
  void a_report_with_nothing_missing_is_ready(ReportType type) {
    assertThat(ReportCompletion.decide(type, ALL_WRITTEN, answered(), true)).isInstanceOf(ReportCompletion.Ready.class);
  }

  @ParameterizedTest(name = "{0} report without ‘{1}’: blocked {2}")
  @CsvSource({
      "ORAL, SOURCES, true", "ORAL, OFFENCE_ANALYSIS, true", "ORAL, RISK_AND_NEEDS, true", "ORAL, DIVERSITY, true",
      "ORAL, PERSONS_VIEWS, false", "ORAL, PROPOSAL, true",
      "FAST, SOURCES, true", "FAST, OFFENCE_ANALYSIS, true", "FAST, RISK_AND_NEEDS, true", "FAST, DIVERSITY, true",
      "FAST, PERSONS_VIEWS, true", "FAST, PROPOSAL, true",
      "STANDARD, SOURCES, true", "STANDARD, OFFENCE_ANALYSIS, true", "STANDARD, RISK_AND_NEEDS, true",
      "STANDARD, DIVERSITY, true", "STANDARD, PERSONS_VIEWS, true", "STANDARD, PROPOSAL, true",
  })
  void each_required_section_must_be_written_and_blank_text_does_not_count(ReportType type, ReportSection empty,
      boolean blocked) {
    ReportCompletion decision = ReportCompletion.decide(type, without(empty), answered(), true);
    assertThat(decision.ready()).isEqualTo(!blocked);
    if (blocked) {
      assertThat(decision.missing()).extracting(FieldError::field).containsExactly(empty.field());
      assertThat(decision.missing().get(0).message()).isEqualTo("Write the ‘" + empty.label() + "’ section");
    }
  }

  @ParameterizedTest(name = "no outcome for the {0}: blocked")
  @EnumSource(CheckKind.class)
  void each_check_needs_an_outcome_or_the_reason_there_is_none(CheckKind unanswered) {
    Map<CheckKind, @Nullable CheckOutcome> checks = answered();
    checks.put(unanswered, null);
    ReportCompletion decision = ReportCompletion.decide(ReportType.FAST, ALL_WRITTEN, checks, true);
    assertThat(decision.missing()).extracting(FieldError::field).containsExactly(unanswered.field());
    assertThat(decision.missing().get(0).message()).contains(unanswered.label().toLowerCase()).contains("could not be obtained");
  }

  @Test
  void a_report_rests_on_a_rosh_screening() {
    assertThat(ReportCompletion.decide(ReportType.ORAL, ALL_WRITTEN, answered(), false).missing())
        .extracting(FieldError::field).containsExactly("roshScreening");
  }

  @Test
  void everything_missing_is_listed_in_the_order_of_the_report() {
    assertThat(ReportCompletion.decide(ReportType.STANDARD, ReportSections.empty(), Map.of(), false).missing())
        .extracting(FieldError::field)
        .containsExactly("sources", "offenceAnalysis", "riskAndNeeds", "diversity", "personsViews", "proposal",
            "policeDomesticAbuseCheck", "childrensSafeguardingCheck", "roshScreening");
  }
}
