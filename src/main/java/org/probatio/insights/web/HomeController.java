package org.probatio.insights.web;

import java.util.List;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.risk.Registrations;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the signed-in member of staff's cases and their warning flags overdue for review;
 * for senior practitioners, the same for their whole team.
 */
@Controller
class HomeController {

  private final People people;
  private final Registrations registrations;
  private final CurrentUser currentUser;
  private final Workforce workforce;

  HomeController(People people, Registrations registrations, CurrentUser currentUser, Workforce workforce) {
    this.people = people;
    this.registrations = registrations;
    this.currentUser = currentUser;
    this.workforce = workforce;
  }

  @GetMapping("/")
  String home(Model model) {
    String staffCode = currentUser.signedIn().map(SignedInUser::staffCode).orElse(null);
    List<PersonSummary> cases = staffCode == null ? List.of() : people.casesOf(staffCode);
    model.addAttribute("cases", cases);
    model.addAttribute("overdue", staffCode == null ? List.of() : registrations.overdueFor(List.of(staffCode)));
    model.addAttribute("staffName",
        staffCode == null ? null : workforce.staffMember(staffCode).map(StaffMember::displayName).orElse(null));
    return "home";
  }

  @GetMapping("/team/overdue-registrations")
  String team(Model model) {
    StaffMember me = currentUser.signedIn().map(SignedInUser::staffCode).flatMap(workforce::staffMember).orElse(null);
    List<StaffMember> team = me == null ? List.of() : workforce.teamMembers(me.teamCode());
    model.addAttribute("team", team);
    model.addAttribute("overdue", registrations.overdueFor(team.stream().map(StaffMember::code).toList()));
    return "insights/team-overdue";
  }
}
