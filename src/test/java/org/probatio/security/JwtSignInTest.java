package org.probatio.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

/** JWTs from a trusted issuer sign in to the API as the Probatio user they name, with that user's roles. */
@IntegrationTest
@Import(JwtSignInTest.TrustedIssuer.class)
class JwtSignInTest {

  static final KeyPair ISSUER = keys();
  static final KeyPair STRANGER = keys();

  @TestConfiguration
  static class TrustedIssuer {
    @Bean
    JwtDecoder jwtDecoder() {
      return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
    }
  }

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  @Test
  void a_token_signed_by_the_issuer_acts_as_the_named_user_and_their_roles() throws Exception {
    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + jwt(ISSUER, "inspector", 300)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/people/A000001/audit").header("Authorization", "Bearer " + jwt(ISSUER, "inspector", 300)))
        .andExpect(status().isForbidden());
  }

  @Test
  void an_expired_token_a_forged_token_and_an_unknown_user_are_refused() throws Exception {
    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + jwt(ISSUER, "inspector", -300)))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + jwt(STRANGER, "admin", 300)))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + jwt(ISSUER, "not-a-probatio-user", 300)))
        .andExpect(status().isUnauthorized());
  }

  static String jwt(KeyPair keys, String username, long expiresInSeconds) throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .subject("id-" + username)
        .claim("preferred_username", username)
        .issueTime(Date.from(Instant.now().minusSeconds(600)))
        .expirationTime(Date.from(Instant.now().plusSeconds(expiresInSeconds)))
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner(keys.getPrivate()));
    return jwt.serialize();
  }

  static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
