package org.probatio.calendar.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone may read the bank holidays through the API; only administrators change them. */
@Component
class CalendarRules implements PathRules {

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/admin/bank-holidays", "/admin/bank-holidays/changes/*/withdraw")
        .hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.POST, "/admin/bank-holidays", "/admin/bank-holidays/changes/*/withdraw")
        .hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.GET, "/api/v1/bank-holidays").hasAnyRole(roles(Role.values()));
  }
}
