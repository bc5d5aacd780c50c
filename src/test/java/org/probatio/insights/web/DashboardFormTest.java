package org.probatio.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.insights.Choices;
import org.probatio.insights.DashboardFilter;
import org.probatio.web.FormErrors;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.Provider;
import org.probatio.workforce.ProviderType;

class DashboardFormTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 3);
  static final Choices CHOICES = new Choices(
      List.of(new Provider("N01", "NPS North West", ProviderType.NPS_DIVISION),
          new Provider("C01", "Cumbria and Lancashire CRC", ProviderType.CRC)),
      List.of(new DeliveryUnit("N01U1", "Preston", "N01"), new DeliveryUnit("C01U1", "Blackpool", "C01")));

  static DashboardForm period(String from, String to) {
    String[] f = from.split(" ", -1);
    String[] t = to.split(" ", -1);
    return new DashboardForm(f[0], f[1], f[2], t[0], t[1], t[2], null, null);
  }

  @Test
  void the_page_first_opens_on_the_four_weeks_ending_today() {
    DashboardFilter filter = DashboardForm.defaults(TODAY);
    assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(filter.weekBeginnings()).hasSize(4).last().isEqualTo(LocalDate.of(2026, 5, 28));
    assertThat(new DashboardForm(null, null, null, "", null, null, "", null).empty()).isTrue();
  }

  @ParameterizedTest(name = "{0} to {1} is read as {2} to {3}")
  @CsvSource({
      "7 5 2026, 3 6 2026, 2026-05-07, 2026-06-03",
      "3 6 2026, 3 6 2026, 2026-06-03, 2026-06-03",
      "3 06 2026, 03 6 2026, 2026-06-03, 2026-06-03",
      "3 6 2024, 3 6 2026, 2024-06-03, 2026-06-03",
      "29 2 2024, 28 2 2026, 2024-02-29, 2026-02-28"})
  void a_real_period_of_at_most_two_years_ending_by_today_is_accepted(String from, String to, LocalDate start, LocalDate end) {
    FormErrors errors = FormErrors.none();
    DashboardFilter filter = period(from, to).read(TODAY, CHOICES, errors);
    assertThat(errors.items()).isEmpty();
    assertThat(filter).isEqualTo(new DashboardFilter(start, end, null, null));
  }

  @ParameterizedTest(name = "{0} to {1}: {2} says ‘{3}’")
  @CsvSource({
      "'  ', 3 6 2026, from, Enter the start date",
      "7 5 2026, '  ', to, Enter the end date",
      "31 2 2026, 3 6 2026, from, Start date must be a real date",
      "7 13 2026, 3 6 2026, from, Start date must be a real date",
      "7 5 26, 3 6 2026, from, Year must include 4 numbers",
      "7  2026, 3 6 2026, from, Start date must include a month",
      "seven 5 2026, 3 6 2026, from, Start date must be a real date",
      "7 5 2026, 4 6 2026, to, The end date must be today or in the past",
      "4 6 2026, 3 6 2026, from, The start date must be the same as or before the end date",
      "2 6 2024, 3 6 2026, from, The period can be at most 2 years: enter a later start date"})
  void a_bad_period_names_the_field_and_what_to_do(String from, String to, String field, String message) {
    FormErrors errors = FormErrors.none();
    assertThat(period(from, to).read(TODAY, CHOICES, errors)).isNull();
    assertThat(errors.message(field)).isEqualTo(message);
    assertThat(errors.items()).filteredOn(item -> item.field().equals(field)).singleElement()
        .satisfies(item -> assertThat(item.anchor()).isEqualTo(field + "-day"));
  }

  @ParameterizedTest(name = "provider {0}, delivery unit {1}: {2}")
  @CsvSource({
      "N01, N01U1, ",
      ", C01U1, ",
      "N99, , Select a provider from the list",
      ", N99U9, Select a delivery unit from the list",
      "N01, C01U1, 'Select a delivery unit of the chosen provider, or all delivery units'"})
  void the_provider_and_delivery_unit_must_be_among_the_users_choices(String provider, String unit, String message) {
    FormErrors errors = FormErrors.none();
    DashboardFilter filter = new DashboardForm("7", "5", "2026", "3", "6", "2026", provider, unit)
        .read(TODAY, CHOICES, errors);
    if (message == null) {
      assertThat(errors.items()).isEmpty();
      assertThat(filter).isEqualTo(new DashboardFilter(LocalDate.of(2026, 5, 7), TODAY, provider, unit));
    } else {
      assertThat(filter).isNull();
      assertThat(errors.items()).extracting(FormErrors.Item::message).containsExactly(message);
    }
  }

  @Test
  void the_filter_travels_in_the_address_as_typed() {
    assertThat(new DashboardForm("7", "5", "2026", "3", "6", "2026", "N01", null).query())
        .isEqualTo("?fromDay=7&fromMonth=5&fromYear=2026&toDay=3&toMonth=6&toYear=2026&provider=N01");
    assertThat(new DashboardForm("3 & 4", null, null, null, null, null, null, "N01U1").query())
        .isEqualTo("?fromDay=3%20%26%204&fromMonth=&fromYear=&toDay=&toMonth=&toYear=&deliveryUnit=N01U1");
    assertThat(DashboardForm.of(new DashboardFilter(LocalDate.of(2026, 5, 7), TODAY, null, "N01U1")))
        .isEqualTo(new DashboardForm("7", "5", "2026", "3", "6", "2026", null, "N01U1"));
  }
}
