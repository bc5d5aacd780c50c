package org.probatio.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.probatio.risk.scoring.OffenceWeight;
import org.probatio.risk.scoring.OffenceWeights;

/**
 * Reads an offence-code mapping CSV: the bundled class-level default, or a full code-level file.
 * Every row is checked; a bad file is refused with each bad row's line number. The mapping's
 * version is the file name and the SHA-256 of its content. Lines starting with # are comments.
 */
public final class OffenceMappingCsv {

  public static final String HEADER = "offence_code,ho_category,ho_subcategory,ogrs3_weight,ogrs3_category,ogrs3_error,"
      + "snsv_static,snsv_dynamic,snsv_category,snsv_vatp_static,snsv_vatp_dynamic,vatp_category,opd_viol_sex";
  static final String BUNDLED = "offences/default-offence-classes.csv";
  private static final int COLUMNS = 13;
  private static final String NEED_DETAILS = "NEED_DETAILS_OF_EXACT_OFFENCE";

  private OffenceMappingCsv() {}

  /** The class-level default mapping shipped with Probatio. */
  public static OffenceWeights bundled() {
    try (InputStream in = Objects.requireNonNull(OffenceMappingCsv.class.getResourceAsStream(BUNDLED), BUNDLED)) {
      return read(in, "default-offence-classes.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static OffenceWeights read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    }
  }

  /** @throws IllegalArgumentException naming every bad line when the content is not a valid mapping */
  static OffenceWeights read(InputStream content, String name) throws IOException {
    MessageDigest sha256 = sha256();
    List<OffenceWeight> weights = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(new DigestInputStream(content, sha256), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      boolean headerSeen = false;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          if (!line.strip().equals(HEADER)) {
            problems.add("line " + lineNumber + ": the header must be " + HEADER);
            break;
          }
          continue;
        }
        try {
          weights.add(row(line.split(",", -1)));
        } catch (IllegalArgumentException e) {
          problems.add("line " + lineNumber + ": " + e.getMessage());
        }
      }
    }
    if (weights.isEmpty() && problems.isEmpty()) {
      problems.add("no offence codes: the file needs the header " + HEADER + " and a row per code");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + " is not a valid offence mapping: " + String.join("; ", problems));
    }
    return new OffenceWeights(name + " sha256:" + HexFormat.of().formatHex(sha256.digest()), weights);
  }

  private static OffenceWeight row(String[] cells) {
    if (cells.length != COLUMNS) {
      throw new IllegalArgumentException(cells.length + " columns where there should be " + COLUMNS);
    }
    String code = cells[0].strip();
    if (!code.matches("\\d{3}|\\d{5}")) {
      throw new IllegalArgumentException("offence_code '" + code + "' is not a 3-digit class or 5-digit code");
    }
    String error = cells[5].strip();
    if (!error.isEmpty() && !error.equals(NEED_DETAILS)) {
      throw new IllegalArgumentException("ogrs3_error '" + error + "' is neither empty nor " + NEED_DETAILS);
    }
    String ogrs3Weight = cells[3].strip();
    return new OffenceWeight(code, cells[4].strip(), ogrs3Weight.isEmpty() ? null : number("ogrs3_weight", ogrs3Weight),
        !error.isEmpty(), number("snsv_static", cells[6]), number("snsv_dynamic", cells[7]),
        number("snsv_vatp_static", cells[9]), number("snsv_vatp_dynamic", cells[10]));
  }

  private static double number(String column, String cell) {
    try {
      double value = Double.parseDouble(cell.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(column + " '" + cell + "' is not a number");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
