package org.probatio.allocation.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case to tier, with defaults that give no points: a man with a mandate for change and an
 * assessment listing no needs. Each test sets only what matters to it.
 */
final class TierCase {

  private Gender gender = Gender.MALE;
  private @Nullable Double rsr;
  private @Nullable RoshLevel rosh;
  private @Nullable Integer mappaLevel;
  private Set<String> registrations = Set.of();
  private boolean previousEnforcementActivity;
  private @Nullable Integer ogrs;
  private boolean mandateForChange = true;
  private boolean assessed = true;
  private final Map<Need, NeedSeverity> needs = new EnumMap<>(Need.class);
  private boolean parenting;
  private int impulsivity;
  private int temperControl;
  private boolean unsupervised;

  static TierCase aMan() {
    return new TierCase();
  }

  static TierCase aWoman() {
    TierCase woman = new TierCase();
    woman.gender = Gender.FEMALE;
    return woman;
  }

  TierCase rsr(@Nullable Double rsr) {
    this.rsr = rsr;
    return this;
  }

  TierCase rosh(@Nullable RoshLevel rosh) {
    this.rosh = rosh;
    return this;
  }

  TierCase mappaLevel(@Nullable Integer level) {
    this.mappaLevel = level;
    return this;
  }

  TierCase registrations(String... codes) {
    this.registrations = Set.of(codes);
    return this;
  }

  TierCase previousBreachOrRecall() {
    this.previousEnforcementActivity = true;
    return this;
  }

  TierCase ogrs(@Nullable Integer ogrs) {
    this.ogrs = ogrs;
    return this;
  }

  TierCase noMandateForChange() {
    this.mandateForChange = false;
    return this;
  }

  TierCase noAssessment() {
    this.assessed = false;
    return this;
  }

  TierCase need(Need need, NeedSeverity severity) {
    needs.put(need, severity);
    return this;
  }

  TierCase parenting() {
    this.parenting = true;
    return this;
  }

  TierCase impulsivity(int answer) {
    this.impulsivity = answer;
    return this;
  }

  TierCase temperControl(int answer) {
    this.temperControl = answer;
    return this;
  }

  TierCase unsupervised() {
    this.unsupervised = true;
    return this;
  }

  TierInput input() {
    return new TierInput(gender, rsr, rosh, mappaLevel, registrations, previousEnforcementActivity, ogrs, mandateForChange,
        assessed ? new TierAssessment(needs, parenting, impulsivity, temperControl) : null, unsupervised);
  }

  Tier tier() {
    return TierModelV2.calculate(input());
  }

  int protectPoints() {
    return tier().protect().points();
  }

  int changePoints() {
    return tier().change().points();
  }
}
