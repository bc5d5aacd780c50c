package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.probatio.people.CroNumber;
import org.probatio.people.Gender;
import org.probatio.people.Parsed;
import org.probatio.people.PersonDetails;
import org.probatio.people.PncId;
import org.probatio.workforce.Grade;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.StaffMember;

class RegionGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final RegionGenerator REGION = new RegionGenerator(20_000, 42, AS_OF);
  static final List<GeneratedPerson> PEOPLE = REGION.people().toList();
  static final Map<String, StaffMember> STAFF = REGION.organisation().staff().stream()
      .collect(Collectors.toMap(StaffMember::code, Function.identity()));

  @Test
  void the_same_size_seed_and_date_give_the_same_region() {
    RegionGenerator again = new RegionGenerator(20_000, 42, AS_OF);

    assertThat(again.organisation()).isEqualTo(REGION.organisation());
    assertThat(again.people().toList()).isEqualTo(PEOPLE);
  }

  @Test
  void a_different_seed_gives_a_different_region() {
    RegionGenerator other = new RegionGenerator(20_000, 43, AS_OF);

    assertThat(other.organisation().staff()).isNotEqualTo(REGION.organisation().staff());
    assertThat(other.people().limit(100).toList()).isNotEqualTo(PEOPLE.subList(0, 100));
  }

  @Test
  void people_can_be_made_in_any_order_and_come_out_the_same() {
    assertThat(REGION.people().skip(12_345).findFirst()).contains(PEOPLE.get(12_345));
  }

  @Test
  void every_pnc_id_and_cro_number_passes_the_police_check_and_no_two_people_share_a_pnc_id() {
    Set<String> pncIds = new HashSet<>();
    for (GeneratedPerson person : PEOPLE) {
      PersonDetails d = person.details();
      if (d.pnc() != null) {
        assertThat(PncId.parse(d.pnc().value())).isEqualTo(Parsed.valid(d.pnc()));
        assertThat(pncIds.add(d.pnc().value())).as("PNC ID %s is unique", d.pnc()).isTrue();
        assertThat(Integer.parseInt(d.pnc().value().substring(0, 4)))
            .isBetween(d.dateOfBirth().getYear() + 16, AS_OF.getYear());
      }
      if (d.cro() != null) {
        assertThat(CroNumber.parse(d.cro().value())).isEqualTo(Parsed.valid(d.cro()));
        assertThat(d.cro().value()).matches("\\d{6}/\\d{2}[A-Z]");
      }
      if (d.nomis() != null) {
        assertThat(d.nomis().value()).matches("[AG]\\d{4}[A-Z]{2}");
      }
    }
  }

  @Test
  void about_eight_in_ten_have_a_pnc_id_half_a_cro_number_and_three_in_ten_a_nomis_number() {
    assertThat(share(p -> p.details().pnc() != null)).isCloseTo(0.8, within(0.02));
    assertThat(share(p -> p.details().cro() != null)).isCloseTo(0.5, within(0.02));
    assertThat(share(p -> p.details().nomis() != null)).isCloseTo(0.3, within(0.03));
    assertThat(share(p -> !p.details().aliases().isEmpty())).isCloseTo(0.1, within(0.02));
  }

  @Test
  void most_people_are_men_aged_20_to_40_and_everyone_is_18_to_75() {
    assertThat(share(p -> p.details().gender() == Gender.MALE)).isCloseTo(0.85, within(0.02));
    assertThat(PEOPLE).allSatisfy(p -> assertThat(age(p)).isBetween(18, 75));
    assertThat(share(p -> age(p) >= 20 && age(p) <= 40)).isGreaterThan(0.6);
  }

  @Test
  void names_come_from_the_built_in_lists() {
    Set<String> firstNames = new HashSet<>(NameLists.MALE_FIRST_NAMES);
    firstNames.addAll(NameLists.FEMALE_FIRST_NAMES);
    Set<String> surnames = new HashSet<>(NameLists.SURNAMES);
    assertThat(PEOPLE).allSatisfy(p -> {
      assertThat(firstNames).contains(p.details().firstName());
      assertThat(surnames).contains(p.details().lastName());
      if (p.details().middleNames() != null) {
        assertThat(firstNames).contains(p.details().middleNames());
      }
      p.details().aliases().forEach(alias -> {
        assertThat(firstNames).contains(alias.firstName());
        assertThat(surnames).contains(alias.lastName());
      });
    });
    assertThat(REGION.organisation().staff()).allSatisfy(s -> {
      assertThat(firstNames).contains(s.forename());
      assertThat(surnames).contains(s.surname());
    });
  }

  @Test
  void the_name_lists_are_long_varied_and_free_of_repeats() {
    List<String> firstNames = NameLists.MALE_FIRST_NAMES;
    assertThat(firstNames.size() + NameLists.FEMALE_FIRST_NAMES.size()).isGreaterThan(400);
    assertThat(NameLists.SURNAMES).hasSizeGreaterThan(400).doesNotHaveDuplicates()
        .contains("O'Brien", "Nowak-Smith", "Wiśniewski", "de Jong");
    assertThat(firstNames).doesNotHaveDuplicates().contains("Seán");
    assertThat(NameLists.FEMALE_FIRST_NAMES).doesNotHaveDuplicates();
  }

  @Test
  void every_responsible_officer_is_the_practitioner_holding_the_persons_case_and_people_without_one_have_none() {
    Set<Grade> practitioners = EnumSet.of(Grade.PO, Grade.PQIP, Grade.PSO);
    assertThat(PEOPLE).allSatisfy(p -> {
      Optional<CaseloadGenerator.Held> held = REGION.caseHistories().held(p);
      assertThat(p.responsibleOfficerCode()).isEqualTo(held.map(CaseloadGenerator.Held::practitionerCode).orElse(null));
      if (p.responsibleOfficerCode() != null) {
        StaffMember officer = STAFF.get(p.responsibleOfficerCode());
        assertThat(officer.providerCode()).isEqualTo(held.orElseThrow().providerCode());
        assertThat(practitioners).contains(officer.grade());
      }
    });
    assertThat(share(p -> p.responsibleOfficerCode() != null)).isBetween(0.75, 0.85);
  }

  @Test
  void about_three_cases_in_ten_are_held_by_the_nps_division() {
    String nps = REGION.organisation().providers().get(0).code();
    assertThat(share(p -> p.providerCode().equals(nps))).isCloseTo(0.3, within(0.02));
  }

  @Test
  void one_case_in_200_is_limited_access_held_by_the_nps_and_withheld_from_the_second_practitioner() {
    List<GeneratedPerson> limited = PEOPLE.stream().filter(p -> p.limitedAccess() != null).toList();
    String nps = REGION.organisation().providers().get(0).code();
    StaffMember excluded = REGION.demoStaff().get(DemoUser.PRACTITIONER_2);
    StaffMember senior = REGION.demoStaff().get(DemoUser.SENIOR);

    assertThat(limited).hasSize(20_000 / 200);
    assertThat(limited).allSatisfy(p -> {
      assertThat(p.providerCode()).isEqualTo(nps);
      assertThat(p.limitedAccess().excludedUsername()).isEqualTo("practitioner2");
      assertThat(p.responsibleOfficerCode()).isNotEqualTo(excluded.code());
      // whom to contact: the responsible officer, or while there is none the senior probation officer
      assertThat(p.limitedAccess().contact()).isEqualTo(p.responsibleOfficerCode() == null ? senior.displayName()
          : STAFF.get(p.responsibleOfficerCode()).displayName());
    });
    assertThat(limited.stream().filter(p -> p.responsibleOfficerCode() != null).findFirst().orElseThrow()
        .responsibleOfficerCode()).isEqualTo(REGION.demoStaff().get(DemoUser.PRACTITIONER).code());
  }

  @Test
  void the_smallest_region_still_has_a_limited_access_case() {
    assertThat(new RegionGenerator(1, 7, AS_OF).people().toList())
        .singleElement().satisfies(p -> assertThat(p.limitedAccess()).isNotNull());
  }

  @Test
  void every_demo_user_plays_a_member_of_nps_staff_with_a_suitable_grade() {
    String nps = REGION.organisation().providers().get(0).code();
    Map<DemoUser, StaffMember> cast = REGION.demoStaff();

    assertThat(cast).containsOnlyKeys(DemoUser.values());
    assertThat(cast.values()).allSatisfy(s -> assertThat(s.providerCode()).isEqualTo(nps));
    assertThat(cast.get(DemoUser.PRACTITIONER).grade()).isEqualTo(Grade.PO);
    assertThat(cast.get(DemoUser.PRACTITIONER_2).grade()).isEqualTo(Grade.PO);
    assertThat(cast.get(DemoUser.SENIOR).grade()).isEqualTo(Grade.SPO);
    assertThat(cast.get(DemoUser.COURT).grade()).isEqualTo(Grade.COURT_OFFICER);
    assertThat(cast.get(DemoUser.VLO).grade()).isEqualTo(Grade.VLO);
    assertThat(cast.get(DemoUser.INSPECTOR).grade()).isEqualTo(Grade.INSPECTOR);
    assertThat(cast.get(DemoUser.ADMIN).grade()).isEqualTo(Grade.ADMIN);
    assertThat(cast.get(DemoUser.ALLOCATOR).grade()).isIn(Grade.SPO, Grade.ADMIN);
    assertThat(cast.values().stream().map(StaffMember::code)).doesNotHaveDuplicates();
    assertThat(PEOPLE).anyMatch(p -> cast.get(DemoUser.PRACTITIONER).code().equals(p.responsibleOfficerCode()));
  }

  @Test
  void a_region_has_one_nps_division_one_or_two_crcs_three_to_six_units_each_and_two_to_five_teams_a_unit() {
    for (long seed = 1; seed <= 12; seed++) {
      Organisation organisation = new RegionGenerator(3_000, seed, AS_OF).organisation();
      assertThat(organisation.providers().get(0).type().name()).isEqualTo("NPS_DIVISION");
      assertThat(organisation.providers().subList(1, organisation.providers().size()))
          .hasSizeBetween(1, 2).allSatisfy(p -> assertThat(p.type().name()).isEqualTo("CRC"));
      Map<String, Long> unitsByProvider = organisation.deliveryUnits().stream()
          .collect(Collectors.groupingBy(u -> u.providerCode(), Collectors.counting()));
      assertThat(unitsByProvider.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 6L));
      Map<String, Long> teamsByUnit = organisation.teams().stream()
          .collect(Collectors.groupingBy(t -> t.deliveryUnitCode(), Collectors.counting()));
      assertThat(teamsByUnit.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 5L));
    }
  }

  @Test
  void a_large_regions_teams_have_about_six_to_fourteen_staff_and_a_providers_teams_a_name_each() {
    Organisation organisation = new RegionGenerator(250_000, 3, AS_OF).organisation();
    Map<String, Long> staffByTeam = organisation.staff().stream()
        .collect(Collectors.groupingBy(StaffMember::teamCode, Collectors.counting()));

    assertThat(organisation.teams()).hasSizeGreaterThan(1_000);
    assertThat(staffByTeam.values()).allSatisfy(n -> assertThat(n).isBetween(5L, 16L));
    assertThat(organisation.teams()).extracting(t -> t.code()).allSatisfy(code -> assertThat(code).hasSizeLessThanOrEqualTo(10));
    Map<String, String> providerOfUnit = organisation.deliveryUnits().stream()
        .collect(Collectors.toMap(u -> u.code(), u -> u.providerCode()));
    assertThat(organisation.teams().stream().map(t -> providerOfUnit.get(t.deliveryUnitCode()) + " " + t.name()))
        .as("a provider's team names").doesNotHaveDuplicates();
    assertThat(List.of(0, 4, 25, 26, 27, 51, 52, 701).stream().map(OrganisationGenerator::letters))
        .containsExactly("A", "E", "Z", "AA", "AB", "AZ", "BA", "ZZ");
  }

  @Test
  void staff_codes_are_unique_and_short_and_emails_are_forename_dot_surname() {
    List<StaffMember> staff = REGION.organisation().staff();
    assertThat(staff.stream().map(StaffMember::code)).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).matches("[NC]\\d{2}[PSQMACVI]\\d{3,5}").hasSizeLessThanOrEqualTo(10));
    assertThat(staff.stream().map(StaffMember::email)).doesNotHaveDuplicates()
        .allSatisfy(email -> assertThat(email).matches("[a-z0-9]+\\.[a-z0-9]+\\d*@probatio\\.example"));
    assertThat(staff).allSatisfy(s -> assertThat(s.startDate()).isBefore(AS_OF));
    assertThat(share(staff, s -> s.contractedHours().intValue() == 37)).isCloseTo(0.8, within(0.1));
  }

  @Test
  void a_region_is_for_1_to_1_000_000_people() {
    assertThatThrownBy(() -> new RegionGenerator(0, 1, AS_OF)).hasMessageContaining("from 1 to 1,000,000");
    assertThatThrownBy(() -> new RegionGenerator(1_000_001, 1, AS_OF)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int age(GeneratedPerson person) {
    return Period.between(person.details().dateOfBirth(), AS_OF).getYears();
  }

  private static double share(Predicate<GeneratedPerson> test) {
    return share(PEOPLE, test);
  }

  private static <T> double share(List<T> items, Predicate<T> test) {
    return items.stream().filter(test).count() / (double) items.size();
  }
}
