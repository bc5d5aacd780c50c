package org.probatio.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.workforce.internal.CreateRequests;
import org.probatio.workforce.internal.TeamRepository;
import org.probatio.workforce.internal.WorkforceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams, each in a delivery unit: listed with how many staff work in them now, added under a code
 * Probatio gives, and renamed. A delivery unit's teams have different names. Every change is audited.
 */
@Service
public class Teams {

  public static final int LONGEST_NAME = 100;

  private final TeamRepository teams;
  private final WorkforceRepository organisation;
  private final CreateRequests requests;
  private final AuditTrail audit;
  private final Clock clock;

  Teams(TeamRepository teams, WorkforceRepository organisation, CreateRequests requests, AuditTrail audit, Clock clock) {
    this.teams = teams;
    this.organisation = organisation;
    this.requests = requests;
    this.audit = audit;
    this.clock = clock;
  }

  /** The teams of these providers, or of every provider for null, by provider, delivery unit and name. */
  @Transactional(readOnly = true)
  public List<TeamRecord> list(@Nullable Set<String> providerCodes) {
    return teams.list(providerCodes, today());
  }

  @Transactional(readOnly = true)
  public Optional<TeamRecord> find(String code) {
    return teams.find(code, today());
  }

  /** Adds a team to a delivery unit; a request key already used returns the team added then. */
  @Transactional
  public SaveOutcome<String> add(@Nullable String deliveryUnitCode, @Nullable String name, @Nullable String requestKey) {
    return Once.add(requests, requestKey, "team", code -> code, () -> check(deliveryUnitCode, name, null), team -> {
      String code = teams.insert(team.deliveryUnitCode(), team.name(), clock.instant(), Actor.username());
      audit.record(AuditAction.CREATE, "team", code,
          Map.of("name", team.name(), "deliveryUnitCode", team.deliveryUnitCode()));
      return code;
    }, clock.instant());
  }

  /** Renames a team, if it is still at the version the user saw. */
  @Transactional
  public SaveOutcome<String> rename(String code, @Nullable String name, int version) {
    Optional<TeamRecord> found = teams.find(code, today());
    if (found.isEmpty()) {
      return new SaveOutcome.NotFound<>();
    }
    TeamRecord current = found.get();
    Checked<Team> checked = check(current.team().deliveryUnitCode(), name, code);
    if (!checked.fine()) {
      return checked.refused();
    }
    if (!teams.rename(code, checked.value().name(), version, clock.instant(), Actor.username())) {
      TeamRecord now = teams.find(code, today()).orElseThrow();
      return new SaveOutcome.Stale<>(now.version(), now.updatedBy(), now.updatedAt());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("changed", Map.of("name", List.of(current.name(), checked.value().name())));
    audit.record(AuditAction.UPDATE, "team", code, details);
    return new SaveOutcome.Saved<>(code, false);
  }

  /** The team as it will be saved, or the problems with it; {@code renaming} is the code of the team being renamed. */
  private Checked<Team> check(@Nullable String deliveryUnitCode, @Nullable String name, @Nullable String renaming) {
    Checked<Team> checked = new Checked<>();
    Optional<DeliveryUnit> unit = deliveryUnitCode == null || deliveryUnitCode.isBlank() ? Optional.empty()
        : organisation.deliveryUnit(deliveryUnitCode.strip());
    if (deliveryUnitCode == null || deliveryUnitCode.isBlank()) {
      checked.problem("deliveryUnitCode", "Select the delivery unit");
    } else if (unit.isEmpty()) {
      checked.problem("deliveryUnitCode", "There is no delivery unit with the code " + deliveryUnitCode.strip());
    }
    String stripped = checked.required("name", name, LONGEST_NAME, "Enter the team name", "The team name");
    if (stripped != null && unit.isPresent()) {
      Optional<String> holder = teams.named(unit.get().code(), stripped);
      if (holder.isPresent() && !holder.get().equals(renaming)) {
        checked.problem("name", unit.get().name() + " already has a team called " + stripped + ": choose another name");
      }
    }
    return checked.fine() ? checked.tidied(new Team("", stripped, unit.orElseThrow().code())) : checked;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
