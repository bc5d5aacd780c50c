package org.probatio.insights.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The caseload picture is for those who manage, allocate or inspect caseloads, and administrators. */
@Component
class CaseloadRules implements PathRules {

  static final Role[] READERS = {Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR, Role.ADMIN};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, CaseloadController.PATH, CaseloadController.PATH + "/*")
        .hasAnyRole(roles(READERS));
  }
}
