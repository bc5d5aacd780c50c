package org.probatio.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.allocation.HandoverPackages.AS_OF;
import static org.probatio.allocation.HandoverPackages.check;
import static org.probatio.allocation.HandoverPackages.complete;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probatio.allocation.HandoverPackage.PersonPart;

/** The handover checklist says exactly what the package lacks, item by item, in the receiver's words. */
class HandoverChecklistTest {

  static HandoverPackage with(UnaryOperator<HandoverPackage> change) {
    return change.apply(complete());
  }

  static HandoverPackage copy(HandoverPackage p, PersonPart person, HandoverPackage.ReportPart report,
      List<HandoverPackage.CheckPart> checks, HandoverPackage.RoshPart screening, HandoverPackage.RoshPart full,
      HandoverPackage.SentencePart sentence, List<HandoverPackage.FlagPart> flags) {
    return new HandoverPackage(person, report, checks, screening, full, sentence, flags, p.asOf());
  }

  static Stream<Arguments> oneThingMissing() {
    PersonPart noAddress = new PersonPart("X123456", "Robin Tester", AS_OF.minusYears(30), "Male", null, null, null,
        null, null);
    HandoverPackage.ReportPart unfinished = new HandoverPackage.ReportPart(7, "Standard", "Casey Court",
        HandoverPackages.MORNING, HandoverPackages.MORNING, null, null, List.of());
    return Stream.of(
        Arguments.of("no current address", HandoverItem.PERSON, "No current address on record",
            with(p -> copy(p, noAddress, p.report(), p.checks(), p.screening(), p.fullAnalysis(), p.sentence(), p.flags()))),
        Arguments.of("a limited-access record", HandoverItem.PERSON,
            "A limited-access record: ask Sam Senior for the person's details",
            with(p -> copy(p, PersonPart.withheld("X123456", "Sam Senior"), p.report(), p.checks(), p.screening(),
                p.fullAnalysis(), p.sentence(), p.flags()))),
        Arguments.of("a report begun and not completed", HandoverItem.REPORT,
            "The standard report was started on 3 June 2026 but not completed",
            with(p -> copy(p, p.person(), unfinished, p.checks(), p.screening(), p.fullAnalysis(), p.sentence(), p.flags()))),
        Arguments.of("the police check not returned", HandoverItem.POLICE_CHECK,
            "Police domestic abuse check not returned: it was due by 3 June 2026",
            with(p -> copy(p, p.person(), p.report(), List.of(check("POLICE_DOMESTIC_ABUSE", null, null),
                p.checks().get(1)), p.screening(), p.fullAnalysis(), p.sentence(), p.flags()))),
        Arguments.of("the children's services check not returned", HandoverItem.CHILDRENS_CHECK,
            "Children's services safeguarding check not returned: it was due by 3 June 2026",
            with(p -> copy(p, p.person(), p.report(), List.of(p.checks().get(0), check("CHILDRENS_SAFEGUARDING", null,
                null)), p.screening(), p.fullAnalysis(), p.sentence(), p.flags()))),
        Arguments.of("the children's services check not obtained", HandoverItem.CHILDRENS_CHECK,
            "Children's services safeguarding check could not be obtained: their system was down",
            with(p -> copy(p, p.person(), p.report(), List.of(p.checks().get(0), check("CHILDRENS_SAFEGUARDING",
                "Could not be obtained", "their system was down")), p.screening(), p.fullAnalysis(), p.sentence(),
                p.flags()))),
        Arguments.of("no RoSH screening", HandoverItem.ROSH_SCREENING, "No RoSH screening on record",
            with(p -> copy(p, p.person(), p.report(), p.checks(), null, p.fullAnalysis(), p.sentence(), p.flags()))),
        Arguments.of("no full analysis", HandoverItem.FULL_ANALYSIS, "No full RoSH analysis yet",
            with(p -> copy(p, p.person(), p.report(), p.checks(), p.screening(), null, p.sentence(), p.flags()))),
        Arguments.of("no sentence", HandoverItem.SENTENCE, "No sentence on record",
            with(p -> copy(p, p.person(), p.report(), p.checks(), p.screening(), p.fullAnalysis(), null, p.flags()))),
        Arguments.of("custody with no release date", HandoverItem.SENTENCE, "No expected release date",
            with(p -> copy(p, p.person(), p.report(), p.checks(), p.screening(), p.fullAnalysis(),
                HandoverPackages.sentence(true, null), p.flags()))),
        Arguments.of("a flag whose review was due yesterday", HandoverItem.FLAGS,
            "Review overdue: Child protection (due 2 June 2026)",
            with(p -> copy(p, p.person(), p.report(), p.checks(), p.screening(), p.fullAnalysis(), p.sentence(),
                List.of(HandoverPackages.flag("Weapons", AS_OF), HandoverPackages.flag("Child protection",
                    AS_OF.minusDays(1)))))));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("oneThingMissing")
  void each_gap_is_named_against_its_own_item_and_nothing_else(String what, HandoverItem item, String detail,
      HandoverPackage handedOver) {
    assertThat(HandoverItem.missing(handedOver)).containsExactly(new MissingItem(item, detail));
  }

  @Test
  void a_complete_package_misses_nothing_and_a_flag_due_for_review_today_is_not_yet_overdue() {
    assertThat(HandoverItem.missing(complete())).isEmpty();
    assertThat(HandoverItem.missing(with(p -> copy(p, p.person(), p.report(), p.checks(), p.screening(),
        p.fullAnalysis(), p.sentence(), List.of(HandoverPackages.flag("Weapons", AS_OF)))))).isEmpty();
  }

  @Test
  void custody_with_a_release_date_and_no_flags_at_all_miss_nothing() {
    assertThat(HandoverItem.missing(with(p -> copy(p, p.person(), p.report(), p.checks(), p.screening(),
        p.fullAnalysis(), HandoverPackages.sentence(true, AS_OF.plusMonths(4)), List.of())))).isEmpty();
  }

  @Test
  void with_no_report_the_report_and_both_checks_are_missing_in_checklist_order() {
    HandoverPackage none = with(p -> copy(p, p.person(), null, List.of(), p.screening(), null, p.sentence(), p.flags()));

    assertThat(HandoverItem.missing(none)).containsExactly(
        new MissingItem(HandoverItem.REPORT, "No pre-sentence report on record"),
        new MissingItem(HandoverItem.POLICE_CHECK, "Police domestic abuse check not requested: there is no pre-sentence report"),
        new MissingItem(HandoverItem.CHILDRENS_CHECK,
            "Children's services safeguarding check not requested: there is no pre-sentence report"),
        new MissingItem(HandoverItem.FULL_ANALYSIS, "No full RoSH analysis yet"));
  }
}
