package org.probatio.workload.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.web.Dates;
import org.probatio.web.FormErrors;
import org.probatio.workforce.Grade;
import org.probatio.workforce.ReductionCategory;
import org.probatio.workforce.ReductionHours;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.SaveOutcome;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffQuery;
import org.probatio.workforce.StaffRecord;
import org.probatio.workforce.StaffRecords;
import org.probatio.workforce.Teams;
import org.probatio.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff list, a member of staff's page with their reductions, and administrators' forms to add
 * and change staff and to record that someone is leaving.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

  static final int PAGE_SIZE = 50;
  private static final String THIS_RECORD = "this member of staff's record";

  private final StaffRecords staff;
  private final Reductions reductions;
  private final Teams teams;
  private final Workforce workforce;
  private final StaffAccess access;
  private final Clock clock;

  StaffController(StaffRecords staff, Reductions reductions, Teams teams, Workforce workforce, StaffAccess access,
      Clock clock) {
    this.staff = staff;
    this.reductions = reductions;
    this.teams = teams;
    this.workforce = workforce;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  String list(@RequestParam(required = false) @Nullable String provider,
      @RequestParam(required = false) @Nullable String team, @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String leavers, @RequestParam(defaultValue = "1") int page,
      Model model) {
    Set<String> providers = access.providers(provider);
    String chosenTeam = FormFields.text(team);
    model.addAttribute("results", staff.list(new StaffQuery(providers, chosenTeam, FormFields.text(name),
        "yes".equals(leavers), Math.max(page, 1) - 1, PAGE_SIZE)));
    model.addAttribute("national", access.national());
    model.addAttribute("providers", Option.providers(workforce.providers()));
    // a national user picks a provider before its teams: every team in the country is too long a list
    model.addAttribute("teams", providers == null ? List.of() : Option.teams(teams.list(providers)));
    model.addAttribute("provider", provider == null ? "" : provider);
    model.addAttribute("team", chosenTeam == null ? "" : chosenTeam);
    model.addAttribute("name", name == null ? "" : name);
    model.addAttribute("leavers", "yes".equals(leavers));
    model.addAttribute("mayAdd", access.mayChangeStaff());
    model.addAttribute("today", today());
    return "workload/staff-list";
  }

  @GetMapping("/{code}")
  String view(@PathVariable String code, Model model) {
    StaffRecord record = visible(code);
    LocalDate today = today();
    var all = reductions.of(record.code());
    model.addAttribute("record", record);
    model.addAttribute("current", all.stream().filter(r -> !r.endedBy(today)).toList());
    model.addAttribute("past", all.stream().filter(r -> r.endedBy(today)).toList());
    ReductionHours hours = ReductionHours.on(today, record.member().contractedHours(), all);
    model.addAttribute("hours", hours);
    model.addAttribute("hoursOff", shown(hours.hours()));
    model.addAttribute("hoursLeft", shown(hours.hoursLeft()));
    model.addAttribute("contracted", shown(hours.contractedHours()));
    model.addAttribute("presets", List.of(ReductionCategory.TRAINEE_OFFICER, ReductionCategory.NEWLY_QUALIFIED,
        ReductionCategory.LONG_TERM_SICKNESS));
    model.addAttribute("mayChangeStaff", access.mayChangeStaff());
    model.addAttribute("mayChangeReductions", access.mayChangeReductions(record));
    model.addAttribute("today", today);
    model.addAttribute("lastChanged", record.updatedAt() == null ? null
        : "Last changed by " + record.updatedBy() + " at " + Dates.inWords(record.updatedAt()));
    return "workload/staff";
  }

  @GetMapping("/new")
  String blank(@RequestParam(required = false) @Nullable String team, Model model) {
    return form(model, StaffForm.blank(team), FormErrors.none(), null);
  }

  @PostMapping
  String add(StaffForm form, Model model, RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    StaffDetails details = form.read(errors);
    if (!errors.any()) {
      SaveOutcome<String> outcome = staff.add(details, form.requestKey());
      if (outcome instanceof SaveOutcome.Saved<String> saved) {
        redirect.addFlashAttribute("notice", details.forename() + " " + details.surname() + " added as " + saved.key());
        return "redirect:/admin/staff/" + saved.key();
      }
      FormFields.refused(errors, ((SaveOutcome.Refused<String>) outcome).problems());
    }
    return form(model, form, errors, null);
  }

  @GetMapping("/{code}/edit")
  String edit(@PathVariable String code, Model model) {
    StaffRecord record = visible(code);
    return form(model, StaffForm.of(record), FormErrors.none(), record);
  }

  @PostMapping("/{code}")
  String change(@PathVariable String code, StaffForm form, Model model, RedirectAttributes redirect) {
    StaffRecord record = visible(code);
    FormErrors errors = FormErrors.none();
    StaffDetails details = form.read(errors);
    if (errors.any()) {
      return form(model, form, errors, record);
    }
    SaveOutcome<String> outcome = staff.change(record.code(), details, form.seenVersion());
    if (outcome instanceof SaveOutcome.Saved<String>) {
      redirect.addFlashAttribute("notice", "Changes to " + details.forename() + " " + details.surname() + " saved");
      return "redirect:/admin/staff/" + record.code();
    }
    if (outcome instanceof SaveOutcome.Stale<String> stale) {
      return form(model, form.withVersion(stale.currentVersion()), errors.add("record",
          Stale.explained(THIS_RECORD, stale.changedBy(), stale.changedAt(), Stale.SAVE_AGAIN), "forename"), record);
    }
    if (outcome instanceof SaveOutcome.NotFound<String>) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return form(model, form, FormFields.refused(errors, ((SaveOutcome.Refused<String>) outcome).problems()), record);
  }

  @GetMapping("/{code}/leave")
  String confirmLeaving(@PathVariable String code, Model model) {
    StaffRecord record = visible(code);
    LocalDate day = record.member().leavingDate() == null ? today() : record.member().leavingDate();
    return leaving(model, record, DayForm.of(day, record.version()), FormErrors.none());
  }

  @PostMapping("/{code}/leave")
  String leave(@PathVariable String code, DayForm form, Model model, RedirectAttributes redirect) {
    StaffRecord record = visible(code);
    FormErrors errors = FormErrors.none();
    LocalDate day = form.read(errors, "Last working day");
    if (day == null) {
      return leaving(model, record, form, errors);
    }
    SaveOutcome<String> outcome = staff.change(record.code(), StaffDetails.of(record.member()).leavingOn(day),
        form.seenVersion());
    if (outcome instanceof SaveOutcome.Saved<String>) {
      redirect.addFlashAttribute("notice", record.member().displayName() + "’s last working day is "
          + Dates.inWords(day));
      return "redirect:/admin/staff/" + record.code();
    }
    if (outcome instanceof SaveOutcome.Stale<String> stale) {
      return leaving(model, record, form.withVersion(stale.currentVersion()), errors.add("record",
          Stale.explained(THIS_RECORD, stale.changedBy(), stale.changedAt(), Stale.SAVE_AGAIN), "day-day"));
    }
    if (outcome instanceof SaveOutcome.NotFound<String>) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    ((SaveOutcome.Refused<String>) outcome).problems().forEach((field, message) -> errors.add("day", message, "day-day"));
    return leaving(model, record, form, errors);
  }

  private String form(Model model, StaffForm form, FormErrors errors, @Nullable StaffRecord record) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("record", record);
    model.addAttribute("grades", Grade.values());
    model.addAttribute("teams", Option.teams(teams.list(access.providers(null))));
    model.addAttribute("showLeavingDate", record != null && record.member().leavingDate() != null);
    return "workload/staff-form";
  }

  private String leaving(Model model, StaffRecord record, DayForm form, FormErrors errors) {
    model.addAttribute("record", record);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "workload/staff-leave";
  }

  /** The member of staff, if the user may see them: a 404 otherwise, as for a code nobody has. */
  private StaffRecord visible(String code) {
    return staff.find(code.toUpperCase()).filter(access::maySee)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** Hours as the page shows them: to two decimal places at most, without trailing zeros. */
  static String shown(BigDecimal hours) {
    return hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
