package org.probatio.insights.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Everyone has a home page; team lists are for the managers of teams; the court-to-allocation
 * dashboard is for those who run or inspect court work and allocation.
 */
@Component
class InsightsRules implements PathRules {

  static final Role[] DASHBOARD_READERS = {Role.SENIOR_PRACTITIONER, Role.COURT, Role.ALLOCATOR, Role.INSPECTOR,
      Role.ADMIN};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/").hasAnyRole(roles(Role.values()))
        .requestMatchers(HttpMethod.GET, "/team/overdue-registrations").hasAnyRole(roles(Role.SENIOR_PRACTITIONER))
        .requestMatchers(HttpMethod.GET, CourtToAllocationController.PATH, CourtToAllocationController.PATH + "/*",
            CourtToAllocationController.PATH + "/*/chart.svg", CourtToAllocationController.PATH + "/*/cases.csv")
        .hasAnyRole(roles(DASHBOARD_READERS));
  }
}
