package org.probatio.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.security.internal.UserRepository;
import org.probatio.security.internal.UserRepository.TokenHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The token is shown once, when it is created; only its SHA-256 is stored, and
 * a token can be revoked at any time.
 */
@Service
public class ApiTokens {

  /** Tokens start with this, so a leaked one is easy to recognise and to tell apart from a JWT. */
  public static final String PREFIX = "prb_";

  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  public record IssuedToken(long id, String label, String token) {}

  public record TokenSummary(long id, String label, String hint, Instant createdAt, @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {
    public boolean active() {
      return revokedAt == null;
    }
  }

  private final JdbcClient jdbc;
  private final UserRepository userRepository;
  private final Users users;
  private final AuditTrail audit;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, UserRepository userRepository, Users users, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.userRepository = userRepository;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IssuedToken create(String username, String label) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return store(username, label, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** Stores a token chosen by the operator: only for the demo user's fixed token. */
  @Transactional
  public IssuedToken createWithValue(String username, String label, String token) {
    if (!token.startsWith(PREFIX) || token.length() < 24) {
      throw new IllegalArgumentException("A fixed API token must start with " + PREFIX + " and be at least 24 characters");
    }
    jdbc.sql("delete from security_api_token where token_hash = ?").param(sha256(token)).update();
    return store(username, label, token);
  }

  private IssuedToken store(String username, String label, String token) {
    if (label.isBlank() || label.length() > 100) {
      throw new IllegalArgumentException("Give the token a name of 1 to 100 characters");
    }
    long userId = jdbc.sql("select id from security_user where username = ?").param(username)
        .query(Long.class).optional()
        .orElseThrow(() -> new IllegalArgumentException("No user is called " + username));
    long id = jdbc.sql("""
            insert into security_api_token (user_id, label, token_hash, token_hint, created_at)
            values (?, ?, ?, ?, ?) returning id""")
        .params(userId, label.strip(), sha256(token), token.substring(0, 8) + "…", Timestamp.from(clock.instant()))
        .query(Long.class)
        .single();
    audit.record(AuditAction.TOKEN_CREATE, "user", username, Map.of("tokenId", id, "label", label.strip()));
    return new IssuedToken(id, label.strip(), token);
  }

  @Transactional(readOnly = true)
  public List<TokenSummary> list(String username) {
    return jdbc.sql("""
            select t.id, t.label, t.token_hint, t.created_at, t.last_used_at, t.revoked_at
            from security_api_token t join security_user u on u.id = t.user_id
            where u.username = ? order by t.created_at desc, t.id desc""")
        .param(username)
        .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("label"), rs.getString("token_hint"),
            rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at"))))
        .list();
  }

  /** Revokes one of the user's own tokens; false if they have no such active token. */
  @Transactional
  public boolean revoke(String username, long tokenId) {
    int changed = jdbc.sql("""
            update security_api_token set revoked_at = ?
            where id = ? and revoked_at is null
              and user_id = (select id from security_user where username = ?)""")
        .params(Timestamp.from(clock.instant()), tokenId, username)
        .update();
    if (changed > 0) {
      audit.record(AuditAction.TOKEN_REVOKE, "user", username, Map.of("tokenId", tokenId));
    }
    return changed > 0;
  }

  /** The user a live token belongs to. */
  @Transactional
  public Optional<SignedInUser> authenticate(String token) {
    if (!token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<TokenHolder> holder = userRepository.findByTokenHash(sha256(token));
    Instant now = clock.instant();
    // Written at most once a minute, so busy API clients do not turn every read into a write.
    holder.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY)))
        .ifPresent(t -> jdbc.sql("update security_api_token set last_used_at = ? where id = ?")
            .params(Timestamp.from(now), t.tokenId()).update());
    return holder.map(t -> users.toSignedIn(t.user()));
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
