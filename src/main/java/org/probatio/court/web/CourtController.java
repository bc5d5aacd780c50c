package org.probatio.court.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.probatio.court.CourtRecords;
import org.probatio.court.Deadlines;
import org.probatio.court.Hearings;
import org.probatio.court.PartnerChecks;
import org.probatio.court.Reports;
import org.probatio.people.People;
import org.probatio.people.Person;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The court team's day (today's list, reports in progress, their late checks), the late checks
 * escalated to senior practitioners, and a person's court record for everyone who reads it.
 */
@Controller
class CourtController {

  private final Hearings hearings;
  private final Reports reports;
  private final PartnerChecks checks;
  private final CourtRecords records;
  private final People people;
  private final Workforce workforce;
  private final CurrentUser currentUser;
  private final Clock clock;

  CourtController(Hearings hearings, Reports reports, PartnerChecks checks, CourtRecords records, People people,
      Workforce workforce, CurrentUser currentUser, Clock clock) {
    this.hearings = hearings;
    this.reports = reports;
    this.checks = checks;
    this.records = records;
    this.people = people;
    this.workforce = workforce;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/court")
  String home(Model model) {
    LocalDate today = Deadlines.courtDate(clock.instant());
    model.addAttribute("today", today);
    model.addAttribute("listed", hearings.listedOn(today));
    model.addAttribute("inProgress", reports.inProgress());
    model.addAttribute("late", checks.late(currentUser.signedIn().map(SignedInUser::staffCode).stream().toList()));
    return "court/home";
  }

  @GetMapping("/court/late-checks")
  String lateChecks(Model model) {
    List<StaffMember> team = currentUser.signedIn().map(SignedInUser::staffCode).flatMap(workforce::staffMember)
        .map(me -> workforce.teamMembers(me.teamCode())).orElse(List.of());
    model.addAttribute("team", team);
    model.addAttribute("late", checks.escalate(team.stream().map(StaffMember::code).toList()));
    return "court/late-checks";
  }

  @GetMapping("/people/{crn}/court")
  String record(@PathVariable String crn, Model model) {
    Person person = CourtPages.person(people, crn);
    model.addAttribute("person", person);
    model.addAttribute("record", records.of(person.crn().value()).orElseThrow(CourtPages::notFound));
    return "court/record";
  }
}
