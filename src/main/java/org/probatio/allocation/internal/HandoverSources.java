package org.probatio.allocation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationCase;
import org.probatio.allocation.HandoverPackage;
import org.probatio.allocation.HandoverPackage.PersonPart;
import org.probatio.court.CourtRecord;
import org.probatio.court.CourtRecords;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.Sentence;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.Registrations;
import org.probatio.risk.RoshAssessments;
import org.springframework.stereotype.Component;

/**
 * Reads what a handover package is made of from the other modules' records, through their public
 * services (which audit the reads), and assembles it. Run as system work: national, no user.
 */
@Component
class HandoverSources {

  private final People people;
  private final CourtRecords court;
  private final RoshAssessments rosh;
  private final Registrations registrations;
  private final AllocationRepository cases;

  HandoverSources(People people, CourtRecords court, RoshAssessments rosh, Registrations registrations,
      AllocationRepository cases) {
    this.people = people;
    this.court = court;
    this.rosh = rosh;
    this.registrations = registrations;
    this.cases = cases;
  }

  /**
   * The package for the case: the sentence the case was opened for (else the latest), the latest
   * report begun before it was recorded, and the person's RoSH history and registrations.
   */
  HandoverPackage read(String crn, @Nullable Long caseId, LocalDate asOf) {
    Lookup lookup = people.view(crn);
    PersonPart person;
    if (lookup instanceof Lookup.Found found) {
      person = HandoverAssembly.person(crn, found.person().details());
    } else if (lookup instanceof Lookup.Withheld withheld) {
      person = PersonPart.withheld(crn, withheld.contact());
    } else {
      throw new IllegalStateException("No person has the CRN " + crn);
    }
    Optional<CourtRecord> record = court.of(crn);
    Optional<Long> sentenceId = Optional.ofNullable(caseId).flatMap(cases::findCase)
        .map(AllocationCase::sentenceId);
    Sentence sentence = record.flatMap(r -> r.sentences().stream()
        .filter(s -> sentenceId.isEmpty() || s.id() == sentenceId.get()).findFirst()).orElse(null);
    PreSentenceReport report = record.flatMap(r -> r.reports().stream()
        .filter(p -> sentence == null || !p.requestedAt().isAfter(sentence.recordedAt())).findFirst()).orElse(null);
    return HandoverAssembly.assemble(person, report, rosh.history(crn), sentence, registrations.all(crn), asOf);
  }
}
