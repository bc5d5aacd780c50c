package org.probatio.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.probatio.demo.GeneratedPerson.LimitedAccessCase;
import org.probatio.people.Address;
import org.probatio.people.PersonDetails;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.Provider;
import org.probatio.workforce.ReductionToLoad;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Team;

/**
 * Writes a generated region's organisation (with its staff's workload reductions) and people as CSV
 * files, one per table, with no database.
 * People, aliases and addresses are keyed by the CRN each person would get in an empty database.
 * Risk, court episodes, allocations and caseloads are not written: their rows refer to each other by
 * the ids the database gives, and decisions and handover packages are stored as the allocation
 * module's own JSON, which only its load makes.
 */
public final class RegionCsv {

  public static final List<String> FILES = List.of("providers.csv", "delivery_units.csv", "teams.csv", "staff.csv",
      "reductions.csv", "people.csv", "aliases.csv", "addresses.csv");

  private RegionCsv() {}

  /** Writes the files into the directory, replacing any of the same names; tells the caller of each person written. */
  public static RegionSummary write(RegionGenerator region, Path directory, LongConsumer peopleWritten)
      throws IOException {
    Files.createDirectories(directory);
    Organisation organisation = region.organisation();
    writeOrganisation(organisation, directory);
    writeReductions(region.reductions(), directory);
    Tally tally = new Tally();
    try (CsvFile people = new CsvFile(directory.resolve("people.csv"), "crn", "first_name", "middle_names",
            "last_name", "date_of_birth", "gender", "pnc", "cro", "nomis", "ethnicity", "religion", "disability",
            "phone", "email", "accommodation", "employment", "caring_responsibilities", "caring_details",
            "provider_code", "responsible_officer_code", "limited_access_contact", "limited_access_reason",
            "excluded_username");
        CsvFile aliases = new CsvFile(directory.resolve("aliases.csv"), "crn", "position", "first_name", "last_name");
        CsvFile addresses = new CsvFile(directory.resolve("addresses.csv"), "crn", "line1", "line2", "town",
            "postcode")) {
      Iterator<GeneratedPerson> generated = region.people().iterator();
      while (generated.hasNext()) {
        GeneratedPerson person = generated.next();
        String crn = person.crnInEmptyDatabase().value();
        PersonDetails d = person.details();
        LimitedAccessCase limited = person.limitedAccess();
        people.row(crn, d.firstName(), d.middleNames(), d.lastName(), d.dateOfBirth(), d.gender(), d.pnc(), d.cro(),
            d.nomis(), d.ethnicity(), d.religion(), d.disability(), d.phone(), d.email(),
            d.accommodation(), d.employment(), d.caringResponsibilities(), d.caringDetails(), person.providerCode(),
            person.responsibleOfficerCode(), limited == null ? null : limited.contact(),
            limited == null ? null : limited.reason(), limited == null ? null : limited.excludedUsername());
        for (int i = 0; i < d.aliases().size(); i++) {
          aliases.row(crn, i, d.aliases().get(i).firstName(), d.aliases().get(i).lastName());
        }
        Address address = d.address();
        if (address != null) {
          addresses.row(crn, address.line1(), address.line2(), address.town(), address.postcode());
        }
        tally.count(person);
        peopleWritten.accept(tally.people());
      }
    }
    return tally.summary(region);
  }

  private static void writeReductions(List<ReductionToLoad> reductions, Path directory) throws IOException {
    try (CsvFile file = new CsvFile(directory.resolve("reductions.csv"), "staff_code", "category", "kind", "amount",
        "reason", "start_date", "end_date")) {
      for (ReductionToLoad r : reductions) {
        file.row(r.staffCode(), r.category(), r.kind(), r.amount().toPlainString(), r.reason(), r.startDate(),
            r.endDate());
      }
    }
  }

  private static void writeOrganisation(Organisation organisation, Path directory) throws IOException {
    try (CsvFile file = new CsvFile(directory.resolve("providers.csv"), "code", "name", "type")) {
      for (Provider p : organisation.providers()) {
        file.row(p.code(), p.name(), p.type());
      }
    }
    try (CsvFile file = new CsvFile(directory.resolve("delivery_units.csv"), "code", "name", "provider_code")) {
      for (DeliveryUnit u : organisation.deliveryUnits()) {
        file.row(u.code(), u.name(), u.providerCode());
      }
    }
    try (CsvFile file = new CsvFile(directory.resolve("teams.csv"), "code", "name", "delivery_unit_code")) {
      for (Team t : organisation.teams()) {
        file.row(t.code(), t.name(), t.deliveryUnitCode());
      }
    }
    try (CsvFile file = new CsvFile(directory.resolve("staff.csv"), "code", "forename", "surname", "grade",
        "team_code", "provider_code", "email", "contracted_hours", "start_date")) {
      for (StaffMember s : organisation.staff()) {
        file.row(s.code(), s.forename(), s.surname(), s.grade(), s.teamCode(), s.providerCode(), s.email(),
            s.contractedHours().toPlainString(), s.startDate());
      }
    }
  }
}
