package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.risk.RoshLevel;

class RiskGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  List<RiskToLoad> risks(long seed) {
    RegionGenerator region = new RegionGenerator(3_000, seed, AS_OF);
    return region.people().map(p -> region.riskGenerator().forPerson(p, "X" + p.index())).toList();
  }

  @Test
  void the_same_seed_gives_the_same_risk() {
    assertThat(risks(3)).isEqualTo(risks(3)).isNotEqualTo(risks(4));
  }

  @Test
  void most_but_not_all_cases_are_screened_and_nps_cases_sit_at_medium_or_above() {
    RegionGenerator region = new RegionGenerator(3_000, 5, AS_OF);
    String nps = region.organisation().providers().get(0).code();
    List<GeneratedPerson> people = region.people().toList();
    long screened = 0;
    for (GeneratedPerson person : people) {
      RiskToLoad risk = region.riskGenerator().forPerson(person, "X");
      if (risk.screening() != null) {
        screened++;
        if (person.providerCode().equals(nps)) {
          assertThat(risk.screening().levels().overall()).isGreaterThanOrEqualTo(RoshLevel.MEDIUM);
        } else {
          assertThat(risk.screening().levels().overall()).isLessThanOrEqualTo(RoshLevel.MEDIUM);
        }
        assertThat(risk.registrations()).filteredOn(r -> r.registration().type() == RegisterType.MAPP)
            .allSatisfy(r -> assertThat(person.providerCode()).isEqualTo(nps));
      }
    }
    assertThat((double) screened / people.size()).isBetween(0.89, 0.95);
  }

  @Test
  void every_registration_is_valid_and_about_a_quarter_are_overdue_for_review() {
    List<LoadedRegistration> all = risks(6).stream().flatMap(r -> r.registrations().stream()).toList();
    assertThat(all).allSatisfy(r -> assertThat(r.registration().problems(AS_OF)).isEmpty());
    long overdue = all.stream().filter(r -> r.nextReviewOn().isBefore(AS_OF)).count();
    assertThat((double) overdue / all.size()).isBetween(0.20, 0.30);
    assertThat(all).allSatisfy(r -> {
      int months = r.registration().type().reviewEveryMonths();
      LocalDate due = r.registration().registeredOn().plusMonths(months);
      while (due.isBefore(r.nextReviewOn())) {
        due = due.plusMonths(months);
      }
      assertThat(due).as("a whole number of review intervals after registration").isEqualTo(r.nextReviewOn());
    });
  }
}
