package org.probatio.court;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A charge before the court: a Home Office offence code (a 3-digit class and a 2-digit subclass,
 * such as 02801 or 028/01) and the offence in words.
 */
public record Charge(String offenceCode, String description) {

  private static final Pattern CODE = Pattern.compile("(\\d{3})\\s*/?\\s*(\\d{2})");

  /** The code as five digits, or null if it is not a Home Office offence code. */
  public static @Nullable String normalisedCode(@Nullable String typed) {
    Matcher code = typed == null ? null : CODE.matcher(typed.strip());
    return code != null && code.matches() ? code.group(1) + code.group(2) : null;
  }

  /** The code as it is usually written, such as 028/01. */
  public String displayCode() {
    return offenceCode.length() == 5 ? offenceCode.substring(0, 3) + "/" + offenceCode.substring(3) : offenceCode;
  }
}
