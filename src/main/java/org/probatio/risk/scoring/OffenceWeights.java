package org.probatio.risk.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An offence-code mapping with its version label, which every score records. Codes are 5 digits
 * (Home Office class and subclass); a mapping may also hold whole 3-digit classes, used for any
 * code of the class that it does not list itself.
 */
public final class OffenceWeights {

  private static final int FIVE_DIGIT_CODES = 100_000;

  private final String version;
  /** By the code's number, so a lookup neither hashes nor allocates. */
  private final @Nullable OffenceWeight[] byNumber = new OffenceWeight[FIVE_DIGIT_CODES];
  private final Map<String, OffenceWeight> otherCodes = new HashMap<>();
  private final int size;

  public OffenceWeights(String version, List<OffenceWeight> weights) {
    this.version = version;
    OffenceWeight[] classes = new OffenceWeight[FIVE_DIGIT_CODES / 100];
    for (OffenceWeight weight : weights) {
      String code = weight.code();
      int number = number(code);
      int classNumber = code.length() == 3 ? number(code + "00") : -1;
      if (number >= 0) {
        byNumber[number] = weight;
      } else if (classNumber >= 0) {
        classes[classNumber / 100] = weight;
      } else {
        otherCodes.put(code, weight);
      }
    }
    for (int number = 0; number < FIVE_DIGIT_CODES; number++) {
      if (byNumber[number] == null) {
        byNumber[number] = classes[number / 100];
      }
    }
    this.size = weights.size();
  }

  /** The weights for a code, or null when the mapping has none. */
  public @Nullable OffenceWeight find(String code) {
    int number = number(code);
    return number >= 0 ? byNumber[number] : otherCodes.get(code);
  }

  /** What the mapping is, for example its file name and content digest. */
  public String version() {
    return version;
  }

  /** How many codes and classes the mapping lists. */
  public int size() {
    return size;
  }

  /** The value of a 5-digit code, or -1 for anything else. */
  private static int number(String code) {
    if (code.length() != 5) {
      return -1;
    }
    int number = 0;
    for (int i = 0; i < 5; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
