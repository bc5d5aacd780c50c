package org.probatio.workload.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Administrators change the workload configuration; senior practitioners, allocators and inspectors
 * read it, on the page and through the API.
 */
@Component
class WorkloadConfigurationRules implements PathRules {

  static final Role[] READERS = {Role.ADMIN, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/admin/workload-configuration/new",
            "/admin/workload-configuration/versions/*/withdraw")
        .hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.POST, "/admin/workload-configuration", "/admin/workload-configuration/new",
            "/admin/workload-configuration/check", "/admin/workload-configuration/versions/*/withdraw")
        .hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.GET, "/admin/workload-configuration", "/admin/workload-configuration/versions/*")
        .hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.GET, "/api/v1/workload-configuration", "/api/v1/workload-configuration/versions",
            "/api/v1/workload-configuration/versions/*")
        .hasAnyRole(roles(READERS));
  }
}
