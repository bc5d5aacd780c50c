package org.probatio.security.internal;

import java.time.Clock;
import org.probatio.security.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

  private final UserRepository repository;
  private final Users users;
  private final Clock clock;

  AccountDetailsService(UserRepository repository, Users users, Clock clock) {
    this.repository = repository;
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return repository.find(username)
        .map(row -> new AccountDetails(users.toSignedIn(row), row.passwordHash(), row.enabled(), row.lockedUntil(),
            clock.instant()))
        .orElseThrow(() -> new UsernameNotFoundException("No such user"));
  }
}
