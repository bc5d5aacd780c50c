package org.probatio.workload.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.probatio.court.OrderType;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.workforce.Workforce;
import org.probatio.workload.PractitionerAllocation;
import org.probatio.workload.PractitionerAllocations;
import org.probatio.workload.UnallocatedCases;
import org.probatio.workload.rules.TierCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cases waiting at the user's provider for a practitioner, filtered by tier, order and how long
 * they have waited; and a person's cases with who holds them now and who held them before.
 */
@Controller
class UnallocatedController {

  /** How long a case may have waited, at least, to be listed: the filter's choices in days. */
  static final List<Integer> WAITING_DAYS = List.of(1, 3, 7, 14);

  private final UnallocatedCases unallocated;
  private final PractitionerAllocations allocations;
  private final People people;
  private final Workforce workforce;
  private final CurrentUser currentUser;
  private final Clock clock;

  UnallocatedController(UnallocatedCases unallocated, PractitionerAllocations allocations, People people,
      Workforce workforce, CurrentUser currentUser, Clock clock) {
    this.unallocated = unallocated;
    this.allocations = allocations;
    this.people = people;
    this.workforce = workforce;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/practitioner-allocations")
  String list(@RequestParam(required = false) @Nullable String tier,
      @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String waiting,
      Model model) {
    String chosenTier = tierChoices().contains(tier) ? tier : null;
    OrderType chosenOrder = Arrays.stream(OrderType.values()).filter(o -> o.name().equals(order)).findFirst().orElse(null);
    Integer chosenWaiting = WAITING_DAYS.stream().filter(days -> String.valueOf(days).equals(waiting)).findFirst()
        .orElse(null);
    model.addAttribute("cases", unallocated.waiting(new UnallocatedCases.Filter(chosenTier, chosenOrder, chosenWaiting)));
    model.addAttribute("tiers", tierChoices());
    model.addAttribute("orders", OrderType.values());
    model.addAttribute("waitingDays", WAITING_DAYS);
    model.addAttribute("tier", chosenTier == null ? "" : chosenTier);
    model.addAttribute("order", chosenOrder == null ? "" : chosenOrder.name());
    model.addAttribute("waiting", chosenWaiting == null ? "" : chosenWaiting.toString());
    model.addAttribute("filtered", chosenTier != null || chosenOrder != null || chosenWaiting != null);
    model.addAttribute("now", clock.instant());
    model.addAttribute("mostListed", UnallocatedCases.MOST_LISTED);
    return "practitioner/unallocated";
  }

  @GetMapping("/people/{crn}/practitioners")
  String person(@PathVariable String crn, Model model) {
    Lookup lookup = people.view(crn);
    if (lookup instanceof Lookup.Withheld withheld) {
      model.addAttribute("withheld", withheld);
      return "people/withheld";
    }
    if (!(lookup instanceof Lookup.Found found)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    List<PractitionerAllocation> history = allocations.practitionersOf(crn);
    model.addAttribute("person", found.person());
    model.addAttribute("cases", allocations.casesOf(crn));
    model.addAttribute("history", history);
    model.addAttribute("holders", history.stream().filter(PractitionerAllocation::current)
        .collect(Collectors.toMap(PractitionerAllocation::caseId, a -> a, (a, b) -> a)));
    model.addAttribute("staff", workforce.staffMembers(history.stream().map(PractitionerAllocation::staffCode).toList()));
    model.addAttribute("mayAllocate", currentUser.signedIn().map(u -> u.has(Role.SENIOR_PRACTITIONER)).orElse(false));
    model.addAttribute("scope", currentUser.scope());
    return "practitioner/person";
  }

  /** Each protect level, then each tier in the order of the points table. */
  static List<String> tierChoices() {
    return Stream.concat(Stream.of("A", "B", "C", "D"), TierCode.SUPERVISED.stream().map(TierCode::code)).toList();
  }
}
