package org.probatio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.risk.RiskPicture.ActiveRegistration;
import org.probatio.risk.scoring.ScoringRequest;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class RiskPicturesIntegrationTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired RoshAssessments rosh;
  @Autowired Registrations registrations;
  @Autowired NeedsAndPlans needs;
  @Autowired PersonScores scores;
  @Autowired RiskPictures pictures;

  String crn;

  @BeforeEach
  void aPerson() {
    TestOrganisation.ensureLoaded(context);
    crn = newPerson();
  }

  String newPerson() {
    return ((CreateOutcome.Created) as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person(), null, false, null))).crn().value();
  }

  @Test
  void a_person_with_nothing_recorded_has_an_empty_picture() {
    RiskPicture picture = pictures.of(crn);

    assertThat(picture).isEqualTo(new RiskPicture(crn, null, null, List.of(), null));
  }

  @Test
  void the_picture_holds_the_current_records_with_their_ids_and_dates() {
    long screening = recordRosh(AssessmentStage.COURT_REPORT, RoshAssessmentsFixture.MEDIUM, null);
    long analysis = recordRosh(AssessmentStage.POST_SENTENCE, RoshAssessmentsFixture.HIGH, screening);
    as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.MAPP, null, TODAY.minusDays(3), 2, 2, null, null)));
    as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.RCCO, null, TODAY, null, null, null, null)));
    Map<Need, NeedRating> ratings = new EnumMap<>(Need.class);
    for (Need need : Need.values()) {
      ratings.put(need, need == Need.DRUG_MISUSE ? NeedRating.SEVERE : NeedRating.STANDARD);
    }
    as(context, TestUser.PRACTITIONER, () -> needs.assessNeeds(crn, TODAY, ratings));
    ScoringRequest answers = PersonScoresIntegrationTest.answers();
    ScoreCalculation calculation = ((PersonScores.Outcome.Calculated) as(context, TestUser.PRACTITIONER,
        () -> scores.calculate(crn, answers))).calculation();

    RiskPicture picture = pictures.of(crn);

    assertThat(picture.rosh()).isEqualTo(new RiskPicture.CurrentRosh(analysis, AssessmentKind.SCREENING,
        AssessmentStage.POST_SENTENCE, RoshLevel.HIGH, TODAY));
    assertThat(picture.registrations()).extracting(ActiveRegistration::type, ActiveRegistration::mappaCategory,
            ActiveRegistration::mappaLevel, ActiveRegistration::registeredOn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RegisterType.MAPP, 2, 2, TODAY.minusDays(3)),
            org.assertj.core.groups.Tuple.tuple(RegisterType.RCCO, null, null, TODAY));
    assertThat(picture.needs().ratings()).isEqualTo(ratings);
    assertThat(picture.scores().calculationId()).isEqualTo(calculation.id());
    assertThat(picture.scores().rsr()).isEqualTo(calculation.scores().rsr().score());
    assertThat(picture.scores().ogrs3TwoYear()).isEqualTo(calculation.scores().ogrs3().twoYearScore());
  }

  @Test
  void everyones_pictures_are_streamed_in_crn_order_and_agree_with_each_persons() {
    String other = newPerson();
    recordRosh(AssessmentStage.COURT_REPORT, RoshAssessmentsFixture.MEDIUM, null);
    as(context, TestUser.PRACTITIONER, () -> registrations.add(other,
        new NewRegistration(RegisterType.ADVP, null, TODAY, null, null, null, null)));

    List<RiskPicture> all = new ArrayList<>();
    pictures.forEach(all::add);

    assertThat(all).extracting(RiskPicture::crn).isSorted().doesNotHaveDuplicates();
    assertThat(all).contains(pictures.of(crn), pictures.of(other));
  }

  long recordRosh(AssessmentStage stage, RoshLevels levels, Long replacing) {
    RecordOutcome outcome = as(context, TestUser.PRACTITIONER, () -> rosh.record(crn,
        new NewRoshAssessment(AssessmentKind.SCREENING, stage, levels, TODAY, replacing)));
    return ((RecordOutcome.Recorded) outcome).id();
  }

  /** Levels whose overall is medium or high. */
  static final class RoshAssessmentsFixture {
    static final RoshLevels MEDIUM = new RoshLevels(RoshLevel.LOW, RoshLevel.MEDIUM, RoshLevel.LOW, RoshLevel.LOW, null,
        null, null, null, null);
    static final RoshLevels HIGH = new RoshLevels(RoshLevel.LOW, RoshLevel.HIGH, RoshLevel.LOW, RoshLevel.LOW, null,
        null, null, null, null);
  }
}
