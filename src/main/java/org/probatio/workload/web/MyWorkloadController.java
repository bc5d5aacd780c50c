package org.probatio.workload.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.workforce.StaffRecord;
import org.probatio.workforce.StaffRecords;
import org.probatio.workload.WorkloadBreakdown;
import org.probatio.workload.Workloads;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A practitioner's own workload with its breakdown, and a manager's view of one member of staff's:
 * the cases and reports with their points, the reductions and the configuration version used.
 */
@Controller
class MyWorkloadController {

  static final String PATH = "/workload";

  private final Workloads workloads;
  private final People people;
  private final StaffRecords staff;
  private final CurrentUser currentUser;

  MyWorkloadController(Workloads workloads, People people, StaffRecords staff, CurrentUser currentUser) {
    this.workloads = workloads;
    this.people = people;
    this.staff = staff;
    this.currentUser = currentUser;
  }

  @GetMapping(PATH)
  String mine(Model model) {
    @Nullable String code = currentUser.signedIn().map(SignedInUser::staffCode).orElse(null);
    WorkloadBreakdown breakdown = code == null ? null : workloads.breakdown(code).orElse(null);
    model.addAttribute("own", true);
    if (breakdown == null) {
      model.addAttribute("breakdown", null);
      return "workload/workload";
    }
    return show(breakdown, model);
  }

  @GetMapping(PATH + "/{staffCode}")
  String theirs(@PathVariable String staffCode, Model model) {
    WorkloadBreakdown breakdown = workloads.breakdown(staffCode.toUpperCase())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("own", breakdown.staff().code().equals(
        currentUser.signedIn().map(SignedInUser::staffCode).orElse(null)));
    return show(breakdown, model);
  }

  private String show(WorkloadBreakdown breakdown, Model model) {
    Map<String, PersonSummary> names = people.summaries(breakdown.workload().cases().stream()
        .map(score -> score.crn()).toList()).stream()
        .collect(Collectors.toMap(PersonSummary::crn, Function.identity(), (a, b) -> a));
    model.addAttribute("breakdown", breakdown);
    model.addAttribute("workload", breakdown.workload());
    model.addAttribute("names", names);
    model.addAttribute("team", staff.find(breakdown.staff().code()).map(StaffRecord::teamName).orElse(null));
    model.addAttribute("availableRule", breakdown.workload().explanation().get(1));
    model.addAttribute("mayReadConfiguration", currentUser.signedIn()
        .map(user -> java.util.Arrays.stream(WorkloadConfigurationRules.READERS).anyMatch(user::has)).orElse(false));
    return "workload/workload";
  }
}
