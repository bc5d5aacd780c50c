package org.probatio.court.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/** The record-a-sentence form, as typed: the order, up to {@link #ROWS} requirements, and for custody the licence. */
public record SentenceForm(
    @Nullable String orderType,
    @Nullable String lengthMonths,
    @Nullable String sentenceDateDay,
    @Nullable String sentenceDateMonth,
    @Nullable String sentenceDateYear,
    @Nullable List<String> requirementType,
    @Nullable List<String> amount,
    @Nullable List<String> details,
    @Nullable String releaseDateDay,
    @Nullable String releaseDateMonth,
    @Nullable String releaseDateYear,
    @Nullable String licenceConditions) {

  static final int ROWS = 6;

  static SentenceForm blank(LocalDate today) {
    DateInput date = DateInput.of(today);
    return new SentenceForm(null, null, date.day(), date.month(), date.year(), List.of(), List.of(), List.of(), null, null,
        null, null);
  }

  /** The sentence as typed, what could not be read left null and its problem in {@code errors}; blank requirement rows are left out. */
  NewSentence read(FormErrors errors) {
    OrderType order = CourtForms.chosen(errors, "orderType", orderType, OrderType.class, "Select the type of order");
    Integer months = CourtForms.number(errors, "lengthMonths", lengthMonths,
        "Enter the length of the order as a whole number of months, like 12");
    LocalDate on = CourtForms.date(errors, "sentenceDate", "Date of the sentence",
        new DateInput(sentenceDateDay, sentenceDateMonth, sentenceDateYear), true);
    LocalDate release = CourtForms.date(errors, "releaseDate", "Expected release date",
        new DateInput(releaseDateDay, releaseDateMonth, releaseDateYear), false);
    List<Requirement> requirements = new ArrayList<>();
    for (int row : rows().filled()) {
      RequirementType type = CourtForms.chosen(errors, "requirementType-" + row, valueAt(requirementType, row),
          RequirementType.class, "Select the requirement");
      Integer value = CourtForms.number(errors, "amount-" + row, valueAt(amount, row), "Enter the amount as a whole number");
      if (type != null) {
        requirements.add(new Requirement(type, value, CourtForms.blankToNull(valueAt(details, row))));
      }
    }
    List<String> conditions = licenceConditions == null ? List.of()
        : licenceConditions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    return new NewSentence(order, months, on, requirements, release, conditions);
  }

  RepeatedRows rows() {
    return new RepeatedRows("requirements", ROWS, List.of("requirementType", "amount", "details"),
        Arrays.asList(requirementType, amount, details));
  }

  /** The page's field for one of the service's: the release date's inputs are named for the page. */
  String field(String field) {
    return field.equals("expectedReleaseDate") ? "releaseDate" : rows().field(field);
  }

  String anchor(String field) {
    return switch (field) {
      case "sentenceDate" -> "sentenceDate-day";
      case "expectedReleaseDate" -> "releaseDate-day";
      default -> rows().anchor(field);
    };
  }

  /** What was typed in a requirement row's column, for the page to show it back. */
  public String valueAt(@Nullable List<String> column, int row) {
    String value = CourtForms.at(column, row);
    return value == null ? "" : value;
  }
}
