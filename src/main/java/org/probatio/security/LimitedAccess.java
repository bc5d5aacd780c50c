package org.probatio.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limited-access cases. An exclusion list names users who may not see the record; a restriction
 * list, when it has names, admits only them. Everyone else who is kept out sees only that the
 * record exists and whom to contact.
 */
@Service
public class LimitedAccess {

  /** The access lists of one case. */
  public record AccessLists(String crn, String contact, @Nullable String reason, Set<String> excluded,
      Set<String> permitted) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final Users users;
  private final CurrentUser currentUser;

  LimitedAccess(JdbcClient jdbc, AuditTrail audit, Clock clock, Users users, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.users = users;
    this.currentUser = currentUser;
  }

  /** For each of these cases that the user may not see, the contact for access. */
  @Transactional(readOnly = true)
  public Map<String, String> withheldFrom(String username, Collection<String> crns) {
    if (crns.isEmpty()) {
      return Map.of();
    }
    Map<String, String> withheld = new HashMap<>();
    jdbc.sql("""
            select a.crn, a.contact
            from security_limited_access a
            where a.crn in (:crns)
              and (exists (select 1 from security_access_list l
                           where l.crn = a.crn and l.list = 'EXCLUDED' and l.username = :username)
                   or (exists (select 1 from security_access_list l where l.crn = a.crn and l.list = 'PERMITTED')
                       and not exists (select 1 from security_access_list l
                                       where l.crn = a.crn and l.list = 'PERMITTED' and l.username = :username)))""")
        .param("crns", crns)
        .param("username", username)
        .query((rs, n) -> withheld.put(rs.getString("crn").strip(), rs.getString("contact")))
        .list();
    return withheld;
  }

  public Optional<String> withheldFrom(String username, String crn) {
    return Optional.ofNullable(withheldFrom(username, List.of(crn)).get(crn));
  }

  @Transactional(readOnly = true)
  public Optional<AccessLists> lists(String crn) {
    return jdbc.sql("select contact, reason from security_limited_access where crn = ?").param(crn)
        .query((rs, n) -> new AccessLists(crn, rs.getString("contact"), rs.getString("reason"),
            names(crn, "EXCLUDED"), names(crn, "PERMITTED")))
        .optional();
  }

  /** Replaces the case's access lists. Every name must be a user. */
  @Transactional
  public void set(AccessLists lists) {
    for (String username : union(lists.excluded(), lists.permitted())) {
      if (users.find(username).isEmpty()) {
        throw new IllegalArgumentException("No user is called " + username);
      }
    }
    jdbc.sql("""
            insert into security_limited_access (crn, contact, reason, changed_by, changed_at)
            values (:crn, :contact, :reason, :by, :at)
            on conflict (crn) do update set contact = excluded.contact, reason = excluded.reason,
              changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
        .param("crn", lists.crn())
        .param("contact", lists.contact())
        .param("reason", lists.reason())
        .param("by", currentUser.username())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    jdbc.sql("delete from security_access_list where crn = ?").param(lists.crn()).update();
    insertNames(lists.crn(), "EXCLUDED", lists.excluded());
    insertNames(lists.crn(), "PERMITTED", lists.permitted());
    audit.record(AuditAction.ACCESS_CHANGE, "person", lists.crn(),
        Map.of("excluded", new TreeSet<>(lists.excluded()), "permitted", new TreeSet<>(lists.permitted()),
            "contact", lists.contact()));
  }

  /** Lifts every limit on the case. */
  @Transactional
  public void lift(String crn) {
    if (jdbc.sql("delete from security_limited_access where crn = ?").param(crn).update() > 0) {
      audit.record(AuditAction.ACCESS_CHANGE, "person", crn, Map.of("lifted", true));
    }
  }

  private void insertNames(String crn, String list, Set<String> usernames) {
    for (String username : usernames) {
      jdbc.sql("insert into security_access_list (crn, username, list) values (?, ?, ?)")
          .params(crn, username, list).update();
    }
  }

  private Set<String> names(String crn, String list) {
    return new TreeSet<>(jdbc.sql("select username from security_access_list where crn = ? and list = ?")
        .params(crn, list).query(String.class).list());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
