package org.probatio.allocation.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The receiving provider's practitioners, senior practitioners and allocators work its handover inbox;
 * inspectors and administrators may also read a handover; practitioners and senior practitioners
 * review the initial risk assessment. Which handovers each user sees is the service's rule.
 */
@Component
class HandoverRules implements PathRules {

  static final Role[] RECEIVERS = {Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR};
  static final Role[] READERS = {Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR,
      Role.ADMIN};
  static final Role[] REVIEWERS = {Role.PRACTITIONER, Role.SENIOR_PRACTITIONER};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // the review tasks first: the readers' rule for one handover would match their paths too
    rules.requestMatchers(HttpMethod.GET, "/handovers/review-tasks", "/handovers/review-tasks/*/complete",
            "/api/v1/handovers/review-tasks")
        .hasAnyRole(roles(REVIEWERS))
        .requestMatchers(HttpMethod.POST, "/handovers/review-tasks/*/complete", "/api/v1/handovers/review-tasks/*/completion")
        .hasAnyRole(roles(REVIEWERS))
        .requestMatchers(HttpMethod.GET, "/handovers", "/api/v1/handovers").hasAnyRole(roles(RECEIVERS))
        .requestMatchers(HttpMethod.GET, "/handovers/*", "/people/*/handovers", "/api/v1/handovers/*",
            "/api/v1/people/*/handovers")
        .hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.POST, "/handovers/*/acknowledgement", "/handovers/*/first-appointment",
            "/api/v1/handovers/*/acknowledgement")
        .hasAnyRole(roles(RECEIVERS))
        .requestMatchers(HttpMethod.PUT, "/api/v1/handovers/*/first-appointment").hasAnyRole(roles(RECEIVERS));
  }
}
