package org.probatio.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

  /** A user row with its roles; the provider is found through the staff record. */
  public record UserRow(
      long id,
      String username,
      String displayName,
      String passwordHash,
      @Nullable String staffCode,
      boolean enabled,
      int failedAttempts,
      @Nullable Instant lockedUntil,
      Set<Role> roles) {}

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A live API token, the user it belongs to, and when it was last used. */
  public record TokenHolder(long tokenId, @Nullable Instant lastUsedAt, UserRow user) {}

  private static final String USER_WITH_ROLES = """
      select u.id, u.username, u.display_name, u.password_hash, u.staff_code, u.enabled,
             u.failed_attempts, u.locked_until,
             coalesce((select string_agg(r.role, ',' order by r.role) from security_user_role r
                       where r.user_id = u.id), '') as roles
      """;

  public Optional<UserRow> find(String username) {
    return jdbc.sql(USER_WITH_ROLES + " from security_user u where u.username = ?")
        .param(username)
        .query(UserRepository::row)
        .optional();
  }

  /** The enabled user holding an unrevoked token with this hash: one round trip per API request. */
  public Optional<TokenHolder> findByTokenHash(String tokenHash) {
    return jdbc.sql(USER_WITH_ROLES + """
            , t.id as token_id, t.last_used_at
            from security_api_token t join security_user u on u.id = t.user_id
            where t.token_hash = ? and t.revoked_at is null and u.enabled""")
        .param(tokenHash)
        .query((rs, n) -> new TokenHolder(rs.getLong("token_id"),
            rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant(), row(rs, n)))
        .optional();
  }

  /** Creates the user, or replaces the password, name, staff link and roles of an existing one. */
  public long upsert(String username, String displayName, @Nullable String staffCode, String passwordHash,
      Set<Role> roles, Instant now) {
    long id = jdbc.sql("""
            insert into security_user (username, display_name, password_hash, staff_code, created_at)
            values (:username, :displayName, :hash, :staffCode, :now)
            on conflict (username) do update
              set display_name = excluded.display_name, password_hash = excluded.password_hash,
                  staff_code = excluded.staff_code, failed_attempts = 0, locked_until = null
            returning id""")
        .param("username", username)
        .param("displayName", displayName)
        .param("hash", passwordHash)
        .param("staffCode", staffCode)
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .single();
    jdbc.sql("delete from security_user_role where user_id = ?").param(id).update();
    for (Role role : roles) {
      jdbc.sql("insert into security_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
    }
    return id;
  }

  /** Counts a failed sign-in and locks the account once the limit is reached. */
  public void recordFailure(String username, int limit, Instant lockUntil) {
    jdbc.sql("""
            update security_user
            set failed_attempts = failed_attempts + 1,
                locked_until = case when failed_attempts + 1 >= :limit then :lockUntil else locked_until end
            where username = :username""")
        .param("limit", limit)
        .param("lockUntil", Timestamp.from(lockUntil))
        .param("username", username)
        .update();
  }

  public void recordSuccess(String username) {
    jdbc.sql("update security_user set failed_attempts = 0, locked_until = null where username = ? and failed_attempts > 0")
        .param(username)
        .update();
  }

  private static UserRow row(ResultSet rs, int n) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
    return new UserRow(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        rs.getString("staff_code"),
        rs.getBoolean("enabled"),
        rs.getInt("failed_attempts"),
        locked == null ? null : locked.toInstant(),
        roles);
  }
}
