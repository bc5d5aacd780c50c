package org.probatio.demo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.court.ReportType;
import org.probatio.workforce.Grade;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.Provider;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.StaffMember;

/**
 * Who does the court and allocation work of a generated region, and the usernames they record it
 * under: a demo user's own, otherwise the local part of the member of staff's email address. Court
 * work and allocation are the court provider's: the NPS division's, or the unified region's.
 * Handovers are received by the region's first CRC by code, which is the CRC allocation hands cases
 * to (Probatio does not yet map CRC areas to addresses); a unified region has no CRC, and no one
 * to receive a handover, as it never makes one.
 */
final class CaseStaff {

  private final Map<String, String> usernames = new HashMap<>();
  private final Map<String, StaffMember> byCode = new HashMap<>();
  /** Court officers and probation officers work in court: they record hearings and sentences. */
  final List<Worker> courtTeam;
  /** Court officers write the reports delivered on the day, oral and fast, as NPS court teams did. */
  private final List<Worker> courtOfficers;
  /** The court provider's probation officers screen after sentence and enter registrations. */
  final List<Worker> officers;
  /** Senior probation officers and case administrators decide allocations. */
  final List<Worker> allocators;
  final List<Worker> caseAdministrators;
  final List<Worker> seniors;
  /** The receiving CRC's managers and administrators acknowledge handovers. */
  final List<Worker> crcReceivers;
  final List<Worker> crcPractitioners;
  final List<Worker> crcReviewers;

  CaseStaff(Organisation organisation, String courtProviderCode, Map<DemoUser, StaffMember> demoStaff) {
    demoStaff.forEach((user, member) -> usernames.put(member.code(), user.username()));
    List<StaffMember> staff = organisation.staff();
    staff.forEach(member -> byCode.put(member.code(), member));
    this.courtTeam = of(staff, courtProviderCode, Grade.COURT_OFFICER, Grade.PO);
    this.courtOfficers = of(staff, courtProviderCode, Grade.COURT_OFFICER);
    this.officers = of(staff, courtProviderCode, Grade.PO);
    this.allocators = of(staff, courtProviderCode, Grade.SPO, Grade.ADMIN);
    this.caseAdministrators = of(staff, courtProviderCode, Grade.ADMIN);
    this.seniors = of(staff, courtProviderCode, Grade.SPO);
    Optional<String> receivingCrc = organisation.providers().stream().filter(p -> p.type() == ProviderType.CRC)
        .map(Provider::code).min(Comparator.naturalOrder());
    this.crcReceivers = receivingCrc.map(crc -> of(staff, crc, Grade.SPO, Grade.ADMIN)).orElse(List.of());
    this.crcPractitioners = receivingCrc.map(crc -> of(staff, crc, Grade.PO, Grade.PSO)).orElse(List.of());
    this.crcReviewers = receivingCrc.map(crc -> of(staff, crc, Grade.PO, Grade.SPO)).orElse(List.of());
  }

  /** The member of staff with this code. */
  StaffMember member(String code) {
    StaffMember member = byCode.get(code);
    if (member == null) {
      throw new IllegalArgumentException("No member of the region's staff has the code " + code);
    }
    return member;
  }

  /** The username a member of staff signs in with. */
  String username(StaffMember member) {
    String demo = usernames.get(member.code());
    if (demo != null) {
      return demo;
    }
    String email = member.email();
    return email == null ? member.code().toLowerCase(java.util.Locale.ROOT) : email.substring(0, email.indexOf('@'));
  }

  /** One of the members of staff, the username they work under, and their name. */
  record Worker(StaffMember member, String username, String name) {}

  Worker pick(List<Worker> pool, SplittableRandom random) {
    return NameLists.pick(pool, random);
  }

  /**
   * Who writes a report of this type: a court officer one delivered on the day, a probation officer a
   * standard report, so officers' workloads carry a few reports a month rather than the court's every
   * one; anyone of the court team when there is no report.
   */
  Worker author(@Nullable ReportType type, SplittableRandom random) {
    if (type == null) {
      return pick(courtTeam, random);
    }
    return pick(type.onTheDay() ? courtOfficers : officers, random);
  }

  /**
   * The staff of these grades at the provider; every provider of a generated region has at least one
   * of each grade named here.
   */
  private List<Worker> of(List<StaffMember> staff, String providerCode, Grade... grades) {
    Set<Grade> wanted = Set.of(grades);
    List<Worker> found = staff.stream().filter(s -> s.providerCode().equals(providerCode) && wanted.contains(s.grade()))
        .map(s -> new Worker(s, username(s), s.displayName())).toList();
    if (found.isEmpty()) {
      throw new IllegalArgumentException(providerCode + " has no staff of grades " + wanted);
    }
    return found;
  }
}
