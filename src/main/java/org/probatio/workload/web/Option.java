package org.probatio.workload.web;

import java.util.List;
import org.probatio.workforce.Provider;
import org.probatio.workforce.TeamRecord;

/** A choice in a select, as the shared form fragments read one: its value and what the user sees. */
public record Option(String name, String label) {

  static List<Option> providers(List<Provider> providers) {
    return providers.stream().map(p -> new Option(p.code(), p.name())).toList();
  }

  static List<Option> teams(List<TeamRecord> teams) {
    return teams.stream().map(t -> new Option(t.code(), t.deliveryUnitName() + ": " + t.name())).toList();
  }

  /** The delivery units the teams sit in, each once, in the teams' order. */
  static List<Option> deliveryUnits(List<TeamRecord> teams) {
    return teams.stream().map(t -> new Option(t.team().deliveryUnitCode(), t.deliveryUnitName())).distinct().toList();
  }
}
