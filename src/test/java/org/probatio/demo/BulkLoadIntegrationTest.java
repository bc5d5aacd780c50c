package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditAction;
import org.probatio.people.Crn;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.people.PeopleBulkLoad;
import org.probatio.people.Person;
import org.probatio.people.PersonSummary;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People written by COPY are the same records, just as searchable, as people created on screen. */
@IntegrationTest
class BulkLoadIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired PeopleBulkLoad bulkLoad;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  @Test
  void loaded_people_get_consecutive_crns_and_keep_every_detail_alias_and_address() {
    List<GeneratedPerson> generated = new RegionGenerator(120, 42, LocalDate.of(2026, 6, 1)).people().toList();
    Map<GeneratedPerson, Crn> given = new LinkedHashMap<>();

    long written = bulkLoad.load(generated.stream(), "bulk-test", given::put);

    assertThat(written).isEqualTo(120);
    List<Crn> crns = List.copyOf(given.values());
    for (int i = 1; i < crns.size(); i++) {
      assertThat(sequence(crns.get(i))).isEqualTo(sequence(crns.get(i - 1)) + 1);
    }
    for (Map.Entry<GeneratedPerson, Crn> entry : given.entrySet()) {
      Person person = ((Lookup.Found) as(context, TestUser.INSPECTOR, () -> people.view(entry.getValue().value()))).person();
      assertThat(person.details()).isEqualTo(entry.getKey().details());
      assertThat(person.providerCode()).isEqualTo(entry.getKey().providerCode());
      assertThat(person.responsibleOfficerCode()).isEqualTo(entry.getKey().responsibleOfficerCode());
      assertThat(person.createdBy()).isEqualTo("bulk-test");
    }
  }

  @Test
  void loaded_people_are_found_by_name_alias_and_pnc_like_any_other() {
    GeneratedPerson withAlias = new RegionGenerator(400, 7, LocalDate.of(2026, 6, 1)).people()
        .filter(p -> !p.details().aliases().isEmpty() && p.details().pnc() != null).findFirst().orElseThrow();
    Map<GeneratedPerson, Crn> given = new LinkedHashMap<>();
    bulkLoad.load(java.util.stream.Stream.of(withAlias), "bulk-test", given::put);
    String crn = given.get(withAlias).value();

    var alias = withAlias.details().aliases().get(0);
    for (String query : List.of(withAlias.details().lastName(), alias.firstName() + " " + alias.lastName(),
        withAlias.details().pnc().value())) {
      List<PersonSummary> found = as(context, TestUser.INSPECTOR, () -> people.search(query, 0, 100)).orElseThrow().people();
      assertThat(found).as("search for %s", query).extracting(PersonSummary::crn).contains(crn);
    }
  }

  @Test
  void one_audit_row_records_the_whole_load() {
    List<GeneratedPerson> generated = new RegionGenerator(30, 99, LocalDate.of(2026, 6, 1)).people().toList();
    Map<GeneratedPerson, Crn> given = new LinkedHashMap<>();
    bulkLoad.load(generated.stream(), "bulk-audit-test", given::put);

    String details = jdbc.sql("""
            select details::text from audit_event
            where action = ? and details ->> 'loadedBy' = 'bulk-audit-test'""")
        .param(AuditAction.CREATE.name()).query(String.class).single();
    assertThat(details).contains("\"bulkLoad\": 30")
        .contains(given.values().iterator().next().value());
  }

  private static long sequence(Crn crn) {
    return (crn.value().charAt(0) - 'A') * 1_000_000L + Long.parseLong(crn.value().substring(1));
  }
}
