package org.probatio.insights.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.insights.Choices;
import org.probatio.web.FormErrors;
import org.probatio.workforce.TeamRecord;
import org.probatio.workload.CaseloadFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The caseload picture's filter as chosen: a provider, a delivery unit and a team, each blank for all.
 * It travels in the address, so every chart, table export and case list keeps it.
 */
public record CaseloadForm(@Nullable String provider, @Nullable String deliveryUnit, @Nullable String team) {

  /** The filter, or null with every problem in {@code errors}; {@code teams} are those the user may choose. */
  @Nullable CaseloadFilter read(Choices choices, List<TeamRecord> teams, FormErrors errors) {
    String providerCode = code(provider);
    String unitCode = code(deliveryUnit);
    String teamCode = code(team);
    DashboardForm.checkPlace(choices, providerCode, unitCode, errors);
    if (teamCode != null) {
      TeamRecord chosen = teams.stream().filter(t -> t.code().equals(teamCode)).findFirst().orElse(null);
      if (chosen == null) {
        errors.add("team", "Select a team from the list");
      } else if (unitCode != null && !chosen.team().deliveryUnitCode().equals(unitCode)) {
        errors.add("team", "Select a team of the chosen delivery unit, or all teams");
      }
    }
    return errors.any() ? null : new CaseloadFilter(providerCode, unitCode, teamCode);
  }

  /** The filter as the query of an address: "?provider=N01&team=N01T1", or "" for no filter. */
  String query() {
    UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
    if (code(provider) != null) {
      uri.queryParam("provider", code(provider));
    }
    if (code(deliveryUnit) != null) {
      uri.queryParam("deliveryUnit", code(deliveryUnit));
    }
    if (code(team) != null) {
      uri.queryParam("team", code(team));
    }
    return uri.encode().build().toUriString();
  }

  private static @Nullable String code(@Nullable String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }
}
