package org.probatio.insights.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.insights.Choices;
import org.probatio.insights.DashboardFilter;
import org.probatio.people.Parsed;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filter as typed: the period's first and last days, a provider and a delivery unit
 * (blank for all). It travels in the address, so every link and chart keeps it.
 */
public record DashboardForm(
    @Nullable String fromDay,
    @Nullable String fromMonth,
    @Nullable String fromYear,
    @Nullable String toDay,
    @Nullable String toMonth,
    @Nullable String toYear,
    @Nullable String provider,
    @Nullable String deliveryUnit) {

  /** The default period: the four weeks ending today. */
  static final int DEFAULT_DAYS = 28;
  static final int LONGEST_YEARS = 2;

  static DashboardForm of(DashboardFilter filter) {
    DateInput from = DateInput.of(filter.from());
    DateInput to = DateInput.of(filter.to());
    return new DashboardForm(from.day(), from.month(), from.year(), to.day(), to.month(), to.year(),
        filter.providerCode(), filter.deliveryUnitCode());
  }

  static DashboardFilter defaults(LocalDate today) {
    return new DashboardFilter(today.minusDays(DEFAULT_DAYS - 1), today, null, null);
  }

  /** Whether nothing was given, as when the page is first opened. */
  boolean empty() {
    return new DateInput(fromDay, fromMonth, fromYear).isBlank() && new DateInput(toDay, toMonth, toYear).isBlank()
        && blank(provider) && blank(deliveryUnit);
  }

  /** The filter, or null with every problem in {@code errors}. */
  @Nullable DashboardFilter read(LocalDate today, Choices choices, FormErrors errors) {
    LocalDate from = date(errors, "from", "Start date", new DateInput(fromDay, fromMonth, fromYear));
    LocalDate to = date(errors, "to", "End date", new DateInput(toDay, toMonth, toYear));
    if (to != null && to.isAfter(today)) {
      errors.add("to", "The end date must be today or in the past", "to-day");
    }
    if (from != null && to != null && from.isAfter(to)) {
      errors.add("from", "The start date must be the same as or before the end date", "from-day");
    }
    if (from != null && to != null && from.isBefore(to.minusYears(LONGEST_YEARS))) {
      errors.add("from", "The period can be at most " + LONGEST_YEARS + " years: enter a later start date", "from-day");
    }
    String providerCode = blank(provider) ? null : provider.strip();
    String unitCode = blank(deliveryUnit) ? null : deliveryUnit.strip();
    checkPlace(choices, providerCode, unitCode, errors);
    return errors.any() ? null : new DashboardFilter(from, to, providerCode, unitCode);
  }

  /** A provider and delivery unit chosen from the lists, the unit of that provider; each may be left blank. */
  static void checkPlace(Choices choices, @Nullable String providerCode, @Nullable String unitCode, FormErrors errors) {
    if (providerCode != null && choices.provider(providerCode).isEmpty()) {
      errors.add("provider", "Select a provider from the list");
    }
    if (unitCode != null && choices.deliveryUnit(unitCode).isEmpty()) {
      errors.add("deliveryUnit", "Select a delivery unit from the list");
    } else if (unitCode != null && providerCode != null
        && !choices.deliveryUnit(unitCode).orElseThrow().providerCode().equals(providerCode)) {
      errors.add("deliveryUnit", "Select a delivery unit of the chosen provider, or all delivery units");
    }
  }

  /** The filter as the query of an address: "?fromDay=...". */
  String query() {
    UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
    uri.queryParam("fromDay", text(fromDay)).queryParam("fromMonth", text(fromMonth)).queryParam("fromYear", text(fromYear))
        .queryParam("toDay", text(toDay)).queryParam("toMonth", text(toMonth)).queryParam("toYear", text(toYear));
    if (!blank(provider)) {
      uri.queryParam("provider", provider.strip());
    }
    if (!blank(deliveryUnit)) {
      uri.queryParam("deliveryUnit", deliveryUnit.strip());
    }
    return uri.encode().build().toUriString();
  }

  private static @Nullable LocalDate date(FormErrors errors, String field, String label, DateInput typed) {
    Parsed<LocalDate> read = typed.read(label);
    if (read instanceof Parsed.Invalid<LocalDate> invalid) {
      errors.add(field, invalid.message(), field + "-day");
      return null;
    }
    return ((Parsed.Valid<LocalDate>) read).value();
  }

  private static String text(@Nullable String typed) {
    return typed == null ? "" : typed.strip();
  }

  private static boolean blank(@Nullable String typed) {
    return typed == null || typed.isBlank();
  }
}
