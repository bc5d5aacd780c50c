package org.probatio.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. The actor comes from the security context and the channel
 * from the request, so callers state only what they did to which record.
 */
@Service
public class AuditTrail {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Records an action; joins the caller's transaction so a change and its audit row land together. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditAction action, String subjectType, @Nullable String subjectId, Map<String, ?> details) {
    jdbc.sql("""
            insert into audit_event (occurred_at, username, channel, action, subject_type, subject_id, details)
            values (:at, :username, :channel, :action, :subjectType, :subjectId, cast(:details as jsonb))
            """)
        .param("at", Timestamp.from(clock.instant()))
        .param("username", currentUsername())
        .param("channel", currentChannel().name())
        .param("action", action.name())
        .param("subjectType", subjectType)
        .param("subjectId", subjectId)
        .param("details", json.writeValueAsString(details))
        .update();
  }

  /** Who has opened, changed or been shown this record in a search, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEvent> history(String subjectType, String subjectId, int limit) {
    return jdbc.sql("""
            select id, occurred_at, username, channel, action, subject_type, subject_id, details::text as details
            from audit_event
            where subject_type = :type
              and (subject_id = :id or (details -> 'crns') @> jsonb_build_array(cast(:id as text)))
            order by occurred_at desc, id desc limit :limit
            """)
        .param("type", subjectType)
        .param("id", subjectId)
        .param("limit", limit)
        .query((rs, n) -> new AuditEvent(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("username"),
            Channel.valueOf(rs.getString("channel")),
            AuditAction.valueOf(rs.getString("action")),
            rs.getString("subject_type"),
            rs.getString("subject_id"),
            json.readValue(rs.getString("details"), DETAILS)))
        .list();
  }

  static String currentUsername() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
  }

  static Channel currentChannel() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? Channel.API : Channel.WEB;
    }
    return Channel.CLI;
  }
}
