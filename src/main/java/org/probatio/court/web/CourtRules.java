package org.probatio.court.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The court team works the court pages and API; those who manage, allocate or inspect cases read a
 * person's court record; senior practitioners see the late checks escalated to them.
 */
@Component
class CourtRules implements PathRules {

  static final Role[] WORKERS = {Role.COURT};
  static final Role[] READERS = {Role.COURT, Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR,
      Role.INSPECTOR, Role.ADMIN};
  static final Role[] ESCALATED_TO = {Role.SENIOR_PRACTITIONER};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/court/late-checks", "/api/v1/court/late-checks").hasAnyRole(roles(ESCALATED_TO))
        .requestMatchers(HttpMethod.GET, "/court", "/court/hearings/new", "/court/hearings/*",
            "/court/hearings/*/report/new", "/court/hearings/*/sentence/new", "/court/reports/*",
            "/court/reports/*/checks/*", "/court/reports/*/complete")
        .hasAnyRole(roles(WORKERS))
        .requestMatchers(HttpMethod.POST, "/court/hearings", "/court/hearings/*/report", "/court/hearings/*/sentence",
            "/court/reports/*/sections", "/court/reports/*/checks/*", "/court/reports/*/complete")
        .hasAnyRole(roles(WORKERS))
        .requestMatchers(HttpMethod.GET, "/people/*/court").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.GET, "/api/v1/people/*/court", "/api/v1/court/hearings/*", "/api/v1/court/reports/*",
            "/api/v1/court/sentences/*")
        .hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.POST, "/api/v1/court/hearings", "/api/v1/court/hearings/*/report",
            "/api/v1/court/hearings/*/sentence", "/api/v1/court/reports/*/completion", "/api/v1/court/checks/*/response")
        .hasAnyRole(roles(WORKERS))
        .requestMatchers(HttpMethod.PUT, "/api/v1/court/reports/*/sections").hasAnyRole(roles(WORKERS));
  }
}
