package org.probatio.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.probatio.demo.GeneratedPerson.LimitedAccessCase;
import org.probatio.allocation.Tiers;
import org.probatio.people.PeopleBulkLoad;
import org.probatio.security.LimitedAccess;
import org.probatio.security.LimitedAccess.AccessLists;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.probatio.workload.PractitionerAllocations;
import org.probatio.workload.Workloads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a generated region into an empty database in one transaction: the organisation and its
 * workload reductions, the demo users, the people and the access lists of the limited-access cases,
 * then their risk, court episodes, allocations and the cases providers hold with their practitioners,
 * then everyone's tier, and last every practitioner's workload figure. A failure leaves nothing.
 */
@Service
public class DemoRegionLoad {

  public sealed interface Outcome {

    record Loaded(RegionSummary summary) implements Outcome {}

    record Refused(String reason) implements Outcome {}
  }

  /** What a load tells its caller as it goes. */
  public interface Progress {

    /** How many people have been given a CRN so far. */
    void peopleLoaded(long people);

    /** Every record is in; the practitioners' workload figures are being worked out. */
    default void workingOutFigures() {}
  }

  /** Recorded as the creator of every generated person record. */
  static final String LOADED_BY = "generator";

  private final Workforce workforce;
  private final Reductions reductions;
  private final PeopleBulkLoad people;
  private final DemoAccounts accounts;
  private final LimitedAccess limitedAccess;
  private final CaseHistoryLoad histories;
  private final Tiers tiers;
  private final Workloads workloads;

  DemoRegionLoad(Workforce workforce, Reductions reductions, PeopleBulkLoad people, DemoAccounts accounts,
      LimitedAccess limitedAccess, CaseHistoryLoad histories, Tiers tiers, Workloads workloads) {
    this.workforce = workforce;
    this.reductions = reductions;
    this.people = people;
    this.accounts = accounts;
    this.limitedAccess = limitedAccess;
    this.histories = histories;
    this.tiers = tiers;
    this.workloads = workloads;
  }

  @Transactional
  public Outcome load(RegionGenerator region, Progress progress) {
    if (workforce.hasAnyProvider() || people.hasAnyPerson()) {
      return new Outcome.Refused("The database already has providers or people in it."
          + " Generate a region only into an empty database.");
    }
    workforce.load(region.organisation());
    reductions.load(region.reductions(), LOADED_BY);
    // access lists may only name existing users, so the demo users come first
    accounts.createWithUnknownPasswords(region.demoStaff());
    Tally tally = new Tally();
    List<AccessLists> lists = new ArrayList<>();
    String[] crns = new String[region.peopleCount()];
    people.load(region.people(), LOADED_BY, (person, crn) -> {
      crns[person.index()] = crn.value();
      tally.count(person);
      progress.peopleLoaded(tally.people());
      LimitedAccessCase limited = person.limitedAccess();
      if (limited != null) {
        lists.add(new AccessLists(crn.value(), limited.contact(), limited.reason(),
            Set.of(limited.excludedUsername()), Set.of()));
      }
    });
    lists.forEach(limitedAccess::set);
    CaseCounts cases = histories.load(region, List.of(crns), LOADED_BY);
    tiers.recalculateEveryone(calculated -> {});
    progress.workingOutFigures();
    workloads.recomputeEveryone(figures -> {});
    List<String> practitioners = region.organisation().staff().stream()
        .filter(s -> PractitionerAllocations.CASE_HOLDING_GRADES.contains(s.grade())).map(StaffMember::code).toList();
    Caseloads caseloads = Caseloads.of(workloads.figures(practitioners).values());
    return new Outcome.Loaded(tally.summary(region).withCases(cases, caseloads));
  }
}
