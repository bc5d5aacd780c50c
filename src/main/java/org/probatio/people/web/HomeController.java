package org.probatio.people.web;

import java.util.List;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the cases the signed-in member of staff is responsible for. */
@Controller
class HomeController {

  private final People people;
  private final CurrentUser currentUser;
  private final Workforce workforce;

  HomeController(People people, CurrentUser currentUser, Workforce workforce) {
    this.people = people;
    this.currentUser = currentUser;
    this.workforce = workforce;
  }

  @GetMapping("/")
  String home(Model model) {
    String staffCode = currentUser.signedIn().map(SignedInUser::staffCode).orElse(null);
    List<PersonSummary> cases = staffCode == null ? List.of() : people.casesOf(staffCode);
    model.addAttribute("cases", cases);
    model.addAttribute("staffName",
        staffCode == null ? null : workforce.staffMember(staffCode).map(StaffMember::displayName).orElse(null));
    return "home";
  }
}
