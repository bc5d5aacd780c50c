package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.AllocationToLoad.ReviewDone;
import org.probatio.allocation.Handover;
import org.probatio.allocation.ReviewTask;
import org.probatio.calendar.rules.WorkingDays;
import org.probatio.court.Deadlines;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.Sentence;
import org.probatio.demo.CaseStaff.Worker;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.Registration;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.risk.RiskToLoad.LoadedScreening;
import org.probatio.risk.RoshAssessment;

/**
 * The handover of a generated CRC case: delivered as soon as it was allocated, with the records as
 * they stood then; acknowledged by a named person at the CRC (most within two court days), the first
 * appointment recorded for most (now and then before the package arrived, which flags the case), and
 * the review of the initial risk assessment done by most, some after its due day.
 */
final class HandoverGenerator {

  private static final WorkingDays COURT_DAYS = WorkingDays.englandAndWales();

  private final LocalDate asOf;
  private final Instant asOfStart;
  private final CaseStaff staff;

  HandoverGenerator(LocalDate asOf, CaseStaff staff) {
    this.asOf = asOf;
    this.asOfStart = asOf.atStartOfDay(Deadlines.COURT_ZONE).toInstant();
    this.staff = staff;
  }

  /**
   * @param risk the person's risk as loaded, in the order its ids were given
   * @param lateEntry a registration in it that was entered after the handover, so not handed over
   */
  HandoverToLoad handover(GeneratedPerson person, Timeline t, RiskToLoad risk, @Nullable LoadedRegistration lateEntry,
      Sentence sentence, @Nullable PreSentenceReport report, KnownIds ids, Instant decidedAt, SplittableRandom random) {
    Instant delivered = decidedAt.plusSeconds(1 + random.nextInt(3));
    LocalDate deliveredOn = LondonTime.day(delivered);
    LocalDate lastCourtDay = COURT_DAYS.add(asOf, -1);
    int courtDaysSince = COURT_DAYS.between(deliveredOn, lastCourtDay);
    Handover.Acknowledgement acknowledgement = null;
    Instant acknowledgedAt = workingTimeAfter(delivered, deliveredOn, random);
    if (acknowledgedAt != null && random.nextDouble()
        < (courtDaysSince >= 2 ? CaseMix.ACKNOWLEDGED : CaseMix.ACKNOWLEDGED_WITHIN_TWO_DAYS)) {
      Worker receiver = staff.pick(staff.crcReceivers, random);
      acknowledgement = new Handover.Acknowledgement(receiver.username(), receiver.name(), acknowledgedAt);
    }
    LocalDate sentenced = sentence.sentenceDate();
    boolean beforeDelivery = deliveredOn.isAfter(sentenced) && random.nextDouble() < CaseMix.FIRST_APPOINTMENT_BEFORE_DELIVERY;
    LocalDate appointment = beforeDelivery
        ? COURT_DAYS.add(sentenced, random.nextInt(Math.max(1, COURT_DAYS.between(sentenced, deliveredOn))))
        : COURT_DAYS.add(deliveredOn, random.nextInt(6));
    Instant recordedAt = later(delivered.plusSeconds(60L * (30 + random.nextInt(240))),
        LondonTime.at(appointment, 16 * 60 + random.nextInt(90)));
    Handover.FirstAppointment firstAppointment = random.nextDouble() < CaseMix.FIRST_APPOINTMENT_RECORDED
        && appointment.isBefore(asOf) && recordedAt.isBefore(asOfStart)
        ? new Handover.FirstAppointment(appointment, staff.pick(staff.crcPractitioners, random).username(), recordedAt)
        : null;
    LocalDate reviewDue = COURT_DAYS.add(deliveredOn, ReviewTask.WORKING_DAYS);
    Instant reviewedAt = LondonTime.at(COURT_DAYS.add(deliveredOn, 1 + random.nextInt(8)), 9 * 60 + random.nextInt(480));
    ReviewDone review = null;
    if (reviewedAt.isBefore(asOfStart)
        && random.nextDouble() < (reviewDue.isBefore(asOf) ? CaseMix.REVIEW_DONE : CaseMix.REVIEW_DONE_BEFORE_DUE)) {
      Worker reviewer = staff.pick(staff.crcReviewers, random);
      review = new ReviewDone(reviewer.username(), reviewer.name(), reviewedAt);
    }
    return new HandoverToLoad(person.details(), person.limitedAccess() == null ? null : person.limitedAccess().contact(),
        report, roshHistory(risk, ids), sentence, registrations(risk, lateEntry, ids, deliveredOn), delivered,
        acknowledgement, firstAppointment, review);
  }

  private static List<RoshAssessment> roshHistory(RiskToLoad risk, KnownIds ids) {
    LoadedScreening s = risk.screening();
    if (s == null) {
      return List.of();
    }
    return List.of(new RoshAssessment(ids.screeningId() == null ? 0 : ids.screeningId(), risk.crn(),
        AssessmentKind.SCREENING, s.stage(), s.levels(), s.completedOn(), s.completedBy(), null, true,
        LondonTime.at(s.completedOn(), 17 * 60)));
  }

  /** The registrations made by the day of delivery, except one entered after it, with their review dates as they stood. */
  private List<Registration> registrations(RiskToLoad risk, @Nullable LoadedRegistration lateEntry, KnownIds ids,
      LocalDate deliveredOn) {
    List<Registration> handedOver = new ArrayList<>();
    for (int i = 0; i < risk.registrations().size(); i++) {
      LoadedRegistration loaded = risk.registrations().get(i);
      NewRegistration r = loaded.registration();
      if (loaded != lateEntry && !r.registeredOn().isAfter(deliveredOn)) {
        handedOver.add(new Registration(ids.registrationId(i), risk.crn(), r.type(), r.level(), r.mappaCategory(),
            r.mappaLevel(), r.notes(), r.registeredOn(), loaded.registeredBy(), r.reviewInterval(),
            nextReviewAsAt(loaded, deliveredOn), null, null, 0));
      }
    }
    return handedOver;
  }

  /**
   * The review date a registration had on a day: a registration whose reviews were kept up had its
   * next one after that day; one never reviewed still had its first.
   */
  private LocalDate nextReviewAsAt(LoadedRegistration loaded, LocalDate day) {
    NewRegistration r = loaded.registration();
    LocalDate first = r.registeredOn().plusMonths(r.reviewInterval());
    boolean neverReviewed = loaded.nextReviewOn().equals(first) && !first.isAfter(asOf);
    LocalDate next = first;
    while (!neverReviewed && !next.isAfter(day)) {
      next = next.plusMonths(r.reviewInterval());
    }
    return next;
  }

  /** A time in working hours within two court days of delivery, or null when that is not before the as-of day. */
  private @Nullable Instant workingTimeAfter(Instant delivered, LocalDate deliveredOn, SplittableRandom random) {
    Instant at = LondonTime.at(COURT_DAYS.add(deliveredOn, random.nextInt(3)), 9 * 60 + random.nextInt(480));
    if (!at.isAfter(delivered.plusSeconds(20 * 60))) {
      at = delivered.plusSeconds(60L * (20 + random.nextInt(60)));
    }
    return at.isBefore(asOfStart) ? at : null;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
