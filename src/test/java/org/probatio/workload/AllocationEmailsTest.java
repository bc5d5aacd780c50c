package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.RoshLevel;
import org.probatio.security.LimitedAccess;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestMailServer;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.probatio.workload.internal.ResendFailedAllocationNotices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The practitioner's email when a case is allocated or reallocated to them, as a real SMTP server
 * receives it: in full, copied to their team's senior probation officer when asked, and cut down to the
 * CRN for a sensitive or limited-access case.
 */
@IntegrationTest
class AllocationEmailsTest {

  @Autowired ApplicationContext context;
  @Autowired PractitionerAllocations practitioners;
  @Autowired GreenMail smtp;
  @Autowired Workforce workforce;
  @Autowired People people;
  @Autowired LimitedAccess limitedAccess;
  @Autowired JdbcClient jdbc;

  ProviderCaseFixtures fixtures;
  StaffMember po;
  StaffMember secondPo;
  StaffMember manager;

  @BeforeEach
  void aTeam() {
    fixtures = new ProviderCaseFixtures(context);
    String team = new StaffFixtures(context).team();
    po = member(fixtures.practitioner(team, Grade.PO));
    secondPo = member(fixtures.practitioner(team, Grade.PO));
    manager = member(fixtures.practitioner(team, Grade.SPO));
  }

  StaffMember member(String code) {
    return workforce.staffMember(code).orElseThrow();
  }

  PractitionerAllocation allocate(ProviderCase c, StaffMember to, boolean sensitive, boolean copyManager,
      PractitionerAllocation replacing) {
    PractitionerChoice choice = new PractitionerChoice(to.code(), "Room on her caseload; knows the family", sensitive,
        null, null, replacing == null ? null : replacing.id(),
        replacing == null ? null : ReallocationReason.CASELOAD_ADJUSTMENT, null, UUID.randomUUID().toString(),
        copyManager);
    return ((PractitionerOutcome.Allocated) as(context, TestUser.SENIOR, () -> practitioners.allocate(c.id(), choice)))
        .allocation();
  }

  /** The one message about the case that the address received, once it has arrived. */
  MimeMessage received(String address, String crn) {
    return await().atMost(Duration.ofSeconds(15)).until(() -> TestMailServer.receivedBy(smtp, address).stream()
        .filter(m -> body(m).contains(crn)).toList(), list -> !list.isEmpty()).get(0);
  }

  static String body(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> addresses(MimeMessage message, Message.RecipientType type) throws Exception {
    return message.getRecipients(type) == null ? List.of()
        : Arrays.stream(message.getRecipients(type)).map(Object::toString).toList();
  }

  String nameOf(String crn) {
    return ((Lookup.Found) as(context, TestUser.SENIOR, () -> people.view(crn))).person().details().fullName();
  }

  @Test
  void the_practitioner_is_emailed_the_case_and_their_team_manager_copied_when_asked() throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);

    allocate(held, po, false, true, null);

    MimeMessage message = received(po.email(), held.crn());
    String name = nameOf(held.crn());
    assertThat(message.getSubject()).isEqualTo("Case allocated to you: " + name + " (" + held.crn() + ")");
    assertThat(addresses(message, Message.RecipientType.TO)).containsExactly(po.email());
    assertThat(addresses(message, Message.RecipientType.CC)).containsExactly(manager.email());
    assertThat(message.getFrom()[0].toString()).isEqualTo("probatio@localhost");
    assertThat(body(message)).startsWith("Dear " + po.displayName() + ",\n\nTest Senior allocated a case to you on ")
        .contains("Name: " + name + "\n", "CRN: " + held.crn() + "\n", "Offence: Theft from a shop (046/00)\n",
            "Sentence: Community order from ", "Why you: Room on her caseload; knows the family\n",
            "See the case: http://localhost:8080/people/" + held.crn());
  }

  @Test
  void a_reallocation_says_so_and_copies_nobody_unless_asked() throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    PractitionerAllocation first = allocate(held, po, false, false, null);

    allocate(held, secondPo, false, false, first);

    MimeMessage message = received(secondPo.email(), held.crn());
    assertThat(message.getSubject()).startsWith("Case reallocated to you: ");
    assertThat(body(message)).contains("Test Senior reallocated a case to you on ");
    assertThat(addresses(message, Message.RecipientType.CC)).isEmpty();
    assertThat(addresses(received(po.email(), held.crn()), Message.RecipientType.CC)).isEmpty();
  }

  @Test
  void a_sensitive_case_is_sent_cut_down_to_its_crn_with_no_name_or_offence() throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);

    allocate(held, po, true, true, null);

    MimeMessage message = received(po.email(), held.crn());
    assertCutDown(message, held);
    assertThat(addresses(message, Message.RecipientType.CC)).containsExactly(manager.email());
  }

  @Test
  void a_limited_access_person_is_sent_cut_down_too() throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    as(context, TestUser.ADMIN, () -> {
      limitedAccess.set(new LimitedAccess.AccessLists(held.crn(), "Public protection unit", "Victim works here",
          Set.of(TestUser.VLO.username), Set.of()));
      return null;
    });

    allocate(held, po, false, false, null);

    assertCutDown(received(po.email(), held.crn()), held);
  }

  @Test
  void an_email_the_mail_server_refused_leaves_the_allocation_and_goes_when_the_failed_publication_is_resubmitted()
      throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
    int working = sender.getPort();
    PractitionerAllocation made;
    try (ServerSocket closed = new ServerSocket(0)) {
      sender.setPort(closed.getLocalPort());
    }
    try {
      made = allocate(held, po, false, false, null);
      await().atMost(Duration.ofSeconds(15)).until(() -> failedEmails(made) == 1);
    } finally {
      sender.setPort(working);
    }
    assertThat(practitioners.practitionersOf(held.crn())).extracting(PractitionerAllocation::id).containsExactly(made.id());
    assertThat(TestMailServer.receivedBy(smtp, po.email())).noneMatch(m -> body(m).contains(held.crn()));

    context.getBean(ResendFailedAllocationNotices.class).resend(Duration.ZERO);

    assertThat(received(po.email(), held.crn()).getSubject()).endsWith("(" + held.crn() + ")");
    await().atMost(Duration.ofSeconds(15)).until(() -> failedEmails(made) == 0);
  }

  /** How many of the allocation's email publications the registry holds as failed. */
  int failedEmails(PractitionerAllocation made) {
    return jdbc.sql("""
            select count(*) from event_publication
            where event_type = ? and listener_id like '%AllocationEmails%' and status = 'FAILED'
              and serialized_event like ?""")
        .params(PractitionerAllocated.class.getName(), "%\"allocationId\":" + made.id() + ",%")
        .query(Integer.class).single();
  }

  void assertCutDown(MimeMessage message, ProviderCase held) throws Exception {
    String name = nameOf(held.crn());
    assertThat(message.getSubject()).isEqualTo("Case allocated to you: CRN " + held.crn());
    assertThat(body(message)).contains("CRN " + held.crn(), "Sign in to see the case: http://localhost:8080/people/")
        .doesNotContain(name).doesNotContain("Theft").doesNotContain("Room on her caseload");
  }
}
