package org.probatio.workforce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making a change, named as the audit trail names them. Read from the security context, as
 * {@code workforce} sits below the security module and cannot ask it.
 */
final class Actor {

  private Actor() {}

  static String username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
  }

  /**
   * The key an addition is kept under, so a repeat returns the first record: SHA-256 of the user, what
   * was asked for and the caller's key. Someone else's key, or the same key for something else, never
   * returns another record.
   */
  static String scopedKey(String what, String requestKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((username() + "\n" + what + "\n" + requestKey).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
