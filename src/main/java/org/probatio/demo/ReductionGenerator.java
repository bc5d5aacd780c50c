package org.probatio.demo;

import static org.probatio.demo.Weighted.choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.Grade;
import org.probatio.workforce.ReductionCategory;
import org.probatio.workforce.ReductionCategory.Preset;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.ReductionToLoad;
import org.probatio.workforce.StaffMember;

/**
 * The reductions on a generated region's staff records, as they stand on the as-of day: every PQiP's
 * trainee officer reduction for their first 6 months, every probation officer's newly qualified reduction
 * for the 9 months after qualifying (a year after they started, as trainees), long-term sickness for a few
 * (with earlier absences ended and followed by a phased return), trade union duties and a few others.
 * Records go back {@link #YEARS_OF_RECORDS} years: a reduction that ended before then was never entered.
 * The demo users' staff are never off sick. Made from a random source of its own, so the rest of the
 * region is the same with or without it.
 */
final class ReductionGenerator {

  /** The reductions, and the hours each member of staff has left on the as-of day. */
  record Generated(List<ReductionToLoad> reductions, Map<String, BigDecimal> hoursLeft,
      Map<String, LocalDate> absentSince) {

    /** Contracted hours less the reductions in force on the as-of day, never below 0. */
    BigDecimal hoursLeft(StaffMember member) {
      return hoursLeft.getOrDefault(member.code(), member.contractedHours());
    }

    /** The first day of a member's long-term sickness in force on the as-of day, if they are off sick. */
    @Nullable LocalDate absentSince(StaffMember member) {
      return absentSince.get(member.code());
    }
  }

  static final int YEARS_OF_RECORDS = 3;
  /** A probation officer trained as a PQiP for a year before qualifying. */
  static final int MONTHS_TRAINING = 12;
  /** Staff off sick for the long term on the as-of day, and staff back at work from an earlier absence. */
  static final double LONG_TERM_SICK = 0.025;
  static final double BACK_FROM_SICKNESS = 0.012;
  static final double UNION_DUTIES = 0.01;
  static final double OTHER = 0.005;

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final Weighted<BigDecimal> UNION_HOURS = Weighted.of(
      choice(new BigDecimal("3.7"), 50), choice(new BigDecimal("7.4"), 35), choice(new BigDecimal("14.8"), 15));
  private static final Weighted<BigDecimal> PHASED_RETURN_PERCENT = Weighted.of(
      choice(new BigDecimal("50"), 60), choice(new BigDecimal("40"), 25), choice(new BigDecimal("25"), 15));
  private static final List<String> SICKNESS_REASONS = List.of(
      "Long-term sickness absence",
      "Long-term sickness absence; fit note renewed monthly",
      "Absent after surgery; occupational health review booked");
  private static final List<String> UNION_REASONS = List.of(
      "Napo branch representative",
      "UNISON branch secretary",
      "Napo health and safety representative");
  private static final List<String> OTHER_REASONS = List.of(
      "Practice tutor to a PQiP learner one afternoon a week",
      "Secondment to the MAPPA co-ordination unit one day a week",
      "Approved premises cover one day a week");

  private final LocalDate asOf;
  private final LocalDate recordsBegin;
  private final SplittableRandom random;
  private final List<ReductionToLoad> reductions = new ArrayList<>();

  private ReductionGenerator(LocalDate asOf, SplittableRandom random) {
    this.asOf = asOf;
    this.recordsBegin = asOf.minusYears(YEARS_OF_RECORDS);
    this.random = random;
  }

  /** The staff's reductions; the staff in {@code neverOffSick} (the demo users') are never off sick. */
  static Generated generate(Collection<StaffMember> staff, Set<String> neverOffSick, LocalDate asOf, long seed) {
    ReductionGenerator generator = new ReductionGenerator(asOf, new SplittableRandom(seed ^ 0x7ED0C7105L));
    for (StaffMember member : staff) {
      generator.member(member, !neverOffSick.contains(member.code()));
    }
    Map<String, BigDecimal> left = new HashMap<>();
    Map<String, LocalDate> absent = new HashMap<>();
    Map<String, StaffMember> byCode = new HashMap<>();
    staff.forEach(member -> byCode.put(member.code(), member));
    for (ReductionToLoad r : generator.reductions) {
      if (r.inForceOn(asOf)) {
        StaffMember member = byCode.get(r.staffCode());
        BigDecimal hours = r.hoursOf(member.contractedHours());
        left.put(r.staffCode(), left.getOrDefault(r.staffCode(), member.contractedHours()).subtract(hours));
        if (r.category() == ReductionCategory.LONG_TERM_SICKNESS) {
          absent.put(r.staffCode(), r.startDate());
        }
      }
    }
    left.replaceAll((code, hours) -> hours.max(BigDecimal.ZERO));
    return new Generated(List.copyOf(generator.reductions), Map.copyOf(left), Map.copyOf(absent));
  }

  private void member(StaffMember member, boolean mayBeOffSick) {
    LocalDate started = member.startDate();
    if (member.grade() == Grade.PQIP) {
      preset(member, ReductionCategory.TRAINEE_OFFICER, started,
          "Professional Qualification in Probation: protected caseload while training");
    }
    if (member.grade() == Grade.PO) {
      LocalDate qualified = started.plusMonths(MONTHS_TRAINING);
      preset(member, ReductionCategory.NEWLY_QUALIFIED, qualified,
          "Newly qualified officer: protected caseload after qualifying on " + DAY.format(qualified));
    }
    double sickness = random.nextDouble();
    if (mayBeOffSick && sickness < LONG_TERM_SICK) {
      LocalDate from = asOf.minusDays(14 + random.nextInt(280));
      if (from.isAfter(started.plusDays(30))) {
        add(member, ReductionCategory.LONG_TERM_SICKNESS, ReductionKind.PERCENT, new BigDecimal("100"),
            NameLists.pick(SICKNESS_REASONS, random), from, null, entered(from), entered(from));
      }
    } else if (mayBeOffSick && sickness < LONG_TERM_SICK + BACK_FROM_SICKNESS) {
      LocalDate last = asOf.minusDays(10 + random.nextInt(500));
      LocalDate from = last.minusDays(28 + random.nextInt(120));
      if (from.isAfter(started.plusDays(30)) && from.isAfter(recordsBegin)) {
        // ended when they came back, and followed by a phased return
        LocalDate back = last.plusDays(1);
        add(member, ReductionCategory.LONG_TERM_SICKNESS, ReductionKind.PERCENT, new BigDecimal("100"),
            NameLists.pick(SICKNESS_REASONS, random), from, last, entered(from), entered(back));
        add(member, ReductionCategory.PHASED_RETURN, ReductionKind.PERCENT, PHASED_RETURN_PERCENT.pick(random),
            "Phased return after sickness absence, agreed with occupational health", back,
            back.plusWeeks(4 + random.nextInt(5)).minusDays(1), entered(back), entered(back));
      }
    }
    if (random.nextDouble() < UNION_DUTIES) {
      LocalDate from = later(started, recordsBegin).plusDays(random.nextInt(700));
      if (from.isBefore(asOf.minusDays(7))) {
        BigDecimal hours = UNION_HOURS.pick(random).min(member.contractedHours());
        add(member, ReductionCategory.UNION_DUTIES, ReductionKind.HOURS, hours, NameLists.pick(UNION_REASONS, random),
            from, random.nextInt(3) == 0 ? from.plusYears(1).minusDays(1) : null, entered(from), entered(from));
      }
    }
    if (random.nextDouble() < OTHER) {
      LocalDate from = later(started, recordsBegin).plusDays(random.nextInt(900));
      if (from.isBefore(asOf.minusDays(7))) {
        add(member, ReductionCategory.OTHER, ReductionKind.PERCENT, new BigDecimal(random.nextBoolean() ? "10" : "20"),
            NameLists.pick(OTHER_REASONS, random), from, from.plusMonths(12).minusDays(1), entered(from),
            entered(from));
      }
    }
  }

  /** A preset's reduction from its first day, entered that day, if it is still in the records and has begun. */
  private void preset(StaffMember member, ReductionCategory category, LocalDate from, String reason) {
    Preset preset = category.preset().orElseThrow();
    LocalDate last = category.defaultEndDate(from).orElseThrow();
    if (from.isBefore(asOf) && !last.isBefore(recordsBegin)) {
      add(member, category, preset.kind(), preset.amount(), reason, from, last, entered(from), entered(from));
    }
  }

  private void add(StaffMember member, ReductionCategory category, ReductionKind kind, BigDecimal amount, String reason,
      LocalDate from, @Nullable LocalDate last, Instant enteredAt, Instant changedAt) {
    reductions.add(
        new ReductionToLoad(member.code(), category, kind, amount, reason, from, last, enteredAt, changedAt));
  }

  /** Entered on the day, in the morning; a day in the future was entered the day before the as-of day. */
  private Instant entered(LocalDate day) {
    LocalDate on = day.isBefore(asOf) ? day : asOf.minusDays(1);
    return LondonTime.at(on, 9 * 60 + 30);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

}
