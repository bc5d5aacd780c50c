package org.probatio.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.security.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user account as Spring Security's form sign-in needs it. */
public final class AccountDetails implements UserDetails, CredentialsContainer {

  private final SignedInUser user;
  private @Nullable String passwordHash;
  private final boolean enabled;
  private final @Nullable Instant lockedUntil;
  private final Instant checkedAt;

  AccountDetails(SignedInUser user, String passwordHash, boolean enabled, @Nullable Instant lockedUntil, Instant checkedAt) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.lockedUntil = lockedUntil;
    this.checkedAt = checkedAt;
  }

  public SignedInUser user() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(user);
  }

  static List<SimpleGrantedAuthority> authorities(SignedInUser user) {
    return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || !lockedUntil.isAfter(checkedAt);
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
