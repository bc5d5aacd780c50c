package org.probatio.allocation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probatio.allocation.LikelyMisallocation.Direction;
import org.probatio.allocation.internal.AllocationRepository;
import org.probatio.allocation.internal.CaseFacts;
import org.probatio.allocation.policy.Gender;
import org.probatio.allocation.policy.ProviderDecision;
import org.probatio.allocation.policy.ProviderPolicies;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.TransformingRehabilitation2014;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPictures;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely misallocations under Transforming Rehabilitation: final allocations whose provider differs
 * from what the policy gives for the factors on record when they were made. That catches overrides
 * against the policy, and risk records dated on or before the decision but entered after it (which the
 * decision could not see). A case since escalated to the NPS is not counted.
 */
@Service
public class Misallocations {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final AllocationRepository repository;
  private final RiskPictures risk;
  private final CurrentUser currentUser;

  Misallocations(AllocationRepository repository, RiskPictures risk, CurrentUser currentUser) {
    this.repository = repository;
    this.risk = risk;
    this.currentUser = currentUser;
  }

  /** Allocations decided in the period (inclusive) at the user's courts that look wrong, oldest first. */
  @Transactional(readOnly = true)
  public List<LikelyMisallocation> between(LocalDate from, LocalDate to) {
    CaseScope scope = currentUser.scope();
    List<LikelyMisallocation> found = new ArrayList<>();
    for (AllocationDecision decision : repository.finalAllocations(from, to, scope.providerCodes(), scope.allProviders())) {
      likelyMisallocation(decision).ifPresent(found::add);
    }
    return found;
  }

  private Optional<LikelyMisallocation> likelyMisallocation(AllocationDecision decision) {
    if (!TransformingRehabilitation2014.VERSION.equals(decision.policyVersion())
        || repository.escalatedSince(decision.crn(), decision.decidedAt())) {
      return Optional.empty();
    }
    if (decision.provider() != decision.policyProvider()) {
      return Optional.of(new LikelyMisallocation(decision, direction(decision.provider()),
          "The policy gave the " + decision.policyProvider().label() + "; overridden: " + decision.overrideReason()));
    }
    LocalDate decidedOn = LocalDate.ofInstant(decision.decidedAt(), LONDON);
    RiskPicture onRecord = datedOnOrBefore(risk.of(decision.crn()), decidedOn);
    org.probatio.people.Gender gender = decision.facts().gender().value() == Gender.FEMALE
        ? org.probatio.people.Gender.FEMALE : org.probatio.people.Gender.MALE;
    ProviderDecision recorded = ProviderPolicies.byVersion(decision.policyVersion())
        .decide(CaseFacts.from(gender, onRecord, decision.facts().mandateForChange()));
    if (recorded.provider() != decision.provider()) {
      return Optional.of(new LikelyMisallocation(decision, direction(decision.provider()),
          "Records dated on or before the decision but entered after it give: " + recorded.decidedBy()));
    }
    return Optional.empty();
  }

  private static Direction direction(Provider wentTo) {
    return wentTo == Provider.CRC ? Direction.NPS_CASE_AT_CRC : Direction.CRC_CASE_AT_NPS;
  }

  /** The person's current risk records, keeping only those dated on or before the day. */
  private static RiskPicture datedOnOrBefore(RiskPicture picture, LocalDate day) {
    return new RiskPicture(picture.crn(),
        picture.rosh() != null && !picture.rosh().completedOn().isAfter(day) ? picture.rosh() : null,
        picture.scores() != null && !picture.scores().calculatedOn().isAfter(day) ? picture.scores() : null,
        picture.registrations().stream().filter(r -> !r.registeredOn().isAfter(day)).toList(),
        picture.needs() != null && !picture.needs().assessedOn().isAfter(day) ? picture.needs() : null);
  }
}
