package org.probatio.workload.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probatio.court.Hearing;
import org.probatio.court.Hearings;
import org.probatio.court.Sentences;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.LimitedAccess;
import org.probatio.security.SignedInUser;
import org.probatio.security.Users;
import org.probatio.web.Dates;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.probatio.workload.PractitionerAllocated;
import org.probatio.workload.PractitionerAllocation;
import org.probatio.workload.ProviderCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails a practitioner when a case is allocated or reallocated to them, copying their team's senior
 * probation officers when the allocating manager asked. It runs after the allocation commits, from the
 * event publication registry: a mail server that is down never undoes an allocation, and the failed
 * publication is resubmitted by {@link ResendFailedAllocationNotices} until the email goes. A sensitive or limited-access case gets the
 * cut-down notice. With no mail sender configured ({@code spring.mail.host}, or demo mode's mailbox)
 * nothing is sent and the log says so.
 */
@Component
class AllocationEmails {

  private static final Logger log = LoggerFactory.getLogger(AllocationEmails.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final CaseloadRepository repository;
  private final Workforce workforce;
  private final People people;
  private final Sentences sentences;
  private final Hearings hearings;
  private final LimitedAccess limitedAccess;
  private final Users users;
  private final Clock clock;
  private final String from;
  private final String siteUrl;

  AllocationEmails(ObjectProvider<JavaMailSender> mail, CaseloadRepository repository, Workforce workforce,
      People people, Sentences sentences, Hearings hearings, LimitedAccess limitedAccess, Users users, Clock clock,
      @Value("${probatio.mail.from:probatio@localhost}") String from,
      @Value("${probatio.mail.site-url:http://localhost:8080}") String siteUrl) {
    this.mail = mail;
    this.repository = repository;
    this.workforce = workforce;
    this.people = people;
    this.sentences = sentences;
    this.hearings = hearings;
    this.limitedAccess = limitedAccess;
    this.users = users;
    this.clock = clock;
    this.from = from;
    this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
  }

  @ApplicationModuleListener
  void on(PractitionerAllocated allocated) {
    JavaMailSender sender = mail.getIfAvailable();
    Optional<StaffMember> practitioner = workforce.staffMember(allocated.staffCode());
    if (sender == null || practitioner.isEmpty() || practitioner.get().email() == null) {
      log.info("Practitioner allocation {}: {} not emailed ({})", allocated.allocationId(), allocated.staffCode(),
          sender == null ? "no mail server configured: set spring.mail.host" : "no email address on record");
      return;
    }
    PractitionerAllocation allocation = repository.allocation(allocated.allocationId()).orElseThrow(
        () -> new IllegalStateException("Practitioner allocation " + allocated.allocationId() + " cannot be read"));
    LocalDate on = LocalDate.ofInstant(allocation.allocatedAt(), Dates.LONDON);
    boolean reallocation = allocated.previousStaffCode() != null;
    String link = siteUrl + "/people/" + allocated.crn();
    String name = practitioner.get().displayName();
    AllocationNotice notice = restricted(allocated) ? AllocationNotice.cutDown(name, on, reallocation, allocated.crn(), link)
        : AllocationNotice.full(name, allocatedBy(allocation), on, reallocation, details(allocated, allocation), link);
    send(sender, practitioner.get().email(), allocated.copyManager() ? managers(practitioner.get()) : List.of(), notice);
  }

  private boolean restricted(PractitionerAllocated allocated) {
    return allocated.sensitive() || limitedAccess.lists(allocated.crn()).isPresent();
  }

  private AllocationNotice.CaseDetails details(PractitionerAllocated allocated, PractitionerAllocation allocation) {
    ProviderCase c = repository.providerCase(allocated.caseId()).orElseThrow();
    String name = people.summaries(List.of(c.crn())).stream().map(PersonSummary::name).filter(n -> n != null)
        .findFirst().orElse(c.crn());
    List<String> offences = sentences.sentence(c.sentenceId()).flatMap(s -> hearings.hearing(s.hearingId()))
        .map(Hearing::charges).orElse(List.of()).stream()
        .map(charge -> charge.description() + " (" + charge.displayCode() + ")").toList();
    String sentence = c.orderType().label() + " from " + Dates.inWords(c.sentenceDate()) + " to "
        + Dates.inWords(c.endsOn());
    return new AllocationNotice.CaseDetails(name, c.crn(), offences, sentence, c.tier(), allocation.justification());
  }

  private String allocatedBy(PractitionerAllocation allocation) {
    return users.find(allocation.allocatedBy()).map(SignedInUser::displayName).orElse(allocation.allocatedBy());
  }

  /** The email addresses of the senior probation officers working in the practitioner's team today. */
  private List<String> managers(StaffMember practitioner) {
    return workforce.teamMembersWorkingOn(practitioner.teamCode(), LocalDate.now(clock)).stream()
        .filter(member -> member.grade() == Grade.SPO && member.email() != null)
        .map(StaffMember::email).toList();
  }

  private void send(JavaMailSender sender, String to, List<String> copies, AllocationNotice notice) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to);
      if (!copies.isEmpty()) {
        helper.setCc(copies.toArray(String[]::new));
      }
      helper.setSubject(notice.subject());
      helper.setText(notice.body());
    } catch (MessagingException e) {
      throw new MailPreparationException("The allocation email to " + to + " could not be written", e);
    }
    sender.send(message);
  }
}
