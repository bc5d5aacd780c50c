package org.probatio.workload.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.probatio.web.FormErrors;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.SaveOutcome;
import org.probatio.workforce.TeamRecord;
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

/** The teams, by provider and delivery unit, with how many staff work in each; administrators add and rename them. */
@Controller
@RequestMapping("/admin/teams")
class TeamsController {

  /** A team as typed: its delivery unit (when adding), its name, and the version seen or the request key. */
  record TeamForm(@Nullable String deliveryUnitCode, @Nullable String name, @Nullable Integer version,
      @Nullable String requestKey) {}

  private final Teams teams;
  private final Workforce workforce;
  private final StaffAccess access;

  TeamsController(Teams teams, Workforce workforce, StaffAccess access) {
    this.teams = teams;
    this.workforce = workforce;
    this.access = access;
  }

  @GetMapping
  String list(@RequestParam(required = false) @Nullable String provider, Model model) {
    return page(model, provider, new TeamForm(null, null, null, UUID.randomUUID().toString()), FormErrors.none());
  }

  @PostMapping
  String add(TeamForm form, Model model, RedirectAttributes redirect) {
    SaveOutcome<String> outcome = teams.add(text(form.deliveryUnitCode()), text(form.name()), form.requestKey());
    if (outcome instanceof SaveOutcome.Saved<String> saved) {
      TeamRecord team = teams.find(saved.key()).orElseThrow();
      redirect.addFlashAttribute("notice", team.name() + " added to " + team.deliveryUnitName() + " as " + team.code());
      return "redirect:/admin/teams?provider=" + team.providerCode();
    }
    FormErrors errors = FormFields.refused(FormErrors.none(), ((SaveOutcome.Refused<String>) outcome).problems());
    String provider = workforce.deliveryUnit(text(form.deliveryUnitCode())).map(DeliveryUnit::providerCode).orElse(null);
    return page(model, provider, form, errors);
  }

  @GetMapping("/{code}/rename")
  String confirmRename(@PathVariable String code, Model model) {
    TeamRecord team = team(code);
    return renaming(model, team, new TeamForm(null, team.name(), team.version(), null), FormErrors.none());
  }

  @PostMapping("/{code}/rename")
  String rename(@PathVariable String code, TeamForm form, Model model, RedirectAttributes redirect) {
    TeamRecord team = team(code);
    SaveOutcome<String> outcome = teams.rename(team.code(), text(form.name()), form.version() == null ? -1 : form.version());
    if (outcome instanceof SaveOutcome.Saved<String>) {
      redirect.addFlashAttribute("notice", team.name() + " renamed " + text(form.name()).strip());
      return "redirect:/admin/teams?provider=" + team.providerCode();
    }
    if (outcome instanceof SaveOutcome.Stale<String> stale) {
      return renaming(model, team, new TeamForm(null, form.name(), stale.currentVersion(), null), FormErrors.none()
          .add("record", Stale.explained("this team", stale.changedBy(), stale.changedAt(), Stale.SAVE_AGAIN), "name"));
    }
    if (outcome instanceof SaveOutcome.NotFound<String>) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return renaming(model, team, form, FormFields.refused(FormErrors.none(),
        ((SaveOutcome.Refused<String>) outcome).problems()));
  }

  private String page(Model model, @Nullable String provider, TeamForm form, FormErrors errors) {
    var providers = access.providers(provider);
    model.addAttribute("teams", teams.list(providers));
    model.addAttribute("national", access.national());
    model.addAttribute("providers", Option.providers(workforce.providers()));
    model.addAttribute("provider", provider == null ? "" : provider);
    model.addAttribute("units", workforce.deliveryUnits().stream()
        .filter(u -> providers == null || providers.contains(u.providerCode()))
        .map(u -> new Option(u.code(), u.name() + " (" + u.providerCode() + ")")).toList());
    model.addAttribute("mayChange", access.mayChangeStaff());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "workload/teams";
  }

  private String renaming(Model model, TeamRecord team, TeamForm form, FormErrors errors) {
    model.addAttribute("team", team);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "workload/team-rename";
  }

  private TeamRecord team(String code) {
    return teams.find(code.toUpperCase()).filter(t -> access.covers(t.providerCode()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static String text(@Nullable String typed) {
    return typed == null ? "" : typed;
  }
}
