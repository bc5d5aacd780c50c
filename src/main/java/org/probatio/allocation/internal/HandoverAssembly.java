package org.probatio.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.HandoverPackage;
import org.probatio.allocation.HandoverPackage.CheckPart;
import org.probatio.allocation.HandoverPackage.FlagPart;
import org.probatio.allocation.HandoverPackage.Level;
import org.probatio.allocation.HandoverPackage.PersonPart;
import org.probatio.allocation.HandoverPackage.ReportPart;
import org.probatio.allocation.HandoverPackage.RequirementPart;
import org.probatio.allocation.HandoverPackage.RoshPart;
import org.probatio.allocation.HandoverPackage.Section;
import org.probatio.allocation.HandoverPackage.SentencePart;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.ReportSection;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentence;
import org.probatio.people.PersonDetails;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.Registration;
import org.probatio.risk.RoshAssessment;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;

/**
 * Assembles a handover package from the records as they stand: pure, so the same records always give
 * the same package. The latest screening and the latest full analysis are taken from the RoSH history
 * (the current one is marked), and only active registrations are handed over.
 */
public final class HandoverAssembly {

  private HandoverAssembly() {}

  public static HandoverPackage assemble(PersonPart person, @Nullable PreSentenceReport report,
      List<RoshAssessment> roshHistory, @Nullable Sentence sentence, List<Registration> registrations, LocalDate asOf) {
    return new HandoverPackage(person, report == null ? null : report(report),
        report == null ? List.of() : report.checks().stream().map(HandoverAssembly::check).toList(),
        latest(roshHistory, AssessmentKind.SCREENING).map(HandoverAssembly::rosh).orElse(null),
        latest(roshHistory, AssessmentKind.FULL_ANALYSIS).map(HandoverAssembly::rosh).orElse(null),
        sentence == null ? null : sentence(sentence),
        registrations.stream().filter(Registration::active).map(HandoverAssembly::flag).toList(), asOf);
  }

  public static PersonPart person(String crn, PersonDetails d) {
    return new PersonPart(crn, d.fullName(), d.dateOfBirth(), d.gender().label(), text(d.pnc()), text(d.cro()),
        text(d.nomis()), d.address() == null ? null : d.address().singleLine(), null);
  }

  static ReportPart report(PreSentenceReport r) {
    List<Section> sections = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      if (section.requiredFor(r.type()) || r.sections().written(section)) {
        sections.add(new Section(section.label(), r.sections().get(section)));
      }
    }
    return new ReportPart(r.id(), r.type().label(), r.authorName(), r.requestedAt(), r.dueAt(), r.completedAt(),
        r.deliveredOnDay(), sections);
  }

  static CheckPart check(PartnerCheck c) {
    return new CheckPart(c.kind().name(), c.kind().label(), c.requestedAt(), c.dueAt(),
        c.outcome() == null ? null : c.outcome().label(), c.details(), c.notObtainedReason(), c.respondedBy(),
        c.respondedAt());
  }

  static RoshPart rosh(RoshAssessment a) {
    RoshLevels l = a.levels();
    List<Level> levels = new ArrayList<>(List.of(level("Children in the community", l.communityChildren()),
        level("The public in the community", l.communityPublic()), level("A known adult in the community",
            l.communityKnownAdult()), level("Staff in the community", l.communityStaff())));
    if (l.custodyChildren() != null) {
      levels.addAll(List.of(level("Children in custody", l.custodyChildren()), level("The public in custody",
          l.custodyPublic()), level("A known adult in custody", l.custodyKnownAdult()), level("Staff in custody",
          l.custodyStaff()), level("Prisoners in custody", l.custodyPrisoners())));
    }
    return new RoshPart(a.id(), a.kind().label(), a.stage().label(), l.overall().label(), levels, a.completedOn(),
        a.completedBy(), a.current());
  }

  static SentencePart sentence(Sentence s) {
    return new SentencePart(s.id(), s.orderType().label(), s.lengthMonths(), s.sentenceDate(),
        s.requirements().stream().map(HandoverAssembly::requirement).toList(), s.expectedReleaseDate(),
        s.licenceConditions(), s.orderType().custody());
  }

  static RequirementPart requirement(Requirement r) {
    String amount = r.amount() == null || r.type().unit() == RequirementType.Unit.NONE ? null
        : r.amount() + " " + r.type().unit().word();
    return new RequirementPart(r.type().label(), amount, r.details());
  }

  static FlagPart flag(Registration r) {
    return new FlagPart(r.id(), r.type().name(), r.type().label(), r.level() == null ? null : r.level().label(),
        r.mappaCategory(), r.mappaLevel(), r.registeredOn(), r.nextReviewOn());
  }

  /** The most recently completed assessment of this kind (the later recorded on the same day). */
  private static Optional<RoshAssessment> latest(List<RoshAssessment> history, AssessmentKind kind) {
    return history.stream().filter(a -> a.kind() == kind)
        .max(Comparator.comparing(RoshAssessment::completedOn).thenComparing(RoshAssessment::recordedAt));
  }

  private static Level level(String atRisk, @Nullable RoshLevel level) {
    return new Level(atRisk, level == null ? "Not assessed" : level.label());
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
