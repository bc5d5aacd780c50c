package org.probatio.workload.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may see workload figures: everyone has a "my workload" page (it says so when they hold no
 * cases); the staff readers see any member's within the providers they cover, which
 * {@link org.probatio.workload.Workloads#breakdown} checks; and a practitioner may read their own
 * through the API.
 */
@Component
class WorkloadRules implements PathRules {

  static final Role[] OWN_OR_READERS = {Role.PRACTITIONER, Role.ADMIN, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR,
      Role.INSPECTOR};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, MyWorkloadController.PATH).hasAnyRole(roles(Role.values()))
        .requestMatchers(HttpMethod.GET, MyWorkloadController.PATH + "/*").hasAnyRole(roles(StaffRules.READERS))
        .requestMatchers(HttpMethod.GET, "/api/v1/staff/*/workload").hasAnyRole(roles(OWN_OR_READERS))
        .requestMatchers(HttpMethod.GET, "/api/v1/teams/*/workload").hasAnyRole(roles(StaffRules.READERS));
  }
}
