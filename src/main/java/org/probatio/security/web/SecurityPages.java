package org.probatio.security.web;

import org.probatio.security.PathRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Role rules for the account pages and the API documentation: any signed-in user. */
@Component
class SecurityPages implements PathRules {
  @Override
  public void apply(
      org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<
          org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/account/api-tokens", "/account/api-tokens/*/revoke").authenticated()
        .requestMatchers(HttpMethod.POST, "/account/api-tokens", "/account/api-tokens/*/revoke").authenticated()
        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
        .authenticated();
  }
}
