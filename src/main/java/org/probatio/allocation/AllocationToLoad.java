package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.Provider;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.Sentence;
import org.probatio.people.PersonDetails;
import org.probatio.risk.Registration;
import org.probatio.risk.RoshAssessment;

/**
 * A sentenced case for bulk loading, as if its sentence had been recorded and the case decided on
 * screen: the case, and its decision once one was made. {@code openedAt} is when the sentence was
 * recorded; {@code assessedFrom} the day the report began (the sentence date without a report).
 */
public record AllocationToLoad(
    String crn,
    long sentenceId,
    LocalDate sentenceDate,
    String courtProviderCode,
    LocalDate assessedFrom,
    boolean mandateForChange,
    Instant openedAt,
    @Nullable DecisionToLoad decision) {

  /**
   * A decision on the case. The load runs the policy of this version on the facts, exactly as read
   * when the case was decided, so the stored decision replays; the provider is the policy's unless
   * overridden. An override not yet approved leaves the case waiting.
   */
  public record DecisionToLoad(
      String policyVersion,
      AllocationFacts facts,
      @Nullable Long roshAssessmentId,
      String decidedBy,
      Instant decidedAt,
      @Nullable OverrideToLoad override,
      @Nullable HandoverToLoad handover) {}

  /** An override to another provider with its reason, and a senior practitioner's approval once given. */
  public record OverrideToLoad(Provider provider, String reason, @Nullable Approval approval) {}

  /** Who approved an override, when, and with what note. */
  public record Approval(String by, Instant at, @Nullable String note) {}

  /**
   * The handover that follows a final decision to a provider other than the court's: the records the
   * package is assembled from as they stood at delivery, and what the receiving provider has done
   * since. {@code withheldContact} names whom to ask about a limited-access person, whose details are
   * then kept out of the package.
   */
  public record HandoverToLoad(
      PersonDetails person,
      @Nullable String withheldContact,
      @Nullable PreSentenceReport report,
      List<RoshAssessment> roshHistory,
      Sentence sentence,
      List<Registration> registrations,
      Instant deliveredAt,
      Handover.@Nullable Acknowledgement acknowledgement,
      Handover.@Nullable FirstAppointment firstAppointment,
      @Nullable ReviewDone review) {

    public HandoverToLoad {
      roshHistory = List.copyOf(roshHistory);
      registrations = List.copyOf(registrations);
    }
  }

  /** The receiving provider's review of the initial risk assessment, once done. */
  public record ReviewDone(String by, String name, Instant at) {}
}
