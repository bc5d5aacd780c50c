package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.context.ApplicationContext;

/**
 * Teams and staff for tests, made through the services as an administrator: each team is new, with a
 * name no other test uses, so a test's staff lists hold only what it made. Details are valid by
 * default, so each test states only what matters to it.
 */
public final class StaffFixtures {

  public static final String NPS_UNIT = "N01U1";
  public static final String CRC_UNIT = "C01U1";
  public static final LocalDate STARTED = LocalDate.of(2015, 4, 1);

  private static final AtomicInteger serial = new AtomicInteger();

  private final ApplicationContext context;

  public StaffFixtures(ApplicationContext context) {
    this.context = context;
    TestOrganisation.ensureLoaded(context);
  }

  /** A new team in the NPS test division's delivery unit. */
  public String team() {
    return team(NPS_UNIT);
  }

  public String team(String deliveryUnitCode) {
    return saved(asAdmin(() -> bean(Teams.class).add(deliveryUnitCode, "Fixture team " + serial.incrementAndGet(), null)));
  }

  /** Valid details of a full-time probation officer in the team, started in 2015. */
  public static StaffDetails details(String teamCode) {
    return new StaffDetails("Robin", "Fixture" + serial.incrementAndGet(), Grade.PO, teamCode, null,
        new BigDecimal("37"), STARTED, null);
  }

  /** A new member of staff in the team, with these contracted hours. */
  public String member(String teamCode, String contractedHours) {
    StaffDetails d = details(teamCode);
    return member(new StaffDetails(d.forename(), d.surname(), d.grade(), d.teamCode(), d.email(),
        new BigDecimal(contractedHours), d.startDate(), d.leavingDate()));
  }

  public String member(StaffDetails details) {
    return saved(asAdmin(() -> bean(StaffRecords.class).add(details, null)));
  }

  /** A reduction with these figures from the start date, open-ended. */
  public static ReductionDetails reduction(ReductionKind kind, String amount, LocalDate start, @Nullable LocalDate end) {
    return new ReductionDetails(ReductionCategory.OTHER, kind, new BigDecimal(amount), "Fixture reduction", start, end);
  }

  public <T> T asAdmin(Supplier<T> work) {
    return TestOrganisation.as(context, TestUser.ADMIN, work);
  }

  /** The key of a saved outcome; fails the test with the outcome otherwise. */
  public static <K> K saved(SaveOutcome<K> outcome) {
    if (outcome instanceof SaveOutcome.Saved<K> saved) {
      return saved.key();
    }
    throw new AssertionError("Expected it saved, but: " + outcome);
  }

  /** The problems of a refused outcome; fails the test with the outcome otherwise. */
  public static Map<String, String> refused(SaveOutcome<?> outcome) {
    if (outcome instanceof SaveOutcome.Refused<?> refused) {
      return refused.problems();
    }
    throw new AssertionError("Expected it refused, but: " + outcome);
  }

  private <T> T bean(Class<T> type) {
    return context.getBean(type);
  }
}
