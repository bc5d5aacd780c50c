package org.probatio.court;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.court.internal.HearingRepository;
import org.probatio.court.internal.ReportRepository;
import org.probatio.court.internal.SentenceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's whole court record, for those who read it: practitioners, allocators, managers and inspectors. */
@Service
public class CourtRecords {

  private final HearingRepository hearings;
  private final ReportRepository reports;
  private final SentenceRepository sentences;
  private final VisiblePeople visiblePeople;
  private final AuditTrail audit;
  private final Clock clock;

  CourtRecords(HearingRepository hearings, ReportRepository reports, SentenceRepository sentences,
      VisiblePeople visiblePeople, AuditTrail audit, Clock clock) {
    this.hearings = hearings;
    this.reports = reports;
    this.sentences = sentences;
    this.visiblePeople = visiblePeople;
    this.audit = audit;
    this.clock = clock;
  }

  /** The record, newest first; reading it is audited. Empty for a person the user may not see. */
  @Transactional
  public Optional<CourtRecord> of(String crn) {
    if (!visiblePeople.canSee(crn)) {
      return Optional.empty();
    }
    audit.record(AuditAction.VIEW, "person", crn, Map.of("court", "record"));
    return Optional.of(new CourtRecord(crn, hearings.forPerson(crn), reports.forPerson(crn, clock.instant()),
        sentences.forPerson(crn)));
  }
}
