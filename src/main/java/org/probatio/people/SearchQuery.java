package org.probatio.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a user typed into the search box, read as the identifier it looks like: a CRN, a PNC ID in
 * any form, a NOMIS or CRO number, a date of birth, or else part of a name.
 */
public record SearchQuery(Kind kind, String value) {

  public enum Kind { CRN, PNC, CRO, NOMIS, DATE_OF_BIRTH, NAME }

  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d/M/uuuu"),
      DateTimeFormatter.ofPattern("d-M-uuuu"),
      DateTimeFormatter.ofPattern("d.M.uuuu"),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK));

  public static @Nullable SearchQuery of(String text) {
    String q = text.strip();
    if (q.isEmpty()) {
      return null;
    }
    if (Crn.parse(q) instanceof Parsed.Valid<Crn> crn) {
      return new SearchQuery(Kind.CRN, crn.value().value());
    }
    if (NomisNumber.parse(q) instanceof Parsed.Valid<NomisNumber> nomis) {
      return new SearchQuery(Kind.NOMIS, nomis.value().value());
    }
    if (q.matches("(?i)\\d{2,4}/?\\d{1,7}[A-Z]") && PncId.parse(q) instanceof Parsed.Valid<PncId> pnc) {
      return new SearchQuery(Kind.PNC, pnc.value().value());
    }
    if (CroNumber.parse(q) instanceof Parsed.Valid<CroNumber> cro) {
      return new SearchQuery(Kind.CRO, cro.value().value());
    }
    LocalDate date = date(q);
    if (date != null) {
      return new SearchQuery(Kind.DATE_OF_BIRTH, date.toString());
    }
    String key = Names.searchKey(q);
    return key.isEmpty() ? null : new SearchQuery(Kind.NAME, key);
  }

  private static @Nullable LocalDate date(String q) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(q, format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }
}
