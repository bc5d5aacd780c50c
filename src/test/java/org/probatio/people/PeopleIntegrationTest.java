package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.audit.Channel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class PeopleIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired AuditTrail audit;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  String create(TestUser user, PersonInput input) {
    CreateOutcome outcome = as(context, user, () -> people.create(input, null, false, null));
    assertThat(outcome).isInstanceOf(CreateOutcome.Created.class);
    return ((CreateOutcome.Created) outcome).crn().value();
  }

  @Test
  void a_new_record_gets_a_crn_the_users_provider_and_an_audit_row() {
    String crn = create(TestUser.PRACTITIONER, PersonInputs.person());

    assertThat(crn).matches("[A-Z]\\d{6}");
    Lookup lookup = as(context, TestUser.PRACTITIONER, () -> people.view(crn));
    Person person = ((Lookup.Found) lookup).person();
    assertThat(person.providerCode()).isEqualTo(TestOrganisation.NPS);
    assertThat(person.createdBy()).isEqualTo("practitioner");
    assertThat(person.addressHistory()).hasSize(1);
    List<AuditEvent> events = audit.history("person", crn, 10);
    assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.VIEW, AuditAction.CREATE);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.username()).isEqualTo("practitioner");
      assertThat(e.channel()).isEqualTo(Channel.CLI);
    });
  }

  @Test
  void a_pnc_id_already_on_a_record_is_refused_in_any_of_its_forms() {
    String pnc = PersonInputs.uniquePnc();
    String existing = create(TestUser.PRACTITIONER, PersonInputs.person("Jo", "First", "1980", pnc));
    String shortForm = "11/" + Integer.parseInt(pnc.substring(5, 12)) + pnc.charAt(12);

    CreateOutcome second = as(context, TestUser.CRC_PRACTITIONER,
        () -> people.create(PersonInputs.person("Someone", "Else", "1985", shortForm), null, true, null));

    assertThat(second).isEqualTo(new CreateOutcome.DuplicatePnc(existing));
  }

  @Test
  void the_same_name_and_birth_date_must_be_confirmed_ignoring_case_accents_and_spacing() {
    String surname = "Ó Dochartaigh" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xffff);
    String existing = create(TestUser.PRACTITIONER, PersonInputs.person("Seán", surname, "1979", null));
    PersonInput twin = PersonInputs.person("SEAN", " o dochartaigh" + surname.substring(13).toUpperCase(), "1979", null);

    CreateOutcome unconfirmed = as(context, TestUser.PRACTITIONER, () -> people.create(twin, null, false, null));
    assertThat(unconfirmed).isInstanceOf(CreateOutcome.PossibleDuplicates.class);
    assertThat(((CreateOutcome.PossibleDuplicates) unconfirmed).candidates())
        .extracting(PersonSummary::crn).containsExactly(existing);

    CreateOutcome confirmed = as(context, TestUser.PRACTITIONER, () -> people.create(twin, null, true, null));
    assertThat(confirmed).isInstanceOf(CreateOutcome.Created.class);
    assertThat(((CreateOutcome.Created) confirmed).crn().value()).isNotEqualTo(existing);
  }

  @Test
  void twenty_concurrent_submissions_of_one_request_create_one_record() throws Exception {
    String key = UUID.randomUUID().toString();
    PersonInput input = PersonInputs.person();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<CreateOutcome>> calls = java.util.Collections.nCopies(20,
          () -> as(context, TestUser.PRACTITIONER, () -> people.create(input, null, false, key)));
      Set<String> crns = new java.util.HashSet<>();
      for (Future<CreateOutcome> result : pool.invokeAll(calls)) {
        crns.add(((CreateOutcome.Created) result.get()).crn().value());
      }
      assertThat(crns).hasSize(1);
      SearchPage found = as(context, TestUser.PRACTITIONER, () -> people.search(input.pnc(), 0, 20)).orElseThrow();
      assertThat(found.total()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void search_finds_by_partial_name_alias_accentless_name_pnc_short_form_date_and_crn() {
    String surname = "Przybylski" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xffff);
    PersonInput input = PersonInputs.withAlias(PersonInputs.person("Zoë", surname, "1993", PersonInputs.uniquePnc()),
        "Ziggy", "Stardust" + surname);
    String crn = create(TestUser.PRACTITIONER, input);
    String pnc = input.pnc();

    for (String query : List.of(surname.substring(2).toUpperCase(), "zoe " + surname.toLowerCase(), "stardust" + surname,
        "11/" + Integer.parseInt(pnc.substring(5, 12)) + pnc.charAt(12), crn.toLowerCase())) {
      SearchPage page = as(context, TestUser.PRACTITIONER, () -> people.search(query, 0, 20)).orElseThrow();
      assertThat(page.people()).as("search for %s", query).extracting(PersonSummary::crn).contains(crn);
    }
    SearchPage byDate = as(context, TestUser.PRACTITIONER, () -> people.search("14/2/1993", 0, 100)).orElseThrow();
    assertThat(byDate.people()).extracting(PersonSummary::crn).contains(crn);
  }

  @Test
  void whole_word_matches_come_first_then_names_in_order() {
    String word = "Vell" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xffff);
    String inside = create(TestUser.PRACTITIONER, PersonInputs.person("Marta", "Aa" + word.toLowerCase() + "ing", "1981", null));
    String whole = create(TestUser.PRACTITIONER, PersonInputs.person("Marta", word + " Zulu", "1982", null));

    SearchPage page = as(context, TestUser.PRACTITIONER, () -> people.search(word, 0, 20)).orElseThrow();

    assertThat(page.people()).extracting(PersonSummary::crn).containsExactly(whole, inside);
  }

  @Test
  void search_results_are_paged() {
    String surname = "Pagewright" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xffff);
    for (int i = 0; i < 5; i++) {
      create(TestUser.PRACTITIONER, PersonInputs.person("Pat" + PersonInputs.letters(i), surname, "1970", null));
    }
    SearchPage first = as(context, TestUser.PRACTITIONER, () -> people.search(surname, 0, 2)).orElseThrow();
    SearchPage last = as(context, TestUser.PRACTITIONER, () -> people.search(surname, 2, 2)).orElseThrow();

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.people()).hasSize(2);
    assertThat(last.people()).hasSize(1);
    assertThat(last.people()).doesNotContainAnyElementsOf(first.people());
  }

  @Test
  void staff_see_only_their_own_providers_people_and_those_handed_to_it() {
    String crn = create(TestUser.PRACTITIONER, PersonInputs.person());

    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> people.view(crn))).isInstanceOf(Lookup.NotFound.class);
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> people.search(crn, 0, 20)).orElseThrow().total()).isZero();
    assertThat(as(context, TestUser.INSPECTOR, () -> people.view(crn))).isInstanceOf(Lookup.Found.class);

    people.shareWith(crn, TestOrganisation.CRC, "Handed over for supervision");

    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> people.view(crn))).isInstanceOf(Lookup.Found.class);
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> people.search(crn, 0, 20)).orElseThrow().total()).isOne();
  }

  @Test
  void an_edit_keeps_the_old_address_in_the_history_and_audits_which_fields_changed() {
    PersonInput input = PersonInputs.person();
    String crn = create(TestUser.PRACTITIONER, input);

    UpdateOutcome outcome = as(context, TestUser.PRACTITIONER,
        () -> people.update(crn, PersonInputs.withTown(input, "2 New Road", "Lancaster"), 0));

    assertThat(outcome).isEqualTo(new UpdateOutcome.Updated(1));
    Person person = ((Lookup.Found) as(context, TestUser.PRACTITIONER, () -> people.view(crn))).person();
    assertThat(person.details().address().town()).isEqualTo("Lancaster");
    assertThat(person.addressHistory()).extracting(p -> p.address().town()).containsExactly("Lancaster", "Preston");
    assertThat(person.addressHistory().get(1).to()).isNotNull();
    AuditEvent update = audit.history("person", crn, 10).stream()
        .filter(e -> e.action() == AuditAction.UPDATE).findFirst().orElseThrow();
    assertThat(update.details().get("changed")).isEqualTo(List.of("address"));
  }

  @Test
  void of_two_edits_made_from_the_same_version_one_wins_and_the_other_is_told() throws Exception {
    PersonInput input = PersonInputs.person();
    String crn = create(TestUser.PRACTITIONER, input);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<UpdateOutcome>> edits = List.of(
          () -> as(context, TestUser.PRACTITIONER, () -> people.update(crn, PersonInputs.withTown(input, "3 A St", "Leyland"), 0)),
          () -> as(context, TestUser.SENIOR, () -> people.update(crn, PersonInputs.withTown(input, "4 B St", "Chorley"), 0)));
      List<UpdateOutcome> outcomes = new java.util.ArrayList<>();
      for (Future<UpdateOutcome> f : pool.invokeAll(edits)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).filteredOn(o -> o instanceof UpdateOutcome.Updated).hasSize(1);
      assertThat(outcomes).filteredOn(o -> o instanceof UpdateOutcome.Stale).hasSize(1);
      UpdateOutcome.Stale stale = (UpdateOutcome.Stale) outcomes.stream()
          .filter(o -> o instanceof UpdateOutcome.Stale).findFirst().orElseThrow();
      assertThat(stale.currentVersion()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalid_input_is_refused_and_nothing_is_stored() {
    PersonInput bad = PersonInputs.person("Alex", "Nobody", "1990", "2011/0000001A");
    CreateOutcome outcome = as(context, TestUser.PRACTITIONER, () -> people.create(bad, null, false, null));

    assertThat(outcome).isInstanceOf(CreateOutcome.Invalid.class);
    assertThat(((CreateOutcome.Invalid) outcome).errors()).extracting(FieldError::field).containsExactly("pnc");
    assertThat(as(context, TestUser.PRACTITIONER, () -> people.search("Nobody", 0, 20)).orElseThrow().people())
        .noneMatch(p -> "Alex Nobody".equals(p.name()));
  }

  @Test
  void national_users_must_choose_the_provider_of_a_new_record() {
    CreateOutcome outcome = as(context, TestUser.ADMIN, () -> people.create(PersonInputs.person(), null, false, null));
    assertThat(((CreateOutcome.Invalid) outcome).errors()).extracting(FieldError::field).containsExactly("provider");

    CreateOutcome chosen = as(context, TestUser.ADMIN,
        () -> people.create(PersonInputs.person(), TestOrganisation.CRC, false, null));
    assertThat(chosen).isInstanceOf(CreateOutcome.Created.class);
  }
}
