package org.probatio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.CreateOutcome;
import org.probatio.people.FieldError;
import org.probatio.people.People;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class NeedsAndPlansIntegrationTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired NeedsAndPlans needsAndPlans;

  String crn;

  @BeforeEach
  void aPerson() {
    TestOrganisation.ensureLoaded(context);
    crn = ((CreateOutcome.Created) as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person(), null, false, null))).crn().value();
  }

  static Map<Need, NeedRating> allRated(NeedRating rating) {
    Map<Need, NeedRating> ratings = new EnumMap<>(Need.class);
    for (Need need : Need.values()) {
      ratings.put(need, rating);
    }
    return ratings;
  }

  @Test
  void every_need_must_be_rated_and_a_new_assessment_replaces_the_last() {
    Map<Need, NeedRating> partial = allRated(NeedRating.STANDARD);
    partial.remove(Need.ATTITUDES);
    RecordOutcome refused = as(context, TestUser.PRACTITIONER, () -> needsAndPlans.assessNeeds(crn, TODAY, partial));
    assertThat(((RecordOutcome.Invalid) refused).errors()).containsExactly(new FieldError("ATTITUDES", "Rate attitudes"));

    as(context, TestUser.PRACTITIONER, () -> needsAndPlans.assessNeeds(crn, TODAY, allRated(NeedRating.STANDARD)));
    Map<Need, NeedRating> severeDrugs = allRated(NeedRating.NO_NEED);
    severeDrugs.put(Need.DRUG_MISUSE, NeedRating.SEVERE);
    as(context, TestUser.SENIOR, () -> needsAndPlans.assessNeeds(crn, TODAY, severeDrugs));

    NeedsAssessment current = needsAndPlans.currentNeeds(crn).orElseThrow();
    assertThat(current.ratings()).isEqualTo(severeDrugs);
    assertThat(current.assessedBy()).isEqualTo("senior");
  }

  @Test
  void the_plan_is_saved_over_the_version_seen_and_a_stale_save_is_refused() {
    LocalDate review = TODAY.plusMonths(3);
    assertThat(as(context, TestUser.PRACTITIONER, () -> needsAndPlans.savePlan(crn, "Weekly reporting; curfew", review, -1)))
        .isInstanceOf(RecordOutcome.Recorded.class);
    assertThat(as(context, TestUser.SENIOR, () -> needsAndPlans.savePlan(crn, "Someone else's first draft", review, -1)))
        .isInstanceOf(RecordOutcome.Stale.class);
    assertThat(as(context, TestUser.PRACTITIONER, () -> needsAndPlans.savePlan(crn, "Add exclusion zone", review, 0)))
        .isInstanceOf(RecordOutcome.Recorded.class);
    assertThat(as(context, TestUser.SENIOR, () -> needsAndPlans.savePlan(crn, "Overwrite", review, 0)))
        .isInstanceOf(RecordOutcome.Stale.class);
    assertThat(needsAndPlans.plan(crn).orElseThrow().plan()).isEqualTo("Add exclusion zone");
  }

  @Test
  void the_plan_needs_words_and_a_review_date_within_a_year() {
    RecordOutcome outcome = as(context, TestUser.PRACTITIONER, () -> needsAndPlans.savePlan(crn, " ", TODAY, -1));
    assertThat(((RecordOutcome.Invalid) outcome).errors()).extracting(FieldError::field).containsExactly("plan", "reviewOn");
    RecordOutcome tooFar = as(context, TestUser.PRACTITIONER,
        () -> needsAndPlans.savePlan(crn, "A plan", TODAY.plusYears(1).plusDays(1), -1));
    assertThat(((RecordOutcome.Invalid) tooFar).errors()).extracting(FieldError::field).containsExactly("reviewOn");
  }
}
