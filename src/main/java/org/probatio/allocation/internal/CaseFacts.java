package org.probatio.allocation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.Fact;
import org.probatio.allocation.policy.Gender;
import org.probatio.allocation.policy.Mappa;
import org.probatio.allocation.policy.NationalExclusion;
import org.probatio.allocation.policy.Need;
import org.probatio.allocation.policy.NeedSeverity;
import org.probatio.allocation.policy.RoshLevel;
import org.probatio.allocation.policy.TierAssessment;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.NeedRating;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPicture.ActiveRegistration;
import org.probatio.risk.RiskPicture.CurrentNeeds;
import org.probatio.risk.RiskPicture.CurrentRosh;
import org.probatio.risk.RiskPicture.LatestScores;

/**
 * Turns what is on record into the facts the allocation policies and the tier model read, each with
 * the record it came from and that record's date. Pure: the records are read by the caller.
 */
public final class CaseFacts {

  private static final List<RegisterType> NOT_PASSED_ON = List.of(RegisterType.MAPP, RegisterType.HREG);

  private CaseFacts() {
  }

  /**
   * @param gender the person record's gender; women's factors apply only to women, so anything but
   *     female is read as male, and the fact says what was recorded
   * @param mandate for a sentenced case: custody, or a requirement other than unpaid work; null when
   *     there is no sentence on record, when the change axis reads "no mandate"
   */
  public static AllocationFacts from(org.probatio.people.Gender gender, RiskPicture risk, @Nullable Fact<Boolean> mandate) {
    Fact<Gender> sex = Fact.from(gender == org.probatio.people.Gender.FEMALE ? Gender.FEMALE : Gender.MALE,
        "person record (gender: " + gender.label().toLowerCase(Locale.ROOT) + ")", null);
    LatestScores scores = risk.scores();
    Fact<Double> rsr = scores == null || scores.rsr() == null ? null
        : Fact.from(scores.rsr(), "score calculation", scores.calculatedOn());
    Fact<Integer> ogrs = scores == null || scores.ogrs3TwoYear() == null ? null
        : Fact.from(scores.ogrs3TwoYear(), "score calculation (OGRS3, two years)", scores.calculatedOn());
    List<Fact<String>> registrations = new ArrayList<>();
    List<Fact<NationalExclusion>> exclusions = new ArrayList<>();
    Fact<Mappa> mappa = null;
    Fact<Boolean> unsupervised = Fact.unsourced(false);
    for (ActiveRegistration registration : risk.registrations()) {
      RegisterType type = registration.type();
      String record = type.label() + " registration";
      if (type == RegisterType.MAPP && registration.mappaCategory() != null && registration.mappaLevel() != null) {
        mappa = Fact.from(new Mappa(registration.mappaCategory(), registration.mappaLevel()), record,
            registration.registeredOn());
      }
      if (!NOT_PASSED_ON.contains(type)) {
        registrations.add(Fact.from(type.name(), record, registration.registeredOn()));
      }
      if (type == RegisterType.RTAO) {
        exclusions.add(Fact.from(NationalExclusion.TERRORISM, record, registration.registeredOn()));
      } else if (type == RegisterType.RPIR) {
        exclusions.add(Fact.from(NationalExclusion.PUBLIC_INTEREST, record, registration.registeredOn()));
      } else if (type == RegisterType.PRC) {
        unsupervised = Fact.from(true, record, registration.registeredOn());
      }
    }
    return new AllocationFacts(sex, rsr, rosh(risk.rosh()), mappa, registrations, exclusions,
        // Probatio has no enforcement records yet: no breach or recall can be on record
        Fact.unsourced(false), ogrs, mandate == null ? Fact.unsourced(false) : mandate,
        assessment(risk.needs(), scores), unsupervised);
  }

  private static @Nullable Fact<RoshLevel> rosh(@Nullable CurrentRosh rosh) {
    if (rosh == null) {
      return null;
    }
    String record = rosh.kind() == AssessmentKind.SCREENING ? "RoSH screening" : "RoSH full analysis";
    return Fact.from(RoshLevel.valueOf(rosh.overall().name()), record, rosh.completedOn());
  }

  /** Needs from the needs assessment; impulsivity and temper control from the latest scored answers. */
  private static @Nullable Fact<TierAssessment> assessment(@Nullable CurrentNeeds needs, @Nullable LatestScores scores) {
    if (needs == null) {
      return null;
    }
    Map<Need, NeedSeverity> severities = new EnumMap<>(Need.class);
    for (Map.Entry<org.probatio.risk.Need, NeedRating> rating : needs.ratings().entrySet()) {
      severities.put(Need.valueOf(rating.getKey().name()), NeedSeverity.valueOf(rating.getValue().name()));
    }
    int impulsivity = scores == null || scores.impulsivity() == null ? 0 : scores.impulsivity();
    int temper = scores == null || scores.temperControl() == null ? 0 : scores.temperControl();
    return Fact.from(new TierAssessment(severities, false, impulsivity, temper), "needs assessment", needs.assessedOn());
  }
}
