package org.probatio.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;
import org.probatio.court.OrderType;
import org.probatio.workforce.*;
import org.probatio.workload.WorkloadToLoad;
import org.probatio.workload.rules.*;

class ScratchDistributionTest {

  @Test
  void distribution() {
    int n = Integer.getInteger("scratch.people", 250_000);
    String policy = System.getProperty("scratch.policy", "TR-2014");
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    long t0 = System.nanoTime();
    RegionGenerator region = new RegionGenerator(n, 2026, asOf, RegionModel.forPolicy(policy));
    System.out.printf("organisation in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    long t1 = System.nanoTime();
    long officers = region.people().filter(p -> p.responsibleOfficerCode() != null).count();
    System.out.printf("people with officers %d in %d ms%n", officers, (System.nanoTime() - t1) / 1_000_000);
    Map<String, StaffMember> staff = region.organisation().staff().stream().collect(Collectors.toMap(StaffMember::code, s -> s));
    Map<String, ProviderType> types = region.organisation().providers().stream().collect(Collectors.toMap(Provider::code, Provider::type));
    Map<String, List<WorkloadCase>> cases = new HashMap<>();
    Map<String, Integer> allHeld = new HashMap<>();
    long t2 = System.nanoTime();
    long[] counts = new long[6];
    region.drawnPeople().forEach(p -> {
      WorkloadToLoad w = region.caseHistories().workload(p, p.crnInEmptyDatabase().value(), KnownIds.NONE);
      var h = w.heldCase();
      if (h == null) return;
      counts[0]++;
      if (h.practitioners().isEmpty()) { counts[1]++; return; }
      var cur = h.practitioners().get(h.practitioners().size() - 1);
      if (cur.gradeOverrideReason() != null) counts[2]++;
      counts[3] += h.practitioners().size() - 1;
      allHeld.merge(cur.staffCode(), 1, Integer::sum);
      LocalDate ends = h.sentenceDate().plusMonths(h.lengthMonths());
      if (ends.isBefore(asOf)) return;
      CaseType type = h.orderType() != OrderType.CUSTODY_WITH_LICENCE ? CaseType.COMMUNITY
          : h.expectedReleaseDate() != null && h.expectedReleaseDate().isAfter(asOf) ? CaseType.CUSTODY : CaseType.LICENCE;
      cases.computeIfAbsent(cur.staffCode(), k -> new ArrayList<>()).add(new WorkloadCase(w.crn(), h.tier(), type));
    });
    System.out.printf("held %d unallocated %d overrides %d reallocations %d in %d ms%n", counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - t2) / 1_000_000);
    System.out.printf("reductions %d%n", region.reductions().size());
    Map<String, BigDecimal> left = new HashMap<>();
    for (var r : region.reductions()) {
      if (!r.inForceOn(asOf)) continue;
      StaffMember m = staff.get(r.staffCode());
      BigDecimal hrs = r.kind() == ReductionKind.HOURS ? r.amount() : m.contractedHours().multiply(r.amount()).movePointLeft(2);
      left.merge(r.staffCode(), hrs, BigDecimal::add);
    }
    PointsTable table = PointsTable.reference(1, LocalDate.of(2000, 1, 1));
    Map<String, List<double[]>> byGroup = new TreeMap<>();
    for (StaffMember m : region.organisation().staff()) {
      if (!Set.of(Grade.PO, Grade.PSO, Grade.PQIP).contains(m.grade())) continue;
      List<WorkloadCase> held = cases.getOrDefault(m.code(), List.of());
      BigDecimal red = left.getOrDefault(m.code(), BigDecimal.ZERO).min(m.contractedHours());
      Workload wl = WorkloadCalculator.calculate(table, new WorkloadInput(m.grade().name(), m.contractedHours(), red, held, List.of()));
      double cap = wl.availablePoints() == 0 ? Double.NaN : 100.0 * wl.points() / wl.availablePoints();
      String group = m.providerCode() + " " + types.get(m.providerCode()) + " " + m.grade();
      byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(new double[] {held.size(), cap, allHeld.getOrDefault(m.code(), 0)});
      byGroup.computeIfAbsent("ALL", k -> new ArrayList<>()).add(new double[] {held.size(), cap, allHeld.getOrDefault(m.code(), 0)});
    }
    byGroup.forEach((g, rows) -> {
      rows = rows.stream().filter(r -> r[2] > 0).toList();
      if (rows.isEmpty()) return;
      double[] active = rows.stream().mapToDouble(r -> r[0]).sorted().toArray();
      double[] all = rows.stream().mapToDouble(r -> r[2]).sorted().toArray();
      double[] caps = rows.stream().mapToDouble(r -> r[1]).filter(d -> !Double.isNaN(d)).sorted().toArray();
      long withCases = Arrays.stream(active).filter(d -> d > 0).count();
      long over50 = Arrays.stream(active).filter(d -> d > 50).count();
      long over50all = Arrays.stream(all).filter(d -> d > 50).count();
      long inBand = Arrays.stream(caps).filter(d -> d >= 50 && d <= 110).count();
      System.out.printf("%-22s n=%5d with=%5d active median=%4.0f p90=%4.0f max=%4.0f >50=%5.1f%% | all-held median=%4.0f p90=%4.0f max=%4.0f >50=%5.1f%% | capacity p10=%5.1f median=%5.1f p90=%5.1f 50-110=%5.1f%%%n",
          g, rows.size(), withCases, active[active.length / 2], active[(int) (active.length * 0.9)], active[active.length - 1], 100.0 * over50 / rows.size(),
          all[all.length / 2], all[(int) (all.length * 0.9)], all[all.length - 1], 100.0 * over50all / rows.size(),
          caps[(int) (caps.length * 0.1)], caps[caps.length / 2], caps[(int) (caps.length * 0.9)], 100.0 * inBand / caps.length);
    });
  }
}
