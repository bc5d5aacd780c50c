package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationToLoad.Approval;
import org.probatio.allocation.policy.Provider;
import org.probatio.calendar.rules.WorkingDays;
import org.probatio.court.Deadlines;
import org.probatio.demo.AllocationGenerator.Decision;
import org.probatio.workforce.Grade;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.StaffMember;
import org.probatio.workload.PractitionerAllocations;
import org.probatio.workload.ReallocationReason;
import org.probatio.workload.WorkloadToLoad.PractitionerToLoad;
import org.probatio.workload.rules.CaseRisk;
import org.probatio.workload.rules.GradeRules;

/**
 * Who holds each case a provider takes in a generated region: a practitioner of the provider, chosen
 * by weight (their grade's caseload at that kind of provider, their hours left after reductions, and a
 * spread of their own, so caseloads have a long tail), never a PSO for a case the grade rules keep from
 * one unless a senior practitioner recorded why, and given the case within a couple of working days, so
 * the cases of the last days still wait. A case is someone else's first when its practitioner joined
 * after it came, or is off sick, and a few are moved for other reasons. Made from random sources of its
 * own, so the rest of the region is the same with or without it.
 */
final class CaseloadGenerator {

  private static final WorkingDays WORKING_DAYS = WorkingDays.englandAndWales();
  private static final double DEFAULT_HOURS = 37.0;

  /**
   * A case a provider took: which, when the decision giving it became final, the tier it was given, and its
   * practitioners, the current one last (none while the case waits for one).
   */
  record Held(String providerCode, Instant providerAllocatedAt, String tier, List<PractitionerToLoad> practitioners) {

    /** The case's practitioner now, if it has one. */
    @Nullable String practitionerCode() {
      return practitioners.isEmpty() ? null : practitioners.get(practitioners.size() - 1).staffCode();
    }
  }

  /** Who may be given a case: PSOs, or probation officers and PQiPs. */
  private enum Grades {
    PSOS(grade -> grade == Grade.PSO),
    OFFICERS(grade -> grade != Grade.PSO);

    private final Predicate<Grade> grades;

    Grades(Predicate<Grade> grades) {
      this.grades = grades;
    }
  }

  /** A provider's practitioners at work and off sick, PSOs and the others apart. */
  private record Pools(Map<Grades, PractitionerPool> atWork, Map<Grades, PractitionerPool> offSick) {}

  private final long seed;
  private final LocalDate asOf;
  private final Instant asOfStart;
  private final String courtProviderCode;
  private final @Nullable String receivingCrcCode;
  private final ReductionGenerator.Generated reductions;
  private final CaseStaff staff;
  private final StaffMember demoPractitioner;
  private final StaffMember keptOut;
  private final Map<String, Pools> pools = new HashMap<>();
  private final Map<String, List<StaffMember>> seniorsByTeam;
  private final Map<String, List<StaffMember>> seniorsByProvider;

  CaseloadGenerator(long seed, LocalDate asOf, Organisation organisation, String courtProviderCode,
      ReductionGenerator.Generated reductions, Map<DemoUser, StaffMember> demoStaff, CaseStaff staff) {
    this.seed = seed;
    this.asOf = asOf;
    this.asOfStart = asOf.atStartOfDay(Deadlines.COURT_ZONE).toInstant();
    this.courtProviderCode = courtProviderCode;
    this.reductions = reductions;
    this.staff = staff;
    this.demoPractitioner = demoStaff.get(DemoUser.PRACTITIONER);
    this.keptOut = demoStaff.get(DemoUser.PRACTITIONER_2);
    // the region's first CRC by code takes the CRC's cases, as allocation's receiving provider does
    this.receivingCrcCode = organisation.providers().stream().filter(p -> p.type() == ProviderType.CRC)
        .map(org.probatio.workforce.Provider::code).min(Comparator.naturalOrder()).orElse(null);
    Map<String, Double> spread = spread(organisation.staff(), Set.copyOf(demoStaff.values()));
    Map<String, List<StaffMember>> practitioners = organisation.staff().stream()
        .filter(s -> PractitionerAllocations.CASE_HOLDING_GRADES.contains(s.grade()))
        .collect(Collectors.groupingBy(StaffMember::providerCode));
    practitioners.forEach((provider, members) -> pools.put(provider, pools(members, spread)));
    List<StaffMember> seniors = organisation.staff().stream()
        .filter(s -> s.grade() == Grade.SPO && reductions.absentSince(s) == null).toList();
    this.seniorsByTeam = seniors.stream().collect(Collectors.groupingBy(StaffMember::teamCode));
    this.seniorsByProvider = seniors.stream().collect(Collectors.groupingBy(StaffMember::providerCode));
  }

  /** The provider a final decision gives the case to: the court's own, or the CRC that takes the CRC's cases. */
  String providerOf(Decision decision) {
    if (decision.override() == null && decision.policy().provider() == Provider.CRC) {
      if (receivingCrcCode == null) {
        throw new IllegalStateException("The policy gave a case to a CRC, but the region has none");
      }
      return receivingCrcCode;
    }
    return courtProviderCode;
  }

  /** When the decision became final: when it was made, or when its override was approved; null while it waits. */
  static @Nullable Instant finalAt(Decision decision) {
    if (decision.override() == null) {
      return decision.decidedAt();
    }
    Approval approval = decision.override().approval();
    return approval == null ? null : approval.at();
  }

  /**
   * The case's practitioners, from the person's own random source. {@code demoPractitionersCase}: the
   * demo practitioner holds this limited-access case, so a demo always shows one.
   */
  Held held(GeneratedPerson person, String providerCode, Instant finalAt, String tier, CaseRisk risk,
      boolean demoPractitionersCase) {
    SplittableRandom random = new SplittableRandom(seed * 0x632BE59BD9B4E019L + person.index() * 0x9E3779B97F4A7C15L + 3);
    Instant due = practitionerDue(finalAt, random);
    if (!due.isBefore(asOfStart)) {
      return new Held(providerCode, finalAt, tier, List.of());
    }
    boolean psoMay = GradeRules.REFERENCE.check(Grade.PSO.name(), risk).eligible();
    Pools provider = pools.get(providerCode);
    // a PSO mostly, for a case a PSO may hold; otherwise now and then against the grade rules, with a reason
    Grades grades = random.nextDouble() < (psoMay ? CaseloadMix.PSO_TAKES : CaseloadMix.GRADE_OVERRIDE)
        && provider.atWork().get(Grades.PSOS).weight() > 0 ? Grades.PSOS : Grades.OFFICERS;
    PractitionerPool pool = provider.atWork().get(grades);
    StaffMember current = pool.pick(random);
    if (current == null) {
      current = pool.pickEvenly(random);
    }
    boolean limited = person.limitedAccess() != null;
    if (providerCode.equals(courtProviderCode) && (demoPractitionersCase || (limited && current.equals(keptOut)))) {
      current = demoPractitioner;
    }
    LocalDate dueDay = LondonTime.day(due);
    StaffMember previous = null;
    Instant handedOver = null;
    ReallocationReason why = null;
    String details = null;
    PractitionerPool offSick = provider.offSick().get(grades);
    double offSickShare = offSick.weight() / (offSick.weight() + pool.weight());
    if (current.startDate().isAfter(dueDay)) {
      // the practitioner joined after the case came: someone else had it until then, or it waited for them
      handedOver = during(WORKING_DAYS.add(firstWorkingDayFrom(current.startDate()), random.nextInt(10)), random);
      if (!handedOver.isBefore(asOfStart)) {
        handedOver = LondonTime.at(firstWorkingDayFrom(current.startDate()), 10 * 60);
      }
      previous = pool.pickStartedBy(dueDay, current, random);
      why = ReallocationReason.CASELOAD_ADJUSTMENT;
      details = "Building " + current.displayName() + "'s caseload after joining on "
          + ReductionGenerator.DAY.format(current.startDate());
    } else if (random.nextDouble() < offSickShare) {
      StaffMember sick = offSick.pickStartedBy(dueDay, current, random);
      LocalDate since = sick == null ? null : reductions.absentSince(sick);
      Instant moved = since == null ? null : during(WORKING_DAYS.add(firstWorkingDayFrom(since), random.nextInt(5)), random);
      if (moved != null && since.isAfter(dueDay.plusDays(7)) && moved.isBefore(asOfStart)) {
        previous = sick;
        handedOver = moved;
        why = ReallocationReason.CASELOAD_ADJUSTMENT;
        details = sick.displayName() + " is on long-term sick leave";
      }
    } else if (random.nextDouble() < CaseloadMix.REALLOCATED) {
      LocalDate earliest = dueDay.plusDays(7);
      long room = asOf.toEpochDay() - earliest.toEpochDay() - 3;
      Instant moved = room <= 0 ? null : during(firstWorkingDayFrom(earliest.plusDays(random.nextLong(room))), random);
      if (moved != null && moved.isBefore(asOfStart)) {
        previous = pool.pickStartedBy(dueDay, current, random);
        handedOver = moved;
        why = CaseloadMix.REALLOCATION_REASON.pick(random);
        details = CaseloadMix.details(why);
      }
    }
    if (limited && keptOut.equals(previous)) {
      previous = null;
    }
    boolean sensitive = limited || random.nextDouble() < CaseloadMix.SENSITIVE;
    List<PractitionerToLoad> practitioners = new ArrayList<>(2);
    if (previous != null && handedOver != null) {
      practitioners.add(allocation(previous, due, null, null, handedOver,
          "Reallocated to " + current.displayName() + " (" + current.code() + ")", psoMay, sensitive, random));
      practitioners.add(allocation(current, handedOver, why, details, null, null, psoMay, sensitive, random));
    } else {
      Instant at = handedOver != null && current.startDate().isAfter(dueDay) ? handedOver : due;
      practitioners.add(allocation(current, at, null, null, null, null, psoMay, sensitive, random));
    }
    return new Held(providerCode, finalAt, tier, List.copyOf(practitioners));
  }

  private PractitionerToLoad allocation(StaffMember member, Instant at, @Nullable ReallocationReason why,
      @Nullable String details, @Nullable Instant endedAt, @Nullable String endedBecause, boolean psoMay,
      boolean sensitive, SplittableRandom random) {
    StaffMember senior = senior(member, random);
    return new PractitionerToLoad(member.code(), member.teamCode(), at, staff.username(senior),
        NameLists.pick(CaseloadMix.JUSTIFICATIONS, random), sensitive,
        random.nextDouble() < CaseloadMix.OVERSIGHT_NOTE ? NameLists.pick(CaseloadMix.OVERSIGHT_NOTES, random) : null,
        member.grade() == Grade.PSO && !psoMay ? NameLists.pick(CaseloadMix.GRADE_OVERRIDE_REASONS, random) : null,
        why, details, endedAt, endedBecause);
  }

  /** A senior probation officer of the member's team, or of their provider when the team has none at work. */
  private StaffMember senior(StaffMember member, SplittableRandom random) {
    List<StaffMember> team = seniorsByTeam.getOrDefault(member.teamCode(), List.of());
    List<StaffMember> seniors = !team.isEmpty() ? team : seniorsByProvider.getOrDefault(member.providerCode(), List.of());
    if (seniors.isEmpty()) {
      throw new IllegalStateException(member.providerCode() + " has no senior probation officer at work");
    }
    return NameLists.pick(seniors, random);
  }

  /** When the case is given to a practitioner: later the same day, or on one of the next two working days. */
  private Instant practitionerDue(Instant finalAt, SplittableRandom random) {
    int lag = CaseloadMix.ALLOCATION_LAG.pick(random);
    LocalDate day = LondonTime.day(finalAt);
    if (lag == 0) {
      Instant later = finalAt.plusSeconds(60L * (30 + random.nextInt(240)));
      return LondonTime.day(later).equals(day) && later.isBefore(LondonTime.at(day, 17 * 60 + 30)) ? later
          : during(WORKING_DAYS.add(day, 1), random);
    }
    return during(WORKING_DAYS.add(day, lag), random);
  }

  /** A time in the working day: 09:00 to 16:59. */
  private static Instant during(LocalDate day, SplittableRandom random) {
    return LondonTime.at(day, 9 * 60 + random.nextInt(8 * 60));
  }

  private static LocalDate firstWorkingDayFrom(LocalDate day) {
    return WORKING_DAYS.isWorkingDay(day) ? day : WORKING_DAYS.add(day, 1);
  }

  private Pools pools(List<StaffMember> members, Map<String, Double> spread) {
    Map<Grades, PractitionerPool> atWork = new EnumMap<>(Grades.class);
    Map<Grades, PractitionerPool> offSick = new EnumMap<>(Grades.class);
    for (Grades grades : Grades.values()) {
      List<StaffMember> some = members.stream().filter(m -> grades.grades.test(m.grade())).toList();
      atWork.put(grades, PractitionerPool.of(some, m -> share(m, spread)
          * reductions.hoursLeft(m).doubleValue() / DEFAULT_HOURS));
      // what those now off sick carried before, so they had their share of the earlier cases
      offSick.put(grades, PractitionerPool.of(some.stream().filter(m -> reductions.absentSince(m) != null).toList(),
          m -> share(m, spread) * m.contractedHours().doubleValue() / DEFAULT_HOURS));
    }
    return new Pools(atWork, offSick);
  }

  private static double share(StaffMember member, Map<String, Double> spread) {
    return StaffMix.of(member.grade()).caseloadWeight * spread.get(member.code());
  }

  /** Each practitioner's own spread; the demo users' are the median, so the demo practitioner has a usual caseload. */
  private Map<String, Double> spread(List<StaffMember> everyone, Set<StaffMember> demoStaff) {
    SplittableRandom random = new SplittableRandom(seed ^ 0xCA5E10ADL);
    Map<String, Double> spread = new HashMap<>();
    for (StaffMember member : everyone) {
      double drawn = Math.max(CaseloadMix.LEAST_SPREAD,
          Math.min(CaseloadMix.MOST_SPREAD, Math.exp(CaseloadMix.SPREAD * random.nextGaussian())));
      spread.put(member.code(), demoStaff.contains(member) ? 1.0 : drawn);
    }
    return spread;
  }
}
