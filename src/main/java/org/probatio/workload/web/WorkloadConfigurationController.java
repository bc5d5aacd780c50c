package org.probatio.workload.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probatio.risk.RegisterType;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.web.Dates;
import org.probatio.web.FormErrors;
import org.probatio.workforce.Grade;
import org.probatio.workload.NewConfiguration;
import org.probatio.workload.VersionStatus;
import org.probatio.workload.WorkloadConfiguration;
import org.probatio.workload.WorkloadConfigurations.Outcome;
import org.probatio.workload.WorkloadConfigurations.Proposal;
import org.probatio.workload.WorkloadConfigurations;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.GradeCriterion;
import org.probatio.workload.rules.ReportKind;
import org.probatio.workload.rules.TierPoints;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workload configuration: the version in force and every version, for administrators, senior
 * practitioners, allocators and inspectors; administrators make a new version from a date, after
 * checking what it changes, and withdraw one not yet in force.
 */
@Controller
@RequestMapping("/admin/workload-configuration")
class WorkloadConfigurationController {

  private static final String HOME = "/admin/workload-configuration";

  private final WorkloadConfigurations configurations;
  private final CurrentUser currentUser;

  WorkloadConfigurationController(WorkloadConfigurations configurations, CurrentUser currentUser) {
    this.configurations = configurations;
    this.currentUser = currentUser;
  }

  @GetMapping
  String index(Model model) {
    model.addAttribute("config", configurations.inForceToday());
    model.addAttribute("versions", configurations.history());
    model.addAttribute("canChange", isAdmin());
    return tables(model, "workload-configuration/index");
  }

  @GetMapping("/versions/{id}")
  String version(@PathVariable long id, Model model) {
    WorkloadConfiguration version = found(id);
    model.addAttribute("config", version);
    model.addAttribute("canWithdraw", isAdmin() && version.version().status() == VersionStatus.FUTURE);
    return tables(model, "workload-configuration/version");
  }

  @GetMapping("/new")
  String blank(Model model) {
    return form(model, ConfigurationForm.of(configurations.inForceToday()), FormErrors.none());
  }

  /** The form again with what was typed, from the confirmation page's "Change" button. */
  @PostMapping("/new")
  String change(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    return form(model, submitted(submitted), FormErrors.none());
  }

  @PostMapping("/check")
  String check(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    ConfigurationForm form = submitted(submitted);
    FormErrors errors = FormErrors.none();
    NewConfiguration proposed = form.read(errors);
    if (proposed == null) {
      return form(model, form, errors);
    }
    Proposal proposal = configurations.check(proposed);
    if (!proposal.allowed()) {
      form.addProblems(proposal.problems(), errors);
      return form(model, form, errors);
    }
    model.addAttribute("form", form);
    model.addAttribute("proposed", proposed);
    model.addAttribute("proposal", proposal);
    model.addAttribute("errors", errors);
    return "workload-configuration/confirm";
  }

  @PostMapping
  String make(@RequestParam MultiValueMap<String, String> submitted, Model model, RedirectAttributes redirect) {
    ConfigurationForm form = submitted(submitted);
    FormErrors errors = FormErrors.none();
    NewConfiguration proposed = form.read(errors);
    if (proposed != null) {
      Outcome outcome = configurations.make(proposed);
      if (outcome instanceof Outcome.Made made) {
        redirect.addFlashAttribute("notice", "Version " + made.version().id() + " saved: it takes effect on "
            + Dates.inWords(made.version().effectiveFrom()));
        return "redirect:" + HOME;
      }
      form.addProblems(((Outcome.Refused) outcome).problems(), errors);
    }
    return form(model, form, errors);
  }

  @GetMapping("/versions/{id}/withdraw")
  String confirmWithdraw(@PathVariable long id, Model model) {
    WorkloadConfiguration version = found(id);
    FormErrors errors = FormErrors.none();
    WorkloadConfigurations.cannotWithdraw(version.version()).ifPresent(why -> errors.add("withdraw", why));
    return withdrawal(model, version, errors);
  }

  @PostMapping("/versions/{id}/withdraw")
  String withdraw(@PathVariable long id, Model model, RedirectAttributes redirect) {
    WorkloadConfiguration version = found(id);
    Outcome outcome = configurations.withdraw(id);
    if (outcome instanceof Outcome.Refused refused) {
      return withdrawal(model, version, FormErrors.none().add("withdraw",
          refused.problems().get(WorkloadConfigurations.EFFECTIVE_FROM)));
    }
    if (outcome instanceof Outcome.NotFound) {
      return withdrawal(model, version, FormErrors.none().add("withdraw", "Version " + id + " has already been withdrawn"));
    }
    redirect.addFlashAttribute("notice", "Version " + id + " withdrawn: it will not take effect on "
        + Dates.inWords(version.effectiveFrom()));
    return "redirect:" + HOME;
  }

  private String form(Model model, ConfigurationForm form, FormErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("current", configurations.inForceToday());
    model.addAttribute("future", configurations.history().stream()
        .filter(version -> version.status() == VersionStatus.FUTURE).toList());
    return tables(model, "workload-configuration/form");
  }

  private String withdrawal(Model model, WorkloadConfiguration version, FormErrors errors) {
    model.addAttribute("config", version);
    model.addAttribute("errors", errors);
    return "workload-configuration/withdraw";
  }

  /** What every page showing the tables needs to lay them out and name things in words. */
  private static String tables(Model model, String view) {
    model.addAttribute("rows", TierPoints.ROWS);
    model.addAttribute("types", CaseType.values());
    model.addAttribute("reportKinds", ReportKind.SCORED);
    model.addAttribute("criteria", GradeCriterion.values());
    model.addAttribute("gradeNames", GRADE_NAMES);
    model.addAttribute("registerNames", REGISTER_NAMES);
    return view;
  }

  private ConfigurationForm submitted(MultiValueMap<String, String> submitted) {
    return ConfigurationForm.submitted(submitted, List.copyOf(configurations.inForceToday().points().defaultHours().keySet()));
  }

  private WorkloadConfiguration found(long id) {
    return configurations.version(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private boolean isAdmin() {
    return currentUser.signedIn().map(user -> user.has(Role.ADMIN)).orElse(false);
  }

  /** Grade codes in words, as in "probation services officer (PSO)". */
  static final Map<String, String> GRADE_NAMES = gradeNames();
  static final Map<String, String> REGISTER_NAMES = registerNames();

  private static Map<String, String> gradeNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Grade grade : Grade.values()) {
      names.put(grade.name(), grade.label() + " (" + (grade == Grade.PQIP ? "PQiP" : grade.name()) + ")");
    }
    return Map.copyOf(names);
  }

  private static Map<String, String> registerNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (RegisterType type : RegisterType.values()) {
      names.put(type.name(), type.label());
    }
    return Map.copyOf(names);
  }
}
