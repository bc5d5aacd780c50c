package org.probatio.security.internal;

import java.util.List;
import org.probatio.security.PathRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the API takes bearer tokens and keeps no session; the pages use form sign-in
 * with sessions in the database. Both apply every module's {@link PathRules} and deny the rest.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  private static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
      "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'");

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, List<PathRules> moduleRules, BearerAuthentication bearer,
      ProblemResponses problems) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(rules -> applyAll(rules, moduleRules))
        .oauth2ResourceServer(resourceServer -> resourceServer
            .authenticationManagerResolver(request -> bearer.manager())
            .authenticationEntryPoint(problems::unauthorized)
            .accessDeniedHandler(problems::forbidden))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(problems::unauthorized)
            .accessDeniedHandler(problems::forbidden))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        // Bearer tokens are not sent by browsers on their own, so cross-site requests cannot forge them.
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, List<PathRules> moduleRules, SignInOutcomes outcomes)
      throws Exception {
    http.authorizeHttpRequests(rules -> {
          rules.requestMatchers("/sign-in", "/assets/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
              "/error").permitAll();
          applyAll(rules, moduleRules);
        })
        .formLogin(form -> form
            .loginPage("/sign-in")
            .loginProcessingUrl("/sign-in")
            .successHandler(outcomes)
            .failureHandler(outcomes))
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  private static void applyAll(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
      List<PathRules> moduleRules) {
    moduleRules.forEach(rule -> rule.apply(rules));
    rules.anyRequest().denyAll();
  }
}
