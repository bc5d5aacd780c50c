package org.probatio.insights.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.insights.Choices;
import org.probatio.insights.CourtToAllocation;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.CurrentUser;
import org.probatio.web.FormErrors;
import org.probatio.workforce.TeamRecord;
import org.probatio.workforce.Teams;
import org.probatio.workload.CaseloadFigures;
import org.probatio.workload.CaseloadFilter;
import org.probatio.workload.CaseloadPicture;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caseload picture: caseload sizes, capacity, grade mix, PSOs' grade overrides and the trend for
 * a provider, delivery unit and team, each as a chart with its table, each table as CSV, and the list
 * of cases held on a grade override.
 */
@Controller
class CaseloadController {

  static final String PATH = "/insights/caseload";

  private final CaseloadPicture picture;
  private final CourtToAllocation dashboard;
  private final Teams teams;
  private final People people;
  private final CurrentUser currentUser;

  CaseloadController(CaseloadPicture picture, CourtToAllocation dashboard, Teams teams, People people,
      CurrentUser currentUser) {
    this.picture = picture;
    this.dashboard = dashboard;
    this.teams = teams;
    this.people = people;
    this.currentUser = currentUser;
  }

  @GetMapping(PATH)
  String figures(CaseloadForm form, Model model) {
    Choices choices = dashboard.choices();
    List<TeamRecord> teamChoices = teamChoices(form, choices);
    FormErrors errors = FormErrors.none();
    CaseloadFilter filter = form.read(choices, teamChoices, errors);
    CaseloadFigures figures = filter == null ? null : picture.figures(filter);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("choices", choices);
    model.addAttribute("teams", listed(form, teamChoices));
    model.addAttribute("query", form.query());
    model.addAttribute("figures", figures);
    model.addAttribute("description", filter == null ? null : description(filter, choices, teamChoices));
    if (figures != null) {
      List<CaseloadTable> tables = new java.util.ArrayList<>(CaseloadTable.SLUGS.stream()
          .flatMap(slug -> CaseloadTable.of(slug, figures).stream()).toList());
      tables.add(CaseloadTable.trend(picture.trend(filter)));
      model.addAttribute("tables", tables);
    }
    return "insights/caseload";
  }

  @GetMapping(PATH + "/overrides")
  String overrides(CaseloadForm form, Model model) {
    CaseloadFilter filter = valid(form);
    List<CaseloadFigures.OverrideCase> cases = picture.overrides(filter);
    Map<String, PersonSummary> names = people.summaries(cases.stream().map(CaseloadFigures.OverrideCase::crn).toList())
        .stream().collect(Collectors.toMap(PersonSummary::crn, Function.identity(), (a, b) -> a));
    Choices choices = dashboard.choices();
    model.addAttribute("cases", cases);
    model.addAttribute("names", names);
    model.addAttribute("query", form.query());
    model.addAttribute("description", description(filter, choices, teamChoices(form, choices)));
    return "insights/caseload-overrides";
  }

  @GetMapping(PATH + "/{chart}.svg")
  ResponseEntity<String> chart(@PathVariable String chart, CaseloadForm form) {
    CaseloadFilter filter = valid(form);
    String svg = switch (chart) {
      case "caseload-sizes" -> CaseloadCharts.bars("Cases held", picture.figures(filter).caseloadSizes());
      case "capacity" -> CaseloadCharts.bars("Capacity", picture.figures(filter).capacity());
      case "grade-mix" -> CaseloadCharts.bars("Grade", picture.figures(filter).grades().bands());
      case "trend" -> CaseloadCharts.trend(picture.trend(filter));
      default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    };
    return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
        // shown only as an image, which runs no script: the drawing's inline styles are all it needs
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .body(svg);
  }

  @GetMapping(PATH + "/{table}.csv")
  ResponseEntity<String> csv(@PathVariable String table, CaseloadForm form) {
    if (!CaseloadTable.SLUGS.contains(table)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    CaseloadFilter filter = valid(form);
    CaseloadTable found = switch (table) {
      case "overrides" -> CaseloadTable.overrides(picture.overrides(filter));
      case "trend" -> CaseloadTable.trend(picture.trend(filter));
      default -> CaseloadTable.of(table, picture.figures(filter)).orElseThrow();
    };
    String name = "caseload-" + table + (filter.teamCode() != null ? "-" + filter.teamCode()
        : filter.deliveryUnitCode() != null ? "-" + filter.deliveryUnitCode()
        : filter.providerCode() != null ? "-" + filter.providerCode() : "") + ".csv";
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(found.csv());
  }

  /**
   * The teams that may be asked for: those of the chosen provider, or of the user's own; none for all
   * providers nationally, or when neither a delivery unit nor a team is asked for.
   */
  private List<TeamRecord> teamChoices(CaseloadForm form, Choices choices) {
    if (blank(form.deliveryUnit()) && blank(form.team())) {
      return List.of();
    }
    @Nullable Set<String> providers;
    if (!blank(form.provider())) {
      providers = currentUser.scope().narrowedTo(Set.of(form.provider().strip())).providerCodes();
    } else if (!blank(form.deliveryUnit())) {
      providers = choices.deliveryUnit(form.deliveryUnit().strip()).map(u -> Set.of(u.providerCode())).orElse(Set.of());
    } else {
      providers = currentUser.scope().allProviders() ? null : currentUser.scope().providerCodes();
    }
    if (providers == null || providers.isEmpty()) {
      return List.of();
    }
    return teams.list(providers);
  }

  /**
   * The teams listed to choose from: the chosen delivery unit's, or the chosen team's unit's; none until
   * a unit is chosen, as a provider may have hundreds.
   */
  private static List<TeamRecord> listed(CaseloadForm form, List<TeamRecord> choices) {
    String team = blank(form.team()) ? null : form.team().strip();
    String unit = !blank(form.deliveryUnit()) ? form.deliveryUnit().strip() : choices.stream()
        .filter(t -> t.code().equals(team)).map(t -> t.team().deliveryUnitCode()).findFirst().orElse(null);
    return unit == null ? List.of() : choices.stream().filter(t -> t.team().deliveryUnitCode().equals(unit)).toList();
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private CaseloadFilter valid(CaseloadForm form) {
    Choices choices = dashboard.choices();
    CaseloadFilter filter = form.read(choices, teamChoices(form, choices), FormErrors.none());
    if (filter == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The provider, delivery unit or team is not valid");
    }
    return filter;
  }

  /** "At NPS Test Division, in the Preston delivery unit, in the Preston North team." */
  private static String description(CaseloadFilter filter, Choices choices, List<TeamRecord> teams) {
    String where = filter.providerCode() == null ? "every provider you work for" : choices.providerName(filter.providerCode());
    String unit = filter.deliveryUnitCode() == null ? "" : ", in the " + choices.deliveryUnit(filter.deliveryUnitCode())
        .map(u -> u.name()).orElse(filter.deliveryUnitCode()) + " delivery unit";
    String team = filter.teamCode() == null ? "" : ", in the " + teams.stream().filter(t -> t.code().equals(
        filter.teamCode())).map(TeamRecord::name).findFirst().orElse(filter.teamCode()) + " team";
    return "At " + where + unit + team;
  }
}
