package org.probatio.workload.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the staff, team and reduction pages and endpoints. Administrators change staff and
 * teams; administrators and senior practitioners change reductions (a senior practitioner only for
 * their own provider's staff, which {@link StaffAccess} checks); those four roles and allocators read
 * the lists, each within their own provider unless they work nationally.
 */
@Component
class StaffRules implements PathRules {

  static final Role[] READERS = {Role.ADMIN, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR};
  static final Role[] REDUCERS = {Role.ADMIN, Role.SENIOR_PRACTITIONER};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    String admin = Role.ADMIN.name();
    // the forms first: a member of staff's page would match their paths too
    rules.requestMatchers(HttpMethod.GET, "/admin/staff/new", "/admin/staff/*/edit", "/admin/staff/*/leave").hasRole(admin)
        .requestMatchers(HttpMethod.POST, "/admin/staff", "/admin/staff/*", "/admin/staff/*/leave").hasRole(admin)
        .requestMatchers(HttpMethod.GET, "/admin/staff/*/reductions/new", "/admin/staff/*/reductions/*/edit",
            "/admin/staff/*/reductions/*/end", "/admin/staff/*/reductions/*/remove").hasAnyRole(roles(REDUCERS))
        .requestMatchers(HttpMethod.POST, "/admin/staff/*/reductions", "/admin/staff/*/reductions/*",
            "/admin/staff/*/reductions/*/end", "/admin/staff/*/reductions/*/remove").hasAnyRole(roles(REDUCERS))
        .requestMatchers(HttpMethod.GET, "/admin/staff", "/admin/staff/*").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.GET, "/admin/teams/*/rename").hasRole(admin)
        .requestMatchers(HttpMethod.POST, "/admin/teams", "/admin/teams/*/rename").hasRole(admin)
        .requestMatchers(HttpMethod.GET, "/admin/teams").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.GET, "/api/v1/staff", "/api/v1/staff/*", "/api/v1/staff/*/reductions",
            "/api/v1/staff/*/reductions/*", "/api/v1/teams").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.POST, "/api/v1/staff", "/api/v1/teams").hasRole(admin)
        .requestMatchers(HttpMethod.PUT, "/api/v1/staff/*", "/api/v1/teams/*").hasRole(admin)
        .requestMatchers(HttpMethod.POST, "/api/v1/staff/*/reductions").hasAnyRole(roles(REDUCERS))
        .requestMatchers(HttpMethod.PUT, "/api/v1/staff/*/reductions/*").hasAnyRole(roles(REDUCERS))
        .requestMatchers(HttpMethod.DELETE, "/api/v1/staff/*/reductions/*").hasAnyRole(roles(REDUCERS));
  }
}
