package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;
import org.probatio.web.Dates;

/**
 * A handover to the provider that now has the case: the package as it was delivered, its checklist
 * of what was missing, who at the receiving provider acknowledged it, and the date of the person's
 * first appointment there. A first appointment before the day of delivery is flagged: the
 * practitioner met the person without the information.
 */
public record Handover(
    long id,
    String crn,
    long decisionId,
    DecisionKind kind,
    String fromProviderCode,
    String toProviderCode,
    Instant assembledAt,
    HandoverPackage contents,
    List<MissingItem> missing,
    Instant deliveredAt,
    @Nullable Acknowledgement acknowledgement,
    @Nullable FirstAppointment firstAppointment,
    int version) {

  /** Deliveries, acknowledgements and appointments are dated in London time. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  public Handover {
    missing = List.copyOf(missing);
  }

  /** The named person who acknowledged receipt, and when. */
  public record Acknowledgement(String username, String name, Instant at) {}

  /** The person's first appointment with the receiving provider, and who recorded it when. */
  public record FirstAppointment(LocalDate on, String recordedBy, Instant recordedAt) {}

  public LocalDate deliveredOn() {
    return LocalDate.ofInstant(deliveredAt, LONDON);
  }

  public boolean acknowledged() {
    return acknowledgement != null;
  }

  /** Whether the checklist found nothing missing. */
  public boolean complete() {
    return missing.isEmpty();
  }

  public @Nullable LocalDate firstAppointmentOn() {
    return firstAppointment == null ? null : firstAppointment.on();
  }

  /** The flag: the person's first appointment came before the package reached the receiving provider. */
  public boolean firstAppointmentBeforeDelivery() {
    return firstAppointment != null && firstAppointment.on().isBefore(deliveredOn());
  }

  /** What is wrong with this date for the first appointment. Pure: today is an input. */
  public List<FieldError> firstAppointmentProblems(@Nullable LocalDate on, LocalDate today) {
    List<FieldError> problems = new ArrayList<>();
    if (on == null) {
      problems.add(new FieldError("date", "Enter the date of the first appointment"));
      return problems;
    }
    LocalDate sentenced = contents.sentence() == null ? null : contents.sentence().sentenceDate();
    if (sentenced != null && on.isBefore(sentenced)) {
      problems.add(new FieldError("date", "The first appointment cannot be before the sentence on "
          + Dates.inWords(sentenced)));
    }
    if (on.isAfter(today.plusYears(1))) {
      problems.add(new FieldError("date", "The first appointment must be within a year from today"));
    }
    return problems;
  }
}
