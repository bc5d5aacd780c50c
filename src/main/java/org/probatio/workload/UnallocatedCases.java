package org.probatio.workload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.Handovers;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.court.OrderType;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.probatio.workload.internal.CaseloadRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases waiting at the user's providers for a practitioner, as the allocating senior practitioner
 * lists them: the longest waiting first, each with the person's name, the first appointment from the
 * handover (if there was one), and whether the person is known to the service and to whom. A few
 * queries for the whole list, never one per case; the showing is audited.
 */
@Service
public class UnallocatedCases {

  public static final int MOST_LISTED = 500;

  /** What to narrow the list to; each part null for any. {@code tier} is a protect level ("B") or a tier ("B2"). */
  public record Filter(@Nullable String tier, @Nullable OrderType orderType, @Nullable Integer waitingDays) {

    public static Filter none() {
      return new Filter(null, null, null);
    }
  }

  /**
   * A waiting case. {@code previous} is the person's latest practitioner on any case (null if they never
   * had one); {@code known} says whether the service has held the person before.
   */
  public record Waiting(ProviderCase providerCase, String name, @Nullable LocalDate firstAppointment, boolean known,
      @Nullable PractitionerAllocation previous, @Nullable StaffMember previousPractitioner) {

    public Duration waited(Instant now) {
      return Duration.between(providerCase.providerAllocatedAt(), now);
    }
  }

  private final CaseloadRepository repository;
  private final People people;
  private final Handovers handovers;
  private final Workforce workforce;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final Clock clock;

  UnallocatedCases(CaseloadRepository repository, People people, Handovers handovers, Workforce workforce,
      CurrentUser currentUser, AuditTrail audit, Clock clock) {
    this.repository = repository;
    this.people = people;
    this.handovers = handovers;
    this.workforce = workforce;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  /** The cases waiting that the user may see, the longest waiting first, at most {@value #MOST_LISTED}. */
  @Transactional
  public List<Waiting> waiting(Filter filter) {
    CaseScope scope = currentUser.scope();
    Instant since = filter.waitingDays() == null ? null : clock.instant().minus(Duration.ofDays(filter.waitingDays()));
    List<ProviderCase> cases = repository.unallocated(scope.providerCodes(), scope.allProviders(), filter.tier(),
        filter.orderType(), since, MOST_LISTED);
    Set<String> crns = cases.stream().map(ProviderCase::crn).collect(Collectors.toCollection(LinkedHashSet::new));
    // limited-access people the user is kept from are left out, as they are from allocating
    Map<String, String> names = people.summaries(crns).stream().filter(p -> !p.limited() && p.name() != null)
        .collect(Collectors.toMap(PersonSummary::crn, PersonSummary::name));
    List<ProviderCase> shown = cases.stream().filter(c -> names.containsKey(c.crn())).toList();
    if (shown.isEmpty()) {
      return List.of();
    }
    Map<Long, LocalDate> appointments = handovers.firstAppointments(shown.stream().map(ProviderCase::decisionId).toList());
    Map<String, PractitionerAllocation> latest = repository.latestPractitioners(names.keySet());
    Set<String> earlier = repository.withEarlierCases(names.keySet());
    Map<String, StaffMember> staff = workforce.staffMembers(latest.values().stream()
        .map(PractitionerAllocation::staffCode).collect(Collectors.toSet()));
    audit.record(AuditAction.VIEW, PractitionerAllocations.AUDIT_SUBJECT, null,
        Map.of("list", "cases waiting for a practitioner", "crns", List.copyOf(names.keySet())));
    return shown.stream().map(c -> {
      PractitionerAllocation previous = latest.get(c.crn());
      return new Waiting(c, names.get(c.crn()), appointments.get(c.decisionId()),
          previous != null || earlier.contains(c.crn()), previous,
          previous == null ? null : staff.get(previous.staffCode()));
    }).toList();
  }
}
