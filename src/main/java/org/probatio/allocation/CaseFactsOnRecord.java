package org.probatio.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.probatio.allocation.internal.CaseFacts;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.Fact;
import org.probatio.court.OrderType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.people.Gender;
import org.probatio.risk.RiskPicture;

/**
 * What the allocation policies read about a sentenced case, from what is on record: whether its
 * sentence gives a mandate for change, and the facts, each with its source and date. Pure: the records
 * are read by the caller. Deciding a case reads them this way, and so must anything that loads
 * decisions in bulk, so that every stored decision replays.
 */
public final class CaseFactsOnRecord {

  /** Requirements that restrict rather than change: with unpaid work, they give no mandate for change. */
  private static final Set<RequirementType> NO_MANDATE = Set.of(RequirementType.UNPAID_WORK, RequirementType.CURFEW,
      RequirementType.EXCLUSION, RequirementType.PROHIBITED_ACTIVITY, RequirementType.FOREIGN_TRAVEL_PROHIBITION,
      RequirementType.RESIDENCE);

  private CaseFactsOnRecord() {}

  /** Custody, or any requirement that asks the person to change rather than only restricting them. */
  public static boolean mandateForChange(OrderType orderType, List<Requirement> requirements) {
    return orderType.custody() || orderType == OrderType.POST_SENTENCE_SUPERVISION
        || requirements.stream().anyMatch(requirement -> !NO_MANDATE.contains(requirement.type()));
  }

  /** The facts of a case sentenced on {@code sentenceDate}, from the person's gender and current risk picture. */
  public static AllocationFacts facts(Gender gender, RiskPicture risk, boolean mandateForChange, LocalDate sentenceDate) {
    return CaseFacts.from(gender, risk, Fact.from(mandateForChange, "sentence", sentenceDate));
  }
}
