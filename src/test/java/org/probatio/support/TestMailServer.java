package org.probatio.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server for the tests (GreenMail, on a free port of this machine) and the mail sender
 * that talks to it, as {@code spring.mail.host} and {@code spring.mail.port} would configure one. Every
 * email the application sends in the shared test context arrives here.
 */
@Configuration(proxyBeanMethods = false)
public class TestMailServer {

  @Bean(destroyMethod = "stop")
  GreenMail greenMail() {
    GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail server) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(server.getSmtp().getPort());
    return sender;
  }

  /** The messages received so far that were addressed (to or copied) to this address. */
  public static List<MimeMessage> receivedBy(GreenMail server, String address) {
    return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
