package org.probatio.risk.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone who may read a record may read its risk; practitioners and court staff assess and register. */
@Component
class RiskRules implements PathRules {

  static final Role[] ASSESSORS = {Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.COURT};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // the scoring form first: the readers' rule for a calculation's page would match its path too
    rules.requestMatchers(HttpMethod.GET, "/people/*/risk/scores/new").hasAnyRole(roles(ASSESSORS))
        .requestMatchers(HttpMethod.GET, "/people/*/risk", "/people/*/risk/scores/*").hasAnyRole(roles(Role.values()))
        .requestMatchers(HttpMethod.GET, "/people/*/risk/rosh/new", "/people/*/risk/registrations/new",
            "/people/*/risk/registrations/*/review", "/people/*/risk/registrations/*/remove",
            "/people/*/risk/needs/new", "/people/*/risk/plan")
        .hasAnyRole(roles(ASSESSORS))
        .requestMatchers(HttpMethod.POST, "/people/*/risk/rosh", "/people/*/risk/registrations",
            "/people/*/risk/registrations/*/review", "/people/*/risk/registrations/*/remove", "/people/*/risk/needs",
            "/people/*/risk/plan", "/people/*/risk/scores")
        .hasAnyRole(roles(ASSESSORS))
        .requestMatchers(HttpMethod.GET, "/api/v1/people/*/risk", "/api/v1/people/*/risk-scores",
            "/api/v1/people/*/risk-scores/*").hasAnyRole(roles(Role.values()))
        .requestMatchers(HttpMethod.POST, "/api/v1/people/*/rosh-assessments", "/api/v1/people/*/registrations",
            "/api/v1/people/*/registrations/*/reviews", "/api/v1/people/*/registrations/*/removal",
            "/api/v1/people/*/risk-scores")
        .hasAnyRole(roles(ASSESSORS))
        // stateless: scores a request and stores nothing about anyone
        .requestMatchers(HttpMethod.POST, "/api/v1/risk-scores").hasAnyRole(roles(Role.values()));
  }
}
