package org.probatio.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.FieldError;
import org.probatio.people.People;
import org.probatio.risk.internal.NeedsRepository;
import org.probatio.risk.internal.PlanRepository;
import org.probatio.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Criminogenic needs assessments and the risk management plan. */
@Service
public class NeedsAndPlans {

  private final NeedsRepository needs;
  private final PlanRepository plans;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  NeedsAndPlans(NeedsRepository needs, PlanRepository plans, People people, CurrentUser currentUser, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.needs = needs;
    this.plans = plans;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Records a needs assessment, which must rate every need. */
  @Transactional
  public RecordOutcome assessNeeds(String crn, LocalDate assessedOn, Map<Need, NeedRating> ratings) {
    if (!people.canSee(crn)) {
      return new RecordOutcome.NotFound();
    }
    List<FieldError> problems = new java.util.ArrayList<>();
    if (assessedOn.isAfter(LocalDate.now(clock))) {
      problems.add(new FieldError("assessedOn", "The assessment date must be today or in the past"));
    }
    for (Need need : Need.values()) {
      if (!ratings.containsKey(need)) {
        problems.add(new FieldError(need.name(), "Rate " + need.label().toLowerCase()));
      }
    }
    if (!problems.isEmpty()) {
      return new RecordOutcome.Invalid(problems);
    }
    long id = needs.insertCurrent(crn, assessedOn, new EnumMap<>(ratings), currentUser.username(), clock.instant());
    audit.record(AuditAction.CREATE, "person", crn, Map.of("needsAssessment", id));
    events.publishEvent(new NeedsAssessed(crn, id));
    return new RecordOutcome.Recorded(id);
  }

  /** The current needs assessment. Callers check access through {@code People}. */
  @Transactional(readOnly = true)
  public Optional<NeedsAssessment> currentNeeds(String crn) {
    return needs.current(crn);
  }

  /** Saves the plan over the version the user saw (-1 when there was no plan). */
  @Transactional
  public RecordOutcome savePlan(String crn, String plan, LocalDate reviewOn, int seenVersion) {
    if (!people.canSee(crn)) {
      return new RecordOutcome.NotFound();
    }
    List<FieldError> problems = new java.util.ArrayList<>();
    if (plan.isBlank()) {
      problems.add(new FieldError("plan", "Describe how the risks will be managed"));
    } else if (plan.length() > 20_000) {
      problems.add(new FieldError("plan", "The plan must be 20,000 characters or fewer"));
    }
    LocalDate today = LocalDate.now(clock);
    if (!reviewOn.isAfter(today) || reviewOn.isAfter(today.plusYears(1))) {
      problems.add(new FieldError("reviewOn", "The review date must be after today and within a year"));
    }
    if (!problems.isEmpty()) {
      return new RecordOutcome.Invalid(problems);
    }
    if (!plans.save(crn, plan.strip(), reviewOn, currentUser.username(), clock.instant(), seenVersion)) {
      return new RecordOutcome.Stale("Someone else changed the risk management plan after you opened it. "
          + "Check their version, then make your changes again");
    }
    audit.record(AuditAction.UPDATE, "person", crn, Map.of("section", "riskManagementPlan", "reviewOn", reviewOn.toString()));
    return new RecordOutcome.Recorded(seenVersion + 1L);
  }

  /** The plan, if there is one. Callers check access through {@code People}. */
  @Transactional(readOnly = true)
  public Optional<RiskManagementPlan> plan(String crn) {
    return plans.find(crn);
  }
}
