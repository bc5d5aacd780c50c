package org.probatio.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.audit.Channel;
import org.probatio.calendar.BankHolidayChanges.Outcome;
import org.probatio.calendar.rules.HolidayChange;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators' one-off changes: checked, stored, audited, counted by the calendar at once, and
 * withdrawn. The database is shared, so each test uses years from 2090 that no other test uses, and
 * withdraws what it made.
 */
@IntegrationTest
class BankHolidayChangesIntegrationTest {

  static final LocalDate TUESDAY = LocalDate.of(2090, 6, 6);
  static final LocalDate SPRING_BANK_HOLIDAY_2091 = LocalDate.of(2091, 5, 28);

  @Autowired ApplicationContext context;
  @Autowired BankHolidayChanges changes;
  @Autowired WorkingDayCalendar calendar;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;

  final List<Long> made = new ArrayList<>();

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  @AfterEach
  void withdrawWhatWasMade() {
    made.forEach(id -> asAdmin(() -> changes.withdraw(id)));
  }

  Outcome asAdmin(java.util.function.Supplier<Outcome> work) {
    return TestOrganisation.as(context, TestUser.ADMIN, work);
  }

  long make(HolidayChange change) {
    Outcome outcome = asAdmin(() -> changes.make(change));
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    long id = ((Outcome.Done) outcome).id();
    made.add(id);
    return id;
  }

  @Test
  void an_added_bank_holiday_is_counted_at_once_and_audited_with_who_made_it() {
    assertThat(calendar.addWorkingDays(TUESDAY.minusDays(1), 1)).isEqualTo(TUESDAY);

    long id = make(new HolidayChange.Added(TUESDAY, "  Extra day for a test  ", " A proclamation of 1 June 2089 "));

    assertThat(calendar.isWorkingDay(TUESDAY)).isFalse();
    assertThat(calendar.addWorkingDays(TUESDAY.minusDays(1), 1)).isEqualTo(TUESDAY.plusDays(1));
    assertThat(calendar.workingDaysBetween(TUESDAY.minusDays(1), TUESDAY.plusDays(1))).isEqualTo(1);
    assertThat(calendar.bankHoliday(TUESDAY)).get()
        .satisfies(holiday -> assertThat(holiday.name()).isEqualTo("Extra day for a test"))
        .satisfies(holiday -> assertThat(holiday.why()).isEqualTo("A proclamation of 1 June 2089"));
    assertThat(changes.inForce(2090)).singleElement().satisfies(change -> {
      assertThat(change.id()).isEqualTo(id);
      assertThat(change.madeBy()).isEqualTo("admin");
      assertThat(change.added()).isTrue();
    });
    AuditEvent event = audit.history("bank-holiday-change", String.valueOf(id), 5).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.CREATE);
    assertThat(event.username()).isEqualTo("admin");
    assertThat(event.details()).containsEntry("date", "2090-06-06").containsEntry("kind", "ADDED")
        .containsEntry("name", "Extra day for a test").containsEntry("reason", "A proclamation of 1 June 2089");
  }

  @Test
  void a_removed_bank_holiday_becomes_a_working_day_until_the_change_is_withdrawn() {
    long id = make(new HolidayChange.Removed(SPRING_BANK_HOLIDAY_2091, "Moved for a test"));
    assertThat(calendar.isWorkingDay(SPRING_BANK_HOLIDAY_2091)).isTrue();
    assertThat(calendar.bankHolidays(2091)).hasSize(7);

    assertThat(asAdmin(() -> changes.withdraw(id))).isEqualTo(new Outcome.Done(id));
    made.clear();

    assertThat(calendar.isWorkingDay(SPRING_BANK_HOLIDAY_2091)).isFalse();
    assertThat(changes.inForce(2091)).isEmpty();
    AuditEvent withdrawn = audit.history("bank-holiday-change", String.valueOf(id), 5).get(0);
    assertThat(withdrawn.action()).isEqualTo(AuditAction.UPDATE);
    assertThat(withdrawn.details()).containsEntry("withdrawn", true);
    assertThat(asAdmin(() -> changes.withdraw(id))).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void a_change_is_refused_for_a_past_date_a_weekend_a_day_already_changed_or_with_no_name_or_reason() {
    LocalDate yesterday = LocalDate.now().minusDays(1);
    assertThat(refused(new HolidayChange.Added(yesterday, "Past", "Too late")))
        .containsEntry("date", "The date must be in the future");
    assertThat(refused(new HolidayChange.Added(LocalDate.of(2092, 6, 7), "Saturday", "Weekend")))
        .containsEntry("date", "A bank holiday must be on a weekday: 7 June 2092 is a Saturday");
    assertThat(refused(new HolidayChange.Added(LocalDate.of(2092, 5, 26), "Twice", "Already one")))
        .containsEntry("date", "26 May 2092 is already a bank holiday: Spring bank holiday");
    assertThat(refused(new HolidayChange.Removed(LocalDate.of(2092, 5, 27), "Not one")))
        .containsEntry("date", "There is no bank holiday on 27 May 2092 to remove");
    assertThat(refused(new HolidayChange.Added(LocalDate.of(2092, 6, 3), " ", "")))
        .containsExactly(Map.entry("name", "Enter the name of the bank holiday"),
            Map.entry("reason", "Enter the reason for the change, such as the proclamation"));
    assertThat(refused(new HolidayChange.Added(LocalDate.of(2092, 6, 3), "x".repeat(101), "y".repeat(501))))
        .containsEntry("name", "The name must be 100 characters or fewer")
        .containsEntry("reason", "The reason must be 500 characters or fewer");

    make(new HolidayChange.Added(LocalDate.of(2092, 6, 3), "Extra", "Test"));
    assertThat(refused(new HolidayChange.Removed(LocalDate.of(2092, 6, 3), "Take it away again")))
        .containsEntry("date", "There is already a change for 3 June 2092: withdraw it first");
  }

  @Test
  void a_change_whose_date_has_come_cannot_be_withdrawn() {
    // only possible for a change made before its date, so put one in the table as if it had been
    long id = jdbc.sql("""
            insert into calendar_bank_holiday_change (holiday_date, kind, name, reason, made_at, made_by)
            values ('2000-03-07', 'ADDED', 'Long past', 'Test', now(), 'test') returning id""")
        .query(Long.class).single();
    try {
      assertThat(asAdmin(() -> changes.withdraw(id))).isEqualTo(new Outcome.Refused(Map.of("date",
          "The change for 7 March 2000 can no longer be withdrawn: its date has come, and deadlines have been counted with it")));
    } finally {
      jdbc.sql("update calendar_bank_holiday_change set withdrawn_at = now(), withdrawn_by = 'test' where id = ?").param(id).update();
    }
  }

  @Test
  void an_administrator_makes_and_withdraws_a_change_on_the_page_after_confirming() throws Exception {
    var admin = user(userDetails.loadUserByUsername("admin"));
    mvc.perform(post("/admin/bank-holidays").with(admin).with(csrf())
            .param("kind", "ADD").param("dateDay", "6").param("dateMonth", "6").param("dateYear", "2093")
            .param("name", "").param("reason", "Test"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the name of the bank holiday")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2093\"")));
    mvc.perform(post("/admin/bank-holidays").with(admin).with(csrf())
            .param("kind", "ADD").param("dateDay", "9").param("dateMonth", "6").param("dateYear", "2093")
            .param("name", "Page test day").param("reason", "Test"))
        .andExpect(redirectedUrl("/admin/bank-holidays?year=2093"))
        .andExpect(flash().attribute("notice", "Page test day added on 9 June 2093"));
    long id = changes.inForce(2093).get(0).id();
    made.add(id);
    assertThat(audit.history("bank-holiday-change", String.valueOf(id), 5).get(0).channel()).isEqualTo(Channel.WEB);

    mvc.perform(get("/admin/bank-holidays?year=2093").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Page test day")));
    mvc.perform(get("/admin/bank-holidays/changes/" + id + "/withdraw").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Withdraw the change for 9 June 2093?")));
    mvc.perform(post("/admin/bank-holidays/changes/" + id + "/withdraw").with(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/bank-holidays?year=2093"));
    made.clear();
    assertThat(calendar.isWorkingDay(LocalDate.of(2093, 6, 9))).isTrue();
    mvc.perform(get("/admin/bank-holidays/changes/" + id + "/withdraw").with(admin)).andExpect(status().isNotFound());
  }

  @Test
  void the_api_lists_a_years_bank_holidays_with_changes_and_names_a_bad_year() throws Exception {
    make(new HolidayChange.Added(LocalDate.of(2094, 6, 8), "Api test day", "Test"));
    String token = "Bearer " + TestOrganisation.token(TestUser.VLO);

    mvc.perform(get("/api/v1/bank-holidays?year=2094").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2094))
        .andExpect(jsonPath("$.bankHolidays.length()").value(9))
        .andExpect(jsonPath("$.bankHolidays[5].date").value("2094-06-08"))
        .andExpect(jsonPath("$.bankHolidays[5].name").value("Api test day"));
    mvc.perform(get("/api/v1/bank-holidays?year=2022").header("Authorization", token))
        .andExpect(jsonPath("$.bankHolidays[7].name").value("Bank Holiday for the State Funeral of Queen Elizabeth II"))
        .andExpect(jsonPath("$.bankHolidays[7].why").value("One-off: the State Funeral of Queen Elizabeth II"));
    mvc.perform(get("/api/v1/bank-holidays?year=1999").header("Authorization", token))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("year"))
        .andExpect(jsonPath("$.errors[0].message").value("year must be from 2000 to 2099"));
    mvc.perform(get("/api/v1/bank-holidays?year=next").header("Authorization", token))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/v1/bank-holidays").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(LocalDate.now().getYear()));
  }

  private java.util.Map<String, String> refused(HolidayChange change) {
    Outcome outcome = asAdmin(() -> changes.make(change));
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused) outcome).problems();
  }
}
