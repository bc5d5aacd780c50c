package org.probatio.allocation.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Allocators and senior practitioners decide which provider takes a case; only senior practitioners
 * approve (or turn down) an override. Everyone who may read a person's record may read its allocation
 * decisions and tier; the service still answers "not found" for a record they may not see.
 */
@Component
class AllocationRules implements PathRules {

  static final Role[] DECIDERS = {Role.ALLOCATOR, Role.SENIOR_PRACTITIONER};
  static final Role[] APPROVERS = {Role.SENIOR_PRACTITIONER};
  static final Role[] READERS = Role.values();

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // the approvals list first: the deciders' rule for a case's page would match its path too
    rules.requestMatchers(HttpMethod.GET, "/allocations/approvals").hasAnyRole(roles(APPROVERS))
        .requestMatchers(HttpMethod.GET, "/allocations", "/allocations/*").hasAnyRole(roles(DECIDERS))
        .requestMatchers(HttpMethod.POST, "/allocations/*").hasAnyRole(roles(DECIDERS))
        .requestMatchers(HttpMethod.GET, "/allocations/decisions/*", "/people/*/allocations").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.POST, "/allocations/decisions/*/review").hasAnyRole(roles(APPROVERS))
        .requestMatchers(HttpMethod.GET, "/api/v1/allocation-cases", "/api/v1/allocation-cases/*")
        .hasAnyRole(roles(DECIDERS))
        .requestMatchers(HttpMethod.POST, "/api/v1/allocation-cases/*/decisions").hasAnyRole(roles(DECIDERS))
        .requestMatchers(HttpMethod.GET, "/api/v1/people/*/allocations", "/api/v1/people/*/tier",
            "/api/v1/allocation-decisions/*")
        .hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.POST, "/api/v1/allocation-decisions/*/review").hasAnyRole(roles(APPROVERS));
  }
}
