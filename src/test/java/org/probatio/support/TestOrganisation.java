package org.probatio.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.probatio.security.ApiTokens;
import org.probatio.security.Role;
import org.probatio.security.Users;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.Grade;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.Provider;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Team;
import org.probatio.workforce.Workforce;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small organisation shared by the integration tests: an NPS division with one user per role, and
 * a CRC with one practitioner. Loaded once per test JVM.
 */
public final class TestOrganisation {

  public static final String NPS = "N01";
  public static final String CRC = "C01";
  public static final String PASSWORD = "correct horse battery staple";

  /** Test users: username, role, staff code, grade. */
  public enum TestUser {
    PRACTITIONER("practitioner", Role.PRACTITIONER, "N01P001", Grade.PO, "N01T1"),
    SENIOR("senior", Role.SENIOR_PRACTITIONER, "N01S001", Grade.SPO, "N01T1"),
    COURT("court", Role.COURT, "N01C001", Grade.COURT_OFFICER, "N01T1"),
    ALLOCATOR("allocator", Role.ALLOCATOR, "N01S002", Grade.SPO, "N01T1"),
    VLO("vlo", Role.VLO, "N01V001", Grade.VLO, "N01T1"),
    INSPECTOR("inspector", Role.INSPECTOR, "N01I001", Grade.INSPECTOR, "N01T1"),
    ADMIN("admin", Role.ADMIN, "N01A001", Grade.ADMIN, "N01T1"),
    SECOND_PRACTITIONER("practitioner2", Role.PRACTITIONER, "N01P002", Grade.PO, "N01T1"),
    CRC_PRACTITIONER("crc-practitioner", Role.PRACTITIONER, "C01P001", Grade.PSO, "C01T1");

    public final String username;
    public final Role role;
    public final String staffCode;
    final Grade grade;
    final String team;

    TestUser(String username, Role role, String staffCode, Grade grade, String team) {
      this.username = username;
      this.role = role;
      this.staffCode = staffCode;
      this.grade = grade;
      this.team = team;
    }
  }

  private static boolean loaded;
  private static final java.util.Map<TestUser, String> tokens = new java.util.EnumMap<>(TestUser.class);

  private TestOrganisation() {}

  public static synchronized void ensureLoaded(ApplicationContext context) {
    if (loaded) {
      return;
    }
    Workforce workforce = context.getBean(Workforce.class);
    List<StaffMember> staff = java.util.Arrays.stream(TestUser.values())
        .map(u -> new StaffMember(u.staffCode, "Test", capitalised(u.username), u.grade, u.team,
            u.team.substring(0, 3), u.username + "@probatio.example", new BigDecimal("37.0"), LocalDate.of(2015, 4, 1)))
        .toList();
    workforce.load(new Organisation(
        List.of(new Provider(NPS, "NPS Test Division", ProviderType.NPS_DIVISION),
            new Provider(CRC, "Test Community Rehabilitation Company", ProviderType.CRC)),
        List.of(new DeliveryUnit("N01U1", "Preston", NPS), new DeliveryUnit("C01U1", "Blackpool", CRC)),
        List.of(new Team("N01T1", "Preston Team 1", "N01U1"), new Team("C01T1", "Blackpool Team 1", "C01U1")),
        staff));
    Users users = context.getBean(Users.class);
    ApiTokens apiTokens = context.getBean(ApiTokens.class);
    for (TestUser user : TestUser.values()) {
      users.createOrReset(user.username, "Test " + capitalised(user.username), user.staffCode,
          EnumSet.of(user.role), PASSWORD);
      tokens.put(user, apiTokens.createWithValue(user.username, "tests", ApiTokens.PREFIX + "integration-test-token-for-" + user.username).token());
    }
    loaded = true;
  }

  public static String token(TestUser user) {
    return tokens.get(user);
  }

  /** Runs work as if the user were signed in, as a service call from a page would be. */
  public static <T> T as(ApplicationContext context, TestUser user, Supplier<T> work) {
    return as(context, user.username, work);
  }

  /** Runs work as if this user, such as one a test created for itself, were signed in. */
  public static <T> T as(ApplicationContext context, String username, Supplier<T> work) {
    UserDetails details = context.getBean(UserDetailsService.class).loadUserByUsername(username);
    var previous = SecurityContextHolder.getContext().getAuthentication();
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  public static Set<Role> allRoles() {
    return EnumSet.allOf(Role.class);
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
