package org.probatio.people.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the person pages and endpoints. Everyone who works cases may find and read records
 * (within their provider); inspectors and victim liaison officers read but do not change them.
 */
@Component
class PeopleRules implements PathRules {

  static final Role[] READERS = Role.values();
  static final Role[] EDITORS = {Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.COURT, Role.ALLOCATOR, Role.ADMIN};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/people/new").hasAnyRole(roles(EDITORS))
        .requestMatchers(HttpMethod.GET, "/people/*/edit").hasAnyRole(roles(EDITORS))
        .requestMatchers(HttpMethod.POST, "/people", "/people/*").hasAnyRole(roles(EDITORS))
        .requestMatchers(HttpMethod.GET, "/people", "/people/*").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.GET, "/admin/people/*/audit", "/admin/people/*/access").hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.POST, "/admin/people/*/access", "/admin/people/*/access/lift").hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.GET, "/admin/people/*/access/lift").hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.GET, "/api/v1/people/*/audit").hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.GET, "/api/v1/people", "/api/v1/people/*").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.POST, "/api/v1/people").hasAnyRole(roles(EDITORS))
        .requestMatchers(HttpMethod.PUT, "/api/v1/people/*").hasAnyRole(roles(EDITORS));
  }
}
