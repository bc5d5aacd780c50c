package org.probatio.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.probatio.security.ApiTokens;
import org.probatio.security.Role;
import org.probatio.security.Users;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The demo users: created or reset, each signed in as their member of staff, and the admin's API token. */
@Service
class DemoAccounts {

  /** One sign-in to show at start-up. */
  record SignIn(String username, Role role, String password) {}

  static final String TOKEN_LABEL = "Demo token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Users users;
  private final ApiTokens tokens;
  private final Workforce workforce;

  DemoAccounts(Users users, ApiTokens tokens, Workforce workforce) {
    this.users = users;
    this.tokens = tokens;
    this.workforce = workforce;
  }

  @Transactional
  public List<SignIn> reset(Map<DemoUser, StaffMember> demoStaff, Function<DemoUser, String> passwords) {
    List<SignIn> signIns = new ArrayList<>();
    for (DemoUser user : DemoUser.values()) {
      StaffMember planned = demoStaff.get(user);
      // the database may hold a region of another size or seed: link only staff who are really there
      Optional<StaffMember> staff = workforce.staffMember(planned.code()).filter(s -> s.grade() == planned.grade());
      String password = passwords.apply(user);
      users.createOrReset(user.username(),
          staff.map(StaffMember::displayName).orElse("Demo " + user.role().label().toLowerCase(Locale.ROOT)),
          staff.map(StaffMember::code).orElse(null), Set.of(user.role()), password);
      signIns.add(new SignIn(user.username(), user.role(), password));
    }
    return signIns;
  }

  /** Until demo mode gives them passwords, nobody can sign in as the demo users. */
  @Transactional
  public void createWithUnknownPasswords(Map<DemoUser, StaffMember> demoStaff) {
    reset(demoStaff, user -> randomText(32));
  }

  /** A new personal API token for the admin demo user, the fixed one if given; earlier demo tokens are revoked. */
  @Transactional
  public String adminToken(@Nullable String fixedToken) {
    String admin = DemoUser.ADMIN.username();
    tokens.list(admin).stream()
        .filter(token -> token.active() && token.label().equals(TOKEN_LABEL))
        .forEach(token -> tokens.revoke(admin, token.id()));
    return (fixedToken == null ? tokens.create(admin, TOKEN_LABEL) : tokens.createWithValue(admin, TOKEN_LABEL, fixedToken))
        .token();
  }

  /** 16 characters from 96 random bits: fresh for every start. */
  static String randomPassword() {
    return randomText(12);
  }

  private static String randomText(int bytes) {
    byte[] secret = new byte[bytes];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
