package org.probatio.allocation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.DecisionKind;
import org.probatio.allocation.policy.Tier;
import org.probatio.allocation.policy.TierModelV2;

/**
 * A decision in plain words: what was decided, by whom and when, and whether the policy gives the same
 * answer on the recorded facts today. The tier is calculated again from those facts, so every factor's
 * points can be shown.
 */
public record Explanation(AllocationDecision decision, String summary, Tier tier, boolean replays) {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  static Explanation of(AllocationDecision decision, boolean replays) {
    return new Explanation(decision, summary(decision), TierModelV2.calculate(decision.facts().tierInput()), replays);
  }

  /**
   * As in "On 23 November 2026 at 10:04am allocator allocated this case to the National Probation
   * Service (N01) under policy TR-2014, 0 working days after sentence (on time)."
   */
  static String summary(AllocationDecision d) {
    String to = "the " + d.provider().label() + " (" + d.providerCode() + ")";
    String who = "On " + when(d.decidedAt()) + " " + d.decidedBy();
    String what;
    if (d.kind() == DecisionKind.ESCALATION) {
      what = " referred this case to " + to + " under policy " + d.policyVersion()
          + ", because its risk now meets a criterion for the National Probation Service";
    } else if (d.overridden()) {
      what = " overrode policy " + d.policyVersion() + ", which gives this case to the " + d.policyProvider().label()
          + ", and asked for it to go to " + to + " instead";
    } else {
      what = " allocated this case to " + to + " under policy " + d.policyVersion();
    }
    return who + what + timing(d.workingDays(), d.onTime()) + ".";
  }

  /** The decision's date and time in London, as in "23 November 2026 at 10:04am". */
  public static String when(@Nullable Instant at) {
    if (at == null) {
      return "";
    }
    var local = at.atZone(LONDON);
    return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }

  private static String timing(@Nullable Integer workingDays, @Nullable Boolean onTime) {
    if (workingDays == null || onTime == null) {
      return "";
    }
    return ", " + workingDays + (workingDays == 1 ? " working day" : " working days") + " after sentence ("
        + (onTime ? "on time" : "late: a case is due one working day after sentence") + ")";
  }
}
