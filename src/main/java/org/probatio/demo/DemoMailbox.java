package org.probatio.demo;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Demo mode's mail catcher: the application's mail sender when demo mode is on and no SMTP server is
 * configured. Messages are written exactly as they would be for a real server, but instead of being
 * handed to one they are kept here, the newest {@value #KEPT} in memory, for the demo's mail viewer.
 * Nothing listens on a port and nothing leaves the machine; a restart empties the mailbox.
 */
public class DemoMailbox extends JavaMailSenderImpl {

  static final int KEPT = 200;

  /** A message as the viewer shows it. */
  public record Sent(Instant at, String from, List<String> to, List<String> copied, String subject, String body) {}

  private final Deque<Sent> sent = new ArrayDeque<>();
  private final Clock clock;

  public DemoMailbox(Clock clock) {
    this.clock = clock;
  }

  /** The messages sent since the start, the newest first. */
  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  @Override
  protected void doSend(MimeMessage[] messages, Object @Nullable [] originals) {
    for (MimeMessage message : messages) {
      Sent read = read(message);
      synchronized (this) {
        sent.addFirst(read);
        while (sent.size() > KEPT) {
          sent.removeLast();
        }
      }
    }
  }

  private Sent read(MimeMessage message) {
    try {
      Object content = message.getContent();
      return new Sent(clock.instant(), String.join(", ", addresses(message.getFrom())),
          addresses(message.getRecipients(Message.RecipientType.TO)),
          addresses(message.getRecipients(Message.RecipientType.CC)), String.valueOf(message.getSubject()),
          content instanceof String text ? text : "(" + message.getContentType() + ")");
    } catch (MessagingException | IOException e) {
      throw new MailParseException("The demo mailbox could not read a message", e);
    }
  }

  private static List<String> addresses(Address @Nullable [] addresses) {
    return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
  }
}
