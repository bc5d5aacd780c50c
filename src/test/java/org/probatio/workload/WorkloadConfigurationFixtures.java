package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.support.TestOrganisation;
import org.springframework.context.ApplicationContext;

/**
 * New versions of the workload configuration made by the test administrator, from the reference figures
 * with only what a test changes, and withdrawn again afterwards so the shared database keeps only the
 * reference version in force.
 */
public final class WorkloadConfigurationFixtures {

  private final ApplicationContext context;
  private final WorkloadConfigurations configurations;
  private final List<Long> made = new ArrayList<>();

  public WorkloadConfigurationFixtures(ApplicationContext context) {
    this.context = context;
    this.configurations = context.getBean(WorkloadConfigurations.class);
  }

  /** The version in force today, as a proposal from this date with this note. */
  public NewConfiguration proposal(LocalDate from, String note) {
    return NewConfiguration.from(configurations.inForceToday(), from, note);
  }

  public WorkloadConfigurations.Outcome asAdmin(java.util.function.Supplier<WorkloadConfigurations.Outcome> work) {
    return TestOrganisation.as(context, TestUser.ADMIN, work);
  }

  /** Makes a version from the date with the change applied to today's figures, and remembers it to withdraw. */
  public WorkloadConfiguration made(LocalDate from, UnaryOperator<NewConfiguration> change) {
    WorkloadConfigurations.Outcome outcome = asAdmin(() -> configurations.make(change.apply(proposal(from, "Test"))));
    assertThat(outcome).isInstanceOf(WorkloadConfigurations.Outcome.Made.class);
    WorkloadConfiguration version = ((WorkloadConfigurations.Outcome.Made) outcome).version();
    made.add(version.id());
    return version;
  }

  /** Remembers a version made some other way, to withdraw it afterwards. */
  public void remember(long id) {
    made.add(id);
  }

  /** Withdraws every version this fixture made that is still to take effect. */
  public void withdrawAll() {
    made.forEach(id -> asAdmin(() -> configurations.withdraw(id)));
    made.clear();
  }
}
