package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mock.env.MockEnvironment;

/** Demo mode's mail catcher, and when it stands in for a mail server. */
class DemoMailboxTest {

  static final Instant NOON = Instant.parse("2026-06-03T11:00:00Z");

  DemoMailbox mailbox = new DemoMailbox(Clock.fixed(NOON, ZoneOffset.UTC));

  void send(String subject, String... cc) throws Exception {
    MimeMessage message = mailbox.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
    helper.setFrom("probatio@localhost");
    helper.setTo("jo.officer@probatio.example");
    helper.setCc(cc);
    helper.setSubject(subject);
    helper.setText("Dear Jo,\n\nA case for you.");
    mailbox.send(message);
  }

  @Test
  void a_message_sent_is_kept_as_written_and_the_newest_comes_first() throws Exception {
    send("Case allocated to you: CRN A123456", "spo@probatio.example");
    send("Case allocated to you: CRN B234567");

    assertThat(mailbox.sent()).extracting(DemoMailbox.Sent::subject)
        .containsExactly("Case allocated to you: CRN B234567", "Case allocated to you: CRN A123456");
    assertThat(mailbox.sent().get(1)).isEqualTo(new DemoMailbox.Sent(NOON, "probatio@localhost",
        java.util.List.of("jo.officer@probatio.example"), java.util.List.of("spo@probatio.example"),
        "Case allocated to you: CRN A123456", "Dear Jo,\n\nA case for you."));
  }

  @Test
  void only_the_newest_200_are_kept() throws Exception {
    for (int i = 1; i <= DemoMailbox.KEPT + 5; i++) {
      send("Message " + i);
    }

    assertThat(mailbox.sent()).hasSize(DemoMailbox.KEPT);
    assertThat(mailbox.sent().get(0).subject()).isEqualTo("Message " + (DemoMailbox.KEPT + 5));
    assertThat(mailbox.sent().get(DemoMailbox.KEPT - 1).subject()).isEqualTo("Message 6");
  }

  @Test
  void the_mailbox_stands_in_only_in_demo_mode_with_no_mail_server_configured() {
    assertThat(DemoMail.WithoutSmtp.matches(new MockEnvironment())).as("demo mode on with the embedded database").isTrue();
    assertThat(DemoMail.WithoutSmtp.matches(new MockEnvironment().withProperty("spring.mail.host", "smtp.example")))
        .isFalse();
    assertThat(DemoMail.WithoutSmtp.matches(new MockEnvironment().withProperty("spring.mail.jndi-name", "mail/Session")))
        .isFalse();
    assertThat(DemoMail.WithoutSmtp.matches(new MockEnvironment().withProperty("probatio.demo.enabled", "false")))
        .isFalse();
    assertThat(DemoMail.WithoutSmtp.matches(new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/probatio"))).as("demo mode off with a database")
        .isFalse();
    assertThat(DemoMail.WithoutSmtp.matches(new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/probatio").withProperty("probatio.demo.enabled", "true")))
        .isTrue();
  }
}
