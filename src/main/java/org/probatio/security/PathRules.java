package org.probatio.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's explicit role rules for its own pages and endpoints. The security module applies every
 * module's rules and then denies anything no rule names.
 */
@FunctionalInterface
public interface PathRules {

  void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

  static String[] roles(Role... roles) {
    String[] names = new String[roles.length];
    for (int i = 0; i < roles.length; i++) {
      names[i] = roles[i].name();
    }
    return names;
  }
}
