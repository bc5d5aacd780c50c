package org.probatio.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key a submission is stored under so a repeated submission returns the first outcome: a form's
 * hidden key drawn with the page, or an API client's Idempotency-Key. The caller's key counts only for
 * the same user and record: someone else's key, or the same key sent for another record, never
 * returns another outcome.
 */
public final class RequestKey {

  private RequestKey() {}

  /** SHA-256 of user, case and key, in hex: 64 characters, whatever the caller's key. */
  public static String scoped(String username, long caseId, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((username + "\n" + caseId + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
