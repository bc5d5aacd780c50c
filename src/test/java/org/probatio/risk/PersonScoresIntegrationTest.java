package org.probatio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.people.PersonInput;
import org.probatio.risk.scoring.ScoringRequest;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
public class PersonScoresIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired PersonScores scores;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  String crn;

  @BeforeEach
  void aMan() {
    TestOrganisation.ensureLoaded(context);
    crn = create(PersonInputs.person());
  }

  String create(PersonInput input) {
    return ((CreateOutcome.Created) as(context, TestUser.PRACTITIONER,
        () -> people.create(input, null, false, null))).crn().value();
  }

  /** Criminal history answers only; gender and date of birth come from the record. */
  public static ScoringRequest answers() {
    return new ScoringRequest(null, null, LocalDate.of(2016, 1, 4), LocalDate.of(2013, 6, 1), LocalDate.of(2015, 6, 2),
        LocalDate.of(2015, 6, 2), 2, 18, "02801", 1, true, false, true, null, null, false, null, null, null, null, null,
        null, null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  @Test
  void scores_are_calculated_from_the_record_and_the_answers_and_stored_with_their_versions() {
    PersonScores.Outcome outcome = as(context, TestUser.PRACTITIONER, () -> scores.calculate(crn, answers()));
    ScoreCalculation calculation = ((PersonScores.Outcome.Calculated) outcome).calculation();

    assertThat(calculation.inputs().gender()).isEqualTo(org.probatio.risk.scoring.Gender.MALE);
    assertThat(calculation.inputs().dateOfBirth()).isEqualTo(LocalDate.of(1990, 2, 14));
    assertThat(calculation.scores().ogrs3().twoYearScore()).isBetween(1, 99);
    assertThat(calculation.scores().ogrs3().featureValues()).containsKeys("ageGenderScore", "COPASScore");
    assertThat(calculation.scores().offenceMapping()).startsWith(scoresMappingPrefix());
    assertThat(calculation.modelVersion()).isEqualTo("OASYS_V3_V1_0");
    assertThat(events.stream(ScoresCalculated.class)).containsExactly(new ScoresCalculated(crn, calculation.id()));
  }

  @Test
  void a_stored_calculation_replays_exactly_and_a_tampered_one_is_caught() {
    long id = ((PersonScores.Outcome.Calculated) as(context, TestUser.PRACTITIONER,
        () -> scores.calculate(crn, answers()))).calculation().id();

    assertThat(scores.replay(crn, id).orElseThrow().reproduced()).isTrue();

    jdbc.sql("update risk_score_calculation set scores = cast(replace(scores::text, '\"LOW\"', '\"HIGH\"') as json) where id = ?")
        .param(id).update();
    List<PersonScores.Replay> history = scores.history(crn);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).calculation().scores().ogrs3().band()).isNotNull();
    assertThat(history.get(0).reproduced()).as("the stored scores no longer match their inputs").isFalse();
  }

  @Test
  void the_models_need_a_recorded_gender_of_male_or_female() {
    PersonInput unknown = PersonInputs.person();
    String other = create(new PersonInput(unknown.firstName(), null, unknown.lastName(), unknown.dateOfBirth(), "NOT_KNOWN",
        unknown.pnc(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of()));
    assertThat(as(context, TestUser.PRACTITIONER, () -> scores.calculate(other, answers())))
        .isInstanceOf(PersonScores.Outcome.GenderNeeded.class);
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> scores.calculate(crn, answers())))
        .isInstanceOf(PersonScores.Outcome.NotFound.class);
  }

  String scoresMappingPrefix() {
    return jdbc.sql("select count(*) from risk_offence_mapping where active").query(Long.class).single() > 0
        ? jdbc.sql("select version from risk_offence_mapping where active").query(String.class).single().substring(0, 5)
        : "default-offence-classes.csv";
  }
}
