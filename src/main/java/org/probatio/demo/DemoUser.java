package org.probatio.demo;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.probatio.security.Role;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffMember;

/**
 * The demo sign-ins: one per role, each linked to a member of staff of the court's provider (the NPS
 * division, or the unified region) whose grade suits the role, in the order they are shown at start-up.
 */
enum DemoUser {
  PRACTITIONER("practitioner", Role.PRACTITIONER, Grade.PO),
  SENIOR("senior", Role.SENIOR_PRACTITIONER, Grade.SPO),
  COURT("court", Role.COURT, Grade.COURT_OFFICER),
  VLO("vlo", Role.VLO, Grade.VLO),
  INSPECTOR("inspector", Role.INSPECTOR, Grade.INSPECTOR),
  ADMIN("admin", Role.ADMIN, Grade.ADMIN),
  ALLOCATOR("allocator", Role.ALLOCATOR, Grade.SPO, Grade.ADMIN),
  /** A second practitioner, kept out of the limited-access cases, so a demo shows a withheld record. */
  PRACTITIONER_2("practitioner2", Role.PRACTITIONER, Grade.PO);

  private final String username;
  private final Role role;
  private final List<Grade> grades;

  DemoUser(String username, Role role, Grade... grades) {
    this.username = username;
    this.role = role;
    this.grades = List.of(grades);
  }

  String username() {
    return username;
  }

  Role role() {
    return role;
  }

  /**
   * Who plays each demo user: the first of the staff (in code order) with a suitable grade who
   * plays no one else yet, or failing that the first with the user's main grade.
   */
  static Map<DemoUser, StaffMember> cast(List<StaffMember> courtProviderStaff) {
    Map<DemoUser, StaffMember> cast = new EnumMap<>(DemoUser.class);
    Set<String> taken = new HashSet<>();
    for (DemoUser user : values()) {
      StaffMember chosen = user.grades.stream()
          .flatMap(grade -> courtProviderStaff.stream().filter(s -> s.grade() == grade && !taken.contains(s.code())))
          .findFirst()
          .or(() -> courtProviderStaff.stream().filter(s -> s.grade() == user.grades.get(0)).findFirst())
          .orElseThrow(() -> new IllegalStateException("The court's provider has no " + user.grades.get(0).label()));
      cast.put(user, chosen);
      taken.add(chosen.code());
    }
    return cast;
  }
}
