package org.probatio.workload.web;

import static org.probatio.security.PathRules.roles;

import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Senior practitioners give cases to practitioners and move them between practitioners; allocators
 * may read the cases waiting, a case's candidates and an allocation made. Everyone who may read a
 * person's record may read who holds their cases; the services still answer "not found" for a case or
 * record the user may not see.
 */
@Component
class PractitionerAllocationRules implements PathRules {

  static final Role[] ALLOCATING = {Role.SENIOR_PRACTITIONER};
  static final Role[] READERS = {Role.SENIOR_PRACTITIONER, Role.ALLOCATOR};

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/practitioner-allocations/cases/*/reallocate").hasAnyRole(roles(ALLOCATING))
        .requestMatchers(HttpMethod.POST, "/practitioner-allocations/cases/*").hasAnyRole(roles(ALLOCATING))
        .requestMatchers(HttpMethod.GET, "/practitioner-allocations", "/practitioner-allocations/cases/*",
            "/practitioner-allocations/allocations/*").hasAnyRole(roles(READERS))
        .requestMatchers(HttpMethod.GET, "/people/*/practitioners").hasAnyRole(roles(Role.values()));
  }
}
