package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationToLoad;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.CaseFactsOnRecord;
import org.probatio.allocation.policy.ProviderPolicy;
import org.probatio.allocation.policy.Tier;
import org.probatio.allocation.policy.TierModelV2;
import org.probatio.court.CourtToLoad;
import org.probatio.court.NewSentence;
import org.probatio.demo.AllocationGenerator.Decision;
import org.probatio.demo.CaseStaff.Worker;
import org.probatio.demo.Offences.Profile;
import org.probatio.demo.Region.Town;
import org.probatio.people.Address;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.StaffMember;
import org.probatio.workload.WorkloadToLoad;
import org.probatio.workload.WorkloadToLoad.AuthoredReport;
import org.probatio.workload.WorkloadToLoad.HeldCase;

/**
 * Makes a generated person's risk, latest court episode and its allocation, and who holds the case,
 * from random sources of their own (seeded from the region's seed and their position, one for each
 * part), so a person's history can be made again, in any order and in part, with the same result: the
 * risk alone to load it, the court records again with the risk's ids, the whole again with the court's
 * ids, and the workload records with the allocation's.
 */
final class CaseHistoryGenerator {

  private final long seed;
  private final LocalDate asOf;
  private final CaseStaff staff;
  private final List<Town> towns;
  private final TimelineGenerator timelines;
  private final RiskGenerator risks;
  private final CourtEpisodeGenerator episodes;
  private final AllocationGenerator allocations;
  private final HandoverGenerator handovers;
  private final CaseloadGenerator caseloads;
  /** The limited-access case the demo practitioner holds, by position; -1 when none has a practitioner. */
  private final int demoPractitionersCase;

  /**
   * @param drawn the region's people as drawn, by position, before their responsible officers are known
   * @param limitedAccessCases the positions of the limited-access cases, in order
   */
  CaseHistoryGenerator(long seed, LocalDate asOf, ProviderPolicy policy, Organisation organisation,
      String courtProviderCode, Map<DemoUser, StaffMember> demoStaff, List<Town> towns, RiskGenerator risks,
      ReductionGenerator.Generated reductions, IntFunction<GeneratedPerson> drawn, IntStream limitedAccessCases) {
    this.seed = seed;
    this.asOf = asOf;
    this.staff = new CaseStaff(organisation, courtProviderCode, demoStaff);
    this.towns = towns;
    this.timelines = new TimelineGenerator(asOf);
    this.risks = risks;
    this.episodes = new CourtEpisodeGenerator(courtProviderCode, asOf, staff);
    this.allocations = new AllocationGenerator(asOf, policy, courtProviderCode, staff);
    this.handovers = new HandoverGenerator(asOf, staff);
    this.caseloads = new CaseloadGenerator(seed, asOf, organisation, courtProviderCode, reductions, demoStaff, staff);
    // the first limited-access case with a practitioner is the demo practitioner's, so a demo always shows one
    this.demoPractitionersCase = limitedAccessCases
        .filter(i -> held(drawn.apply(i), -1).map(h -> h.practitionerCode() != null).orElse(false))
        .findFirst().orElse(-1);
  }

  /** How much of a history to make. */
  private enum Part { RISK, COURT, ALL }

  /** The whole history, with the ids the risk and court records were given (0 where not yet known). */
  CaseHistory history(GeneratedPerson person, String crn, KnownIds ids) {
    return make(person, crn, ids, Part.ALL);
  }

  /** The person's risk, as their history has it. */
  RiskToLoad risk(GeneratedPerson person, String crn) {
    return make(person, crn, KnownIds.NONE, Part.RISK).risk();
  }

  /** The person's court episode, if any, with the ids their risk records were given. */
  @Nullable CourtToLoad court(GeneratedPerson person, String crn, KnownIds ids) {
    return make(person, crn, ids, Part.COURT).court();
  }

  /**
   * The case the person's provider holds, if a decision has given it one: where, when, with what tier and
   * which practitioners, the current one last.
   */
  Optional<CaseloadGenerator.Held> held(GeneratedPerson person) {
    return held(person, demoPractitionersCase);
  }

  /** The person as drawn, with the practitioner of their case as their responsible officer (none without one). */
  GeneratedPerson withResponsibleOfficer(GeneratedPerson person) {
    String officer = held(person).map(CaseloadGenerator.Held::practitionerCode).orElse(null);
    return person.withResponsibleOfficer(officer == null ? null : staff.member(officer));
  }

  /**
   * What the person adds to the workload records, with the ids their court and allocation records were
   * given (0 where not yet known): the case their provider holds and the report written about them.
   */
  WorkloadToLoad workload(GeneratedPerson person, String crn, KnownIds ids) {
    Drawn d = draw(person, crn);
    Timeline t = d.timeline();
    AuthoredReport report = t.reportType() == null ? null
        : new AuthoredReport(ids.reportIdOrZero(), d.author().member().code(), t.reportType(),
            Objects.requireNonNull(t.reportRequestedAt()), t.reportCompletedAt());
    NewSentence sentence = d.sentence();
    HeldCase heldCase = held(person, d, demoPractitionersCase).map(h -> new HeldCase(ids.allocationCaseId(),
        ids.decisionId(), h.providerCode(), h.providerAllocatedAt(), ids.sentenceId(),
        Objects.requireNonNull(sentence.orderType()), sentence.sentenceDate(), sentence.lengthMonths(),
        sentence.expectedReleaseDate(), h.tier(), h.practitioners())).orElse(null);
    return new WorkloadToLoad(crn, heldCase, report);
  }

  private Optional<CaseloadGenerator.Held> held(GeneratedPerson person, int demoCase) {
    return held(person, draw(person, person.crnInEmptyDatabase().value()), demoCase);
  }

  private Optional<CaseloadGenerator.Held> held(GeneratedPerson person, Drawn d, int demoCase) {
    Decision decision = d.decision();
    Instant finalAt = decision == null ? null : CaseloadGenerator.finalAt(decision);
    if (decision == null || finalAt == null) {
      return Optional.empty();
    }
    NewSentence sentence = Objects.requireNonNull(d.sentence());
    // the tier the decision was stored with, as allocation stores it
    Tier decided = decision.policy().tier() != null ? decision.policy().tier()
        : TierModelV2.calculate(decision.facts().tierInput());
    RiskPicture now = AllocationGenerator.asOn(asOf, d.loaded());
    Tier current = TierModelV2.calculate(CaseFactsOnRecord.facts(person.details().gender(), now,
        decision.facts().mandateForChange().value(), sentence.sentenceDate()).tierInput());
    return Optional.of(caseloads.held(person, caseloads.providerOf(decision), finalAt, decided.code(),
        CaseRisks.of(now, decided, current), person.index() == demoCase));
  }

  /**
   * What a history is drawn from, up to the decision on the case: the plan, who wrote the report, the
   * risk (as drawn, and as loaded with any registration entered late), the sentence and the decision,
   * with the random sources the rest is made from.
   */
  private record Drawn(Timeline timeline, Worker author, RiskToLoad risk, RiskToLoad loaded, @Nullable String town,
      @Nullable Profile profile, @Nullable NewSentence sentence, @Nullable Decision decision,
      @Nullable SplittableRandom courtRandom, @Nullable SplittableRandom handoverRandom) {}

  private Drawn draw(GeneratedPerson person, String crn) {
    SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + person.index() * 0x94D049BB133111EBL + 1);
    Timeline t = timelines.plan(random.split());
    Worker author = staff.author(t.reportType(), random);
    Worker officer = staff.pick(staff.officers, random);
    RiskToLoad risk = risks.forPerson(person, crn, t.screening(),
        (t.screening().stage() == AssessmentStage.COURT_REPORT ? author : officer).username());
    if (!t.hasEpisode()) {
      return new Drawn(t, author, risk, risk, null, null, null, null, null, null);
    }
    SplittableRandom courtRandom = random.split();
    SplittableRandom sentenceRandom = random.split();
    SplittableRandom allocationRandom = random.split();
    SplittableRandom handoverRandom = random.split();
    Profile profile = Profile.of(risk);
    Address address = person.details().address();
    String town = address != null ? address.town() : NameLists.pick(towns, sentenceRandom).name();
    NewSentence sentence = t.sentenced()
        ? SentenceGenerator.sentence(profile, town, Objects.requireNonNull(t.sentenceDay()), sentenceRandom) : null;
    Decision decision = sentence == null ? null : allocations.decide(person, t, risk, sentence, allocationRandom);
    RiskToLoad loaded = decision == null || decision.lateEntry() == null ? risk
        : RiskGenerator.withLateEntry(risk, decision.lateEntry());
    return new Drawn(t, author, risk, loaded, town, profile, sentence, decision, courtRandom, handoverRandom);
  }

  private CaseHistory make(GeneratedPerson person, String crn, KnownIds ids, Part part) {
    Drawn d = draw(person, crn);
    Timeline t = d.timeline();
    if (!t.hasEpisode()) {
      return new CaseHistory(t, d.risk(), null, null, null, null);
    }
    Decision decision = d.decision();
    LoadedRegistration lateEntry = decision == null ? null : decision.lateEntry();
    if (part == Part.RISK) {
      return new CaseHistory(t, d.loaded(), null, null, null, lateEntry);
    }
    NewSentence sentence = d.sentence();
    CourtToLoad court = episodes.episode(person, crn, t, d.risk(), d.author(), Objects.requireNonNull(d.town()),
        Objects.requireNonNull(d.profile()), sentence, ids, Objects.requireNonNull(d.courtRandom()));
    if (part == Part.COURT || sentence == null) {
      return new CaseHistory(t, d.loaded(), court, null, null, lateEntry);
    }
    HandoverToLoad handover = decision != null && decision.handedOver()
        // a limited-access person's package names whom to contact: their responsible officer
        ? handovers.handover(person.limitedAccess() == null ? person : withResponsibleOfficer(person), t, d.loaded(),
            lateEntry, Objects.requireNonNull(court.sentence()),
            court.report(), ids, decision.decidedAt(), Objects.requireNonNull(d.handoverRandom()))
        : null;
    AllocationToLoad allocation = allocations.toLoad(crn, t, sentence, decision, handover, ids);
    return new CaseHistory(t, d.loaded(), court, allocation, decision == null ? null : decision.policy(), lateEntry);
  }
}
