package org.probatio.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.HandoverItem;
import org.probatio.allocation.HandoverPackage;
import org.probatio.allocation.HandoverPackage.Section;
import org.probatio.allocation.MissingItem;
import org.probatio.court.CheckKind;
import org.probatio.court.CheckOutcome;
import org.probatio.court.OrderType;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.ReportSections;
import org.probatio.court.ReportType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentence;
import org.probatio.people.Address;
import org.probatio.people.Gender;
import org.probatio.people.PersonDetails;
import org.probatio.people.PncId;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.Registration;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RoshAssessment;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;

/** A package is assembled from the records as plain values: the same records always give the same package. */
class HandoverAssemblyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 3);
  static final Instant NINE = Instant.parse("2026-06-03T08:00:00Z");

  static final PersonDetails PERSON = new PersonDetails("Robin", "James", "Tester", LocalDate.of(1990, 2, 14), Gender.MALE,
      new PncId("2011/0500001Z"), null, null, null, null, null, null, null,
      new Address("1 Test Street", null, "Preston", "PR1 1AA"), null, null, null, null, List.of());

  static PartnerCheck check(CheckKind kind, CheckOutcome outcome) {
    return new PartnerCheck(kind.ordinal() + 1, 7, kind, NINE, NINE.plusSeconds(8 * 3600), outcome, null, null,
        outcome == null ? null : "Duty officer", outcome == null ? null : NINE.plusSeconds(3600), "court", null, 1, false);
  }

  static final PreSentenceReport REPORT = new PreSentenceReport(7, 5, "X123456", ReportType.ORAL, NINE,
      NINE.plusSeconds(8 * 3600), null, null, "N01C001", "Casey Court",
      new ReportSections("Interview", "Took goods worth £40", null, null, null, null), 21L, 2,
      List.of(check(CheckKind.POLICE_DOMESTIC_ABUSE, CheckOutcome.NO_CONCERNS), check(CheckKind.CHILDRENS_SAFEGUARDING, null)));

  static RoshAssessment rosh(long id, AssessmentKind kind, RoshLevel toPublic, LocalDate on, boolean current) {
    return new RoshAssessment(id, "X123456", kind, AssessmentStage.COURT_REPORT, new RoshLevels(RoshLevel.LOW, toPublic,
        RoshLevel.LOW, RoshLevel.LOW, null, null, null, null, null), on, "practitioner", null, current, NINE);
  }

  static final Sentence SENTENCE = new Sentence(3, 5, "X123456", OrderType.COMMUNITY_ORDER, 12, TODAY,
      List.of(new Requirement(RequirementType.UNPAID_WORK, 100, null),
          new Requirement(RequirementType.RESIDENCE, null, "Approved premises, Preston")), null, List.of(), "N01", "court",
      NINE);

  static Registration registration(long id, RegisterType type, LocalDate nextReview, LocalDate deregistered) {
    return new Registration(id, "X123456", type, null, null, null, null, TODAY.minusMonths(4), "practitioner", 3,
        nextReview, deregistered, deregistered == null ? null : "No longer needed", 0);
  }

  @Test
  void the_package_holds_the_person_report_checks_rosh_sentence_and_active_flags_as_plain_values() {
    HandoverPackage p = HandoverAssembly.assemble(HandoverAssembly.person("X123456", PERSON), REPORT,
        List.of(rosh(31, AssessmentKind.SCREENING, RoshLevel.MEDIUM, TODAY, true),
            rosh(30, AssessmentKind.FULL_ANALYSIS, RoshLevel.HIGH, TODAY.minusYears(1), false),
            rosh(29, AssessmentKind.SCREENING, RoshLevel.LOW, TODAY.minusYears(2), false)),
        SENTENCE, List.of(registration(40, RegisterType.WEAP, TODAY.minusDays(1), null),
            registration(41, RegisterType.ADVP, TODAY.plusMonths(2), TODAY.minusDays(10))), TODAY);

    assertThat(p.person().name()).isEqualTo("Robin James Tester");
    assertThat(p.person().pnc()).isEqualTo("2011/0500001Z");
    assertThat(p.person().address()).isEqualTo("1 Test Street, Preston, PR1 1AA");
    assertThat(p.report().type()).isEqualTo("Oral");
    assertThat(p.report().sections()).as("an oral report's required sections, written or not")
        .extracting(Section::title).containsExactly("Sources of information used", "Offence analysis", "Risk and needs",
            "Diversity and personal circumstances", "Proposal");
    assertThat(p.report().sections().get(1).text()).isEqualTo("Took goods worth £40");
    assertThat(p.checks()).extracting(HandoverPackage.CheckPart::outcome).containsExactly("No concerns", null);
    assertThat(p.screening().id()).as("the latest screening").isEqualTo(31);
    assertThat(p.screening().current()).isTrue();
    assertThat(p.screening().overall()).isEqualTo("Medium");
    assertThat(p.fullAnalysis().id()).isEqualTo(30);
    assertThat(p.fullAnalysis().overall()).isEqualTo("High");
    assertThat(p.sentence().requirements()).extracting(HandoverPackage.RequirementPart::describe)
        .containsExactly("Unpaid work: 100 hours", "Residence (Approved premises, Preston)");
    assertThat(p.flags()).as("only active registrations").extracting(HandoverPackage.FlagPart::code)
        .containsExactly("WEAP");

    assertThat(HandoverItem.missing(p)).extracting(MissingItem::item).containsExactly(HandoverItem.REPORT,
        HandoverItem.CHILDRENS_CHECK, HandoverItem.FLAGS);
  }

  @Test
  void with_nothing_but_the_person_every_other_part_is_empty() {
    HandoverPackage p = HandoverAssembly.assemble(HandoverAssembly.person("X123456", PERSON), null, List.of(), null,
        List.of(), TODAY);

    assertThat(p.report()).isNull();
    assertThat(p.checks()).isEmpty();
    assertThat(p.screening()).isNull();
    assertThat(p.fullAnalysis()).isNull();
    assertThat(p.sentence()).isNull();
    assertThat(p.flags()).isEmpty();
    assertThat(p.asOf()).isEqualTo(TODAY);
    assertThat(HandoverItem.missing(p)).as("all but the person and the flags, of which there are none")
        .extracting(MissingItem::item).containsExactly(HandoverItem.REPORT, HandoverItem.POLICE_CHECK,
            HandoverItem.CHILDRENS_CHECK, HandoverItem.ROSH_SCREENING, HandoverItem.FULL_ANALYSIS, HandoverItem.SENTENCE);
  }
}
