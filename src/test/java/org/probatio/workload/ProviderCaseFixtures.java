package org.probatio.workload;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Objects;
import org.probatio.allocation.AllocationCase;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.AllocationFixtures;
import org.probatio.risk.RoshLevel;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases waiting at a provider for a practitioner, and practitioners to give them to: each a new person,
 * screened, sentenced and allocated to a provider by the allocation module, so each test states only
 * the risk that matters to it.
 */
public final class ProviderCaseFixtures {

  private final ApplicationContext context;
  private final AllocationFixtures allocation;

  public ProviderCaseFixtures(ApplicationContext context) {
    this.context = context;
    this.allocation = new AllocationFixtures(context);
  }

  public AllocationFixtures allocation() {
    return allocation;
  }

  /** A new person held by the NPS division. */
  public String person() {
    return allocation.person();
  }

  /** A new person screened at this level; HIGH sends the case to the NPS, LOW or MEDIUM to the CRC. */
  public ProviderCase held(RoshLevel toPublic) {
    return held(person(), toPublic);
  }

  /** The person screened at this level, sentenced and allocated to a provider; the case as that provider holds it. */
  public ProviderCase held(String crn, RoshLevel toPublic) {
    allocation.screened(crn, toPublic);
    AllocationCase sentenced = allocation.sentenced(crn);
    AllocationDecision decision = allocation.allocated(sentenced);
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    PractitionerAllocations practitioners = context.getBean(PractitionerAllocations.class);
    return await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
            "select id from workload_case where allocation_case_id = ? and decision_id = ?")
        .params(sentenced.id(), decision.id()).query(Long.class).optional()
        .flatMap(practitioners::providerCase).orElse(null), Objects::nonNull);
  }

  /** A new member of staff of this grade in a new NPS team, working full time since 2015; their staff code. */
  public String practitioner(Grade grade) {
    StaffFixtures staff = new StaffFixtures(context);
    return practitioner(staff.team(), grade);
  }

  public String practitioner(String teamCode, Grade grade) {
    StaffDetails d = StaffFixtures.details(teamCode);
    return new StaffFixtures(context).member(new StaffDetails(d.forename(), d.surname(), grade, d.teamCode(),
        d.surname().toLowerCase(java.util.Locale.ROOT) + "@probatio.example", d.contractedHours(), d.startDate(),
        d.leavingDate()));
  }
}
