package org.probatio.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing, apart from the web filter chains: command-line contexts have no web server
 * but still create users and tokens.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt for new passwords, and still able to check older hashes if the default ever moves on.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
