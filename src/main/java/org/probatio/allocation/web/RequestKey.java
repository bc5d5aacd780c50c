package org.probatio.allocation.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key a decision is stored under so a repeated submission returns the first outcome. The caller's
 * key counts only for the same user and case: someone else's key, or the same key sent for another
 * case, never returns another decision.
 */
final class RequestKey {

  private RequestKey() {}

  /** SHA-256 of user, case and key, in hex: 64 characters, whatever the caller's key. */
  static String scoped(String username, long caseId, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((username + "\n" + caseId + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
