package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.probatio.allocation.HandoverPackage.CheckPart;
import org.probatio.allocation.HandoverPackage.FlagPart;
import org.probatio.allocation.HandoverPackage.Level;
import org.probatio.allocation.HandoverPackage.PersonPart;
import org.probatio.allocation.HandoverPackage.ReportPart;
import org.probatio.allocation.HandoverPackage.RequirementPart;
import org.probatio.allocation.HandoverPackage.RoshPart;
import org.probatio.allocation.HandoverPackage.Section;
import org.probatio.allocation.HandoverPackage.SentencePart;

/** Handover packages for tests: complete by default, so each test takes away only what matters to it. */
public final class HandoverPackages {

  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 3);
  /** 9:30am on 3 June 2026, London time. */
  public static final Instant MORNING = Instant.parse("2026-06-03T08:30:00Z");

  private HandoverPackages() {}

  public static PersonPart person() {
    return new PersonPart("X123456", "Robin Tester", LocalDate.of(1990, 2, 14), "Male", "2011/0500001Z", null, null,
        "1 Test Street, Preston, PR1 1AA", null);
  }

  public static ReportPart report() {
    return new ReportPart(7, "Fast delivery (short format)", "Casey Court", MORNING, MORNING.plusSeconds(7 * 3600),
        MORNING.plusSeconds(5 * 3600), true, List.of(new Section("Offence analysis", "Took goods worth £40")));
  }

  public static CheckPart check(String kind, String outcome, String notObtainedReason) {
    return new CheckPart(kind, kind, MORNING, MORNING.plusSeconds(7 * 3600), outcome, null, notObtainedReason,
        "PC Smith", outcome == null ? null : MORNING.plusSeconds(3600));
  }

  public static RoshPart rosh(String kind) {
    return new RoshPart(kind.length(), kind, "Court report", "Medium", List.of(new Level("The public in the community",
        "Medium")), AS_OF, "practitioner", true);
  }

  public static SentencePart sentence(boolean custody, LocalDate releaseOn) {
    return new SentencePart(3, custody ? "Custody with licence" : "Community order", 12, AS_OF,
        List.of(new RequirementPart("Unpaid work", "100 hours", null)), releaseOn, List.of(), custody);
  }

  public static FlagPart flag(String type, LocalDate nextReviewOn) {
    return new FlagPart(11, "WEAP", type, null, null, null, AS_OF.minusMonths(6), nextReviewOn);
  }

  public static HandoverPackage complete() {
    return new HandoverPackage(person(), report(), List.of(check("POLICE_DOMESTIC_ABUSE", "No concerns", null),
        check("CHILDRENS_SAFEGUARDING", "Concerns shared", null)), rosh("RoSH screening"), rosh("Full RoSH analysis"),
        sentence(false, null), List.of(flag("Weapons", AS_OF.plusMonths(6))), AS_OF);
  }
}
