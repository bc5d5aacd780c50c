package org.probatio.insights.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone has a home page; team lists are for the managers of teams. */
@Component
class InsightsRules implements PathRules {

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/").hasAnyRole(roles(Role.values()))
        .requestMatchers(HttpMethod.GET, "/team/overdue-registrations").hasAnyRole(roles(Role.SENIOR_PRACTITIONER));
  }
}
