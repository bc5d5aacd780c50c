package org.probatio.allocation.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a sentenced case, with defaults that meet no NPS criterion: a man with no RSR, RoSH,
 * MAPPA, registration or national exclusion, a mandate for change and no assessment.
 */
final class CaseFacts {

  static final LocalDate SENTENCED = LocalDate.of(2026, 11, 23);

  private Fact<Gender> gender = Fact.from(Gender.MALE, "person record", null);
  private @Nullable Fact<Double> rsr;
  private @Nullable Fact<RoshLevel> rosh;
  private @Nullable Fact<Mappa> mappa;
  private final List<Fact<String>> registrations = new ArrayList<>();
  private final List<Fact<NationalExclusion>> exclusions = new ArrayList<>();
  private @Nullable Fact<Integer> ogrs;
  private @Nullable Fact<TierAssessment> assessment;
  private boolean unsupervised;

  static CaseFacts aCase() {
    return new CaseFacts();
  }

  CaseFacts woman() {
    gender = Fact.from(Gender.FEMALE, "person record", null);
    return this;
  }

  CaseFacts rsr(double score) {
    rsr = Fact.from(score, "OASys assessment", LocalDate.of(2026, 11, 2));
    return this;
  }

  CaseFacts rosh(RoshLevel level) {
    rosh = Fact.from(level, "RoSH screening", LocalDate.of(2026, 11, 20));
    return this;
  }

  CaseFacts roshUnsourced(RoshLevel level) {
    rosh = Fact.unsourced(level);
    return this;
  }

  CaseFacts mappa(int category, int level) {
    mappa = Fact.from(new Mappa(category, level), "MAPPA registration", LocalDate.of(2026, 3, 3));
    return this;
  }

  CaseFacts registration(String code) {
    registrations.add(Fact.from(code, "registration", LocalDate.of(2026, 1, 5)));
    return this;
  }

  CaseFacts excluded(NationalExclusion exclusion) {
    exclusions.add(Fact.from(exclusion, "court record", SENTENCED));
    return this;
  }

  CaseFacts ogrs(int score) {
    ogrs = Fact.from(score, "OASys assessment", LocalDate.of(2026, 11, 2));
    return this;
  }

  CaseFacts assessed(TierAssessment answers) {
    assessment = Fact.from(answers, "OASys assessment", LocalDate.of(2026, 11, 2));
    return this;
  }

  CaseFacts unsupervised() {
    unsupervised = true;
    return this;
  }

  AllocationFacts facts() {
    return new AllocationFacts(gender, rsr, rosh, mappa, registrations, exclusions, Fact.unsourced(false), ogrs,
        Fact.from(true, "sentence", SENTENCED), assessment, Fact.unsourced(unsupervised));
  }
}
