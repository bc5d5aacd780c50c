package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationToLoad;
import org.probatio.allocation.AllocationToLoad.Approval;
import org.probatio.allocation.AllocationToLoad.DecisionToLoad;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.AllocationToLoad.OverrideToLoad;
import org.probatio.allocation.CaseFactsOnRecord;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.ProviderDecision;
import org.probatio.allocation.policy.ProviderPolicy;
import org.probatio.calendar.rules.WorkingDays;
import org.probatio.court.Deadlines;
import org.probatio.court.NewSentence;
import org.probatio.demo.CaseStaff.Worker;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPicture.ActiveRegistration;
import org.probatio.risk.RiskPicture.CurrentRosh;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.risk.RiskToLoad.LoadedScreening;

/**
 * The allocation of a generated sentence: the case opened when the sentence was recorded, and, once
 * its day has come, the decision the region's policy makes on the facts as they stood that day (read
 * as allocation reads them), so every decision replays.
 *
 * <p>Under TR-2014, an NPS case the policy would send to the CRC stays with the NPS on an override a
 * senior practitioner approved; a CRC case is handed over (see {@link HandoverGenerator}). A few CRC
 * allocations get a public interest registration dated before the decision but entered after it:
 * likely misallocations, since the records now meet an NPS criterion.
 *
 * <p>Under UNIFIED-2021 every case goes to the court's own region with its tier: nothing is handed
 * over, nothing overridden, and no registration is entered late, since one entered late would change
 * the tier but never the provider, and likely misallocations are counted only for TR-2014 decisions.
 */
final class AllocationGenerator {

  private static final WorkingDays COURT_DAYS = WorkingDays.englandAndWales();
  private static final List<String> OVERRIDE_REASONS = List.of(
      "Domestic abuse with children in the household: the NPS keeps the case until the full RoSH analysis is done",
      "Further serious charges are waiting to be heard at the Crown Court",
      "The victim is in the victim contact scheme, which the NPS runs",
      "The screening rests on little information and the history is of serious violence: the NPS holds the case");

  /**
   * What was decided on a case, before any handover: the facts and the policy's decision on them,
   * when and by whom, an override of it, and a registration entered after it.
   */
  record Decision(AllocationFacts facts, ProviderDecision policy, Instant decidedAt, String decidedBy,
      @Nullable OverrideToLoad override, @Nullable LoadedRegistration lateEntry) {

    /** The case goes to the CRC, from the NPS court: a handover follows. */
    boolean handedOver() {
      return override == null && policy.provider() == Provider.CRC;
    }
  }

  private final LocalDate asOf;
  private final Instant asOfStart;
  private final ProviderPolicy policy;
  private final String courtProviderCode;
  private final CaseStaff staff;

  AllocationGenerator(LocalDate asOf, ProviderPolicy policy, String courtProviderCode, CaseStaff staff) {
    this.asOf = asOf;
    this.asOfStart = asOf.atStartOfDay(Deadlines.COURT_ZONE).toInstant();
    this.policy = policy;
    this.courtProviderCode = courtProviderCode;
    this.staff = staff;
  }

  /** The decision on the sentence, read from the records as they stood on its day; null while the case waits. */
  @Nullable Decision decide(GeneratedPerson person, Timeline t, RiskToLoad risk, NewSentence sentence,
      SplittableRandom random) {
    if (!t.decided()) {
      return null;
    }
    LocalDate sentenceDay = sentence.sentenceDate();
    LocalDate decisionDay = Objects.requireNonNull(t.decisionDay());
    AllocationFacts facts = CaseFactsOnRecord.facts(person.details().gender(), asOn(decisionDay, risk),
        mandate(sentence), sentenceDay);
    ProviderDecision decided = policy.decide(facts);
    Instant decidedAt = decisionDay.equals(sentenceDay) ? opened(t).plusSeconds(60L * (15 + random.nextInt(105)))
        : LondonTime.at(decisionDay, 9 * 60 + random.nextInt(8 * 60));
    if (person.providerCode().equals(courtProviderCode) && decided.provider() == Provider.CRC) {
      Worker decider = staff.pick(staff.caseAdministrators, random);
      return new Decision(facts, decided, decidedAt, decider.username(), override(decisionDay, decidedAt, random),
          null);
    }
    LoadedRegistration lateEntry = decided.provider() == Provider.CRC
        && random.nextDouble() < CaseMix.BACK_DATED_REGISTRATION ? lateEntry(decisionDay, random) : null;
    return new Decision(facts, decided, decidedAt, staff.pick(staff.allocators, random).username(), null, lateEntry);
  }

  /** The case to load: opened when the sentence was recorded, with its decision and handover if made. */
  AllocationToLoad toLoad(String crn, Timeline t, NewSentence sentence, @Nullable Decision decision,
      @Nullable HandoverToLoad handover, KnownIds ids) {
    DecisionToLoad decided = decision == null ? null : new DecisionToLoad(policy.version(), decision.facts(),
        ids.screeningId(), decision.decidedBy(), decision.decidedAt(), decision.override(), handover);
    return new AllocationToLoad(crn, ids.sentenceId(), sentence.sentenceDate(), courtProviderCode,
        Objects.requireNonNull(t.assessedFrom()), mandate(sentence), opened(t), decided);
  }

  private static boolean mandate(NewSentence sentence) {
    return CaseFactsOnRecord.mandateForChange(Objects.requireNonNull(sentence.orderType()), sentence.requirements());
  }

  /** The case opens as the sentence is recorded. */
  private static Instant opened(Timeline t) {
    return Objects.requireNonNull(t.sentenceRecordedAt()).plusSeconds(2);
  }

  /** A public interest registration dated a few days before the decision, entered after it. */
  private LoadedRegistration lateEntry(LocalDate decisionDay, SplittableRandom random) {
    LocalDate registeredOn = decisionDay.minusDays(1 + random.nextInt(20));
    int months = RegisterType.RPIR.reviewEveryMonths();
    LocalDate nextReview = registeredOn.plusMonths(months);
    while (!nextReview.isAfter(asOf)) {
      nextReview = nextReview.plusMonths(months);
    }
    return new LoadedRegistration(new NewRegistration(RegisterType.RPIR, null, registeredOn, null, null, null,
        "Case attracting local media attention; entered after allocation"), nextReview,
        staff.pick(staff.officers, random).username());
  }

  /** The NPS keeps its case against the policy, with the approval of a senior practitioner (unless still waiting). */
  private OverrideToLoad override(LocalDate decisionDay, Instant decidedAt, SplittableRandom random) {
    boolean stillWaiting = decisionDay.equals(COURT_DAYS.add(asOf, -1)) && random.nextDouble() < CaseMix.OVERRIDE_STILL_WAITING;
    Instant approvedAt = decidedAt.plusSeconds(60L * (20 + random.nextInt(220)));
    Approval approval = stillWaiting || !approvedAt.isBefore(asOfStart) ? null
        : new Approval(staff.pick(staff.seniors, random).username(), approvedAt,
            random.nextBoolean() ? null : "Agreed: review once the full analysis is done");
    return new OverrideToLoad(Provider.NPS, NameLists.pick(OVERRIDE_REASONS, random), approval);
  }

  /**
   * The person's risk as allocation would have read it on the day: the screening if completed by then,
   * and the registrations made by then, in the order they are read back.
   */
  static RiskPicture asOn(LocalDate day, RiskToLoad risk) {
    LoadedScreening s = risk.screening();
    CurrentRosh rosh = s == null || s.completedOn().isAfter(day) ? null
        : new CurrentRosh(0, AssessmentKind.SCREENING, s.stage(), s.levels().overall(), s.completedOn());
    List<ActiveRegistration> registrations = new ArrayList<>();
    for (LoadedRegistration r : risk.registrations()) {
      NewRegistration n = r.registration();
      if (!n.registeredOn().isAfter(day)) {
        registrations.add(new ActiveRegistration(0, n.type(), n.mappaCategory(), n.mappaLevel(), n.registeredOn()));
      }
    }
    return new RiskPicture(risk.crn(), rosh, null, registrations, null);
  }
}
