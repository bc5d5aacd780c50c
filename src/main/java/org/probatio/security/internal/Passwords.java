package org.probatio.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, for the server and for command-line work alike. */
@Configuration(proxyBeanMethods = false)
class Passwords {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt for new passwords, and still able to check older hashes if the default ever moves on.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
