package org.probatio.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationToLoad;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.policy.ProviderPolicy;
import org.probatio.court.CourtToLoad;
import org.probatio.court.NewSentence;
import org.probatio.demo.AllocationGenerator.Decision;
import org.probatio.demo.CaseStaff.Worker;
import org.probatio.demo.Offences.Profile;
import org.probatio.demo.Region.Town;
import org.probatio.people.Address;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.StaffMember;

/**
 * Makes a generated person's risk, latest court episode and its allocation, from random sources of
 * their own (seeded from the region's seed and their position, one for each part), so a person's
 * history can be made again, in any order and in part, with the same result: the risk alone to load
 * it, the court records again with the risk's ids, and the whole again with the court's ids.
 */
final class CaseHistoryGenerator {

  private final long seed;
  private final CaseStaff staff;
  private final List<Town> towns;
  private final TimelineGenerator timelines;
  private final RiskGenerator risks;
  private final CourtEpisodeGenerator episodes;
  private final AllocationGenerator allocations;
  private final HandoverGenerator handovers;

  CaseHistoryGenerator(long seed, LocalDate asOf, ProviderPolicy policy, Organisation organisation,
      String courtProviderCode, Map<DemoUser, StaffMember> demoStaff, List<Town> towns, RiskGenerator risks) {
    this.seed = seed;
    this.staff = new CaseStaff(organisation, courtProviderCode, demoStaff);
    this.towns = towns;
    this.timelines = new TimelineGenerator(asOf);
    this.risks = risks;
    this.episodes = new CourtEpisodeGenerator(courtProviderCode, asOf, staff);
    this.allocations = new AllocationGenerator(asOf, policy, courtProviderCode, staff);
    this.handovers = new HandoverGenerator(asOf, staff);
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

  private CaseHistory make(GeneratedPerson person, String crn, KnownIds ids, Part part) {
    SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + person.index() * 0x94D049BB133111EBL + 1);
    Timeline t = timelines.plan(random.split());
    Worker author = staff.pick(staff.reportAuthors, random);
    Worker officer = staff.pick(staff.officers, random);
    RiskToLoad risk = risks.forPerson(person, crn, t.screening(),
        (t.screening().stage() == AssessmentStage.COURT_REPORT ? author : officer).username());
    if (!t.hasEpisode()) {
      return new CaseHistory(t, risk, null, null, null, null);
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
    LoadedRegistration lateEntry = decision == null ? null : decision.lateEntry();
    if (part == Part.RISK) {
      return new CaseHistory(t, loaded, null, null, null, lateEntry);
    }
    CourtToLoad court = episodes.episode(person, crn, t, risk, author, town, profile, sentence, ids, courtRandom);
    if (part == Part.COURT || sentence == null) {
      return new CaseHistory(t, loaded, court, null, null, lateEntry);
    }
    HandoverToLoad handover = decision != null && decision.handedOver()
        ? handovers.handover(person, t, loaded, decision.lateEntry(), Objects.requireNonNull(court.sentence()),
            court.report(), ids, decision.decidedAt(), handoverRandom)
        : null;
    AllocationToLoad allocation = allocations.toLoad(crn, t, sentence, decision, handover, ids);
    return new CaseHistory(t, loaded, court, allocation, decision == null ? null : decision.policy(), lateEntry);
  }
}
