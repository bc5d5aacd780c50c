package org.probatio.security;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.security.internal.UserRepository;
import org.probatio.security.internal.UserRepository.UserRow;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: who can sign in, as which member of staff, with which roles. */
@Service
public class Users {

  private final UserRepository repository;
  private final Workforce workforce;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  Users(UserRepository repository, Workforce workforce, PasswordEncoder passwordEncoder, Clock clock) {
    this.repository = repository;
    this.workforce = workforce;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  /** Creates an account, or resets an existing one to these details and this password. */
  @Transactional
  public void createOrReset(String username, String displayName, @Nullable String staffCode, Set<Role> roles,
      String password) {
    if (staffCode != null && workforce.staffMember(staffCode).isEmpty()) {
      throw new IllegalArgumentException("No member of staff has the code " + staffCode);
    }
    repository.upsert(username, displayName, staffCode, passwordEncoder.encode(password), roles, clock.instant());
  }

  @Transactional(readOnly = true)
  public Optional<SignedInUser> find(String username) {
    return repository.find(username).filter(UserRow::enabled).map(this::toSignedIn);
  }

  public SignedInUser toSignedIn(UserRow row) {
    String providerCode = row.staffCode() == null ? null
        : workforce.staffMember(row.staffCode()).map(StaffMember::providerCode).orElse(null);
    return new SignedInUser(row.username(), row.displayName(), row.staffCode(), providerCode, Set.copyOf(row.roles()));
  }
}
