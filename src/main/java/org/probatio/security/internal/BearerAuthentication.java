package org.probatio.security.internal;

import java.util.ArrayList;
import java.util.List;
import org.probatio.security.ApiTokens;
import org.probatio.security.SignedInUser;
import org.probatio.security.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API: personal API tokens always, and JWTs when an issuer is configured. A
 * JWT only proves who the caller is; their roles and provider come from their Probatio account, so
 * the same rules apply however they signed in.
 */
@Component
class BearerAuthentication {

  private final AuthenticationManager manager;

  BearerAuthentication(ApiTokens tokens, Users users, ObjectProvider<JwtDecoder> jwtDecoder) {
    List<AuthenticationProvider> providers = new ArrayList<>();
    providers.add(new PersonalTokenProvider(tokens));
    jwtDecoder.ifAvailable(decoder -> {
      JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
      jwt.setJwtAuthenticationConverter(token -> fromJwt(token, users));
      providers.add(jwt);
    });
    this.manager = new ProviderManager(providers);
  }

  AuthenticationManager manager() {
    return manager;
  }

  private static AbstractAuthenticationToken fromJwt(Jwt jwt, Users users) {
    String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
    SignedInUser user = users.find(username)
        .orElseThrow(() -> new InvalidBearerTokenException("The token's user has no Probatio account"));
    return authenticated(user);
  }

  static UsernamePasswordAuthenticationToken authenticated(SignedInUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null, AccountDetails.authorities(user));
  }

  private record PersonalTokenProvider(ApiTokens tokens) implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication authentication) {
      String token = ((BearerTokenAuthenticationToken) authentication).getToken();
      if (!token.startsWith(ApiTokens.PREFIX)) {
        return null; // not ours: let the JWT provider try
      }
      return tokens.authenticate(token).map(BearerAuthentication::authenticated)
          .orElseThrow(() -> new InvalidBearerTokenException("The API token is unknown or has been revoked"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }
}
