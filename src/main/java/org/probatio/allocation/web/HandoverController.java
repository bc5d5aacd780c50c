package org.probatio.allocation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.probatio.allocation.Handover;
import org.probatio.allocation.HandoverItem;
import org.probatio.allocation.HandoverOutcome;
import org.probatio.allocation.Handovers;
import org.probatio.allocation.ReviewTask;
import org.probatio.allocation.ReviewTaskOutcome;
import org.probatio.people.Crn;
import org.probatio.people.Lookup;
import org.probatio.people.Parsed;
import org.probatio.people.People;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.web.FormErrors;
import org.probatio.workforce.Provider;
import org.probatio.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handover pages: the receiving provider's inbox, a package with its checklist (acknowledged by
 * name, with the first appointment's date), the review tasks, and a person's handovers.
 */
@Controller
class HandoverController {

  private final Handovers handovers;
  private final People people;
  private final Workforce workforce;
  private final CurrentUser currentUser;
  private final Clock clock;

  HandoverController(Handovers handovers, People people, Workforce workforce, CurrentUser currentUser, Clock clock) {
    this.handovers = handovers;
    this.people = people;
    this.workforce = workforce;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/handovers")
  String inbox(Model model) {
    model.addAttribute("inbox", handovers.inbox());
    model.addAttribute("flagged", handovers.firstAppointmentsBeforeDelivery());
    model.addAttribute("providers", providerNames());
    return "handover/inbox";
  }

  @GetMapping("/handovers/{id}")
  String handover(@PathVariable long id, Model model) {
    Handover handover = handovers.handover(id).orElseThrow(HandoverController::notFound);
    return page(model, handover, FirstAppointmentForm.of(handover), FormErrors.none());
  }

  @PostMapping("/handovers/{id}/acknowledgement")
  String acknowledge(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
      RedirectAttributes redirect) {
    received(id);
    HandoverOutcome outcome = handovers.acknowledge(id, version == null ? -1 : version);
    if (outcome instanceof HandoverOutcome.Stale stale) {
      Handover now = handovers.handover(id).orElseThrow(HandoverController::notFound);
      return page(model, now, FirstAppointmentForm.of(now), FormErrors.none()
          .add("acknowledge", stale.message() + ". Check the handover below before you acknowledge it", "acknowledge"));
    }
    HandoverOutcome.Done done = done(outcome);
    redirect.addFlashAttribute("notice", done.repeated() ? "Receipt was already acknowledged"
        : "Receipt acknowledged by " + done.handover().acknowledgement().name());
    return "redirect:/handovers/" + id;
  }

  @PostMapping("/handovers/{id}/first-appointment")
  String firstAppointment(@PathVariable long id, FirstAppointmentForm form, Model model, RedirectAttributes redirect) {
    Handover handover = received(id);
    FormErrors errors = FormErrors.none();
    LocalDate on = form.read(errors);
    if (errors.any()) {
      return page(model, handover, form, errors);
    }
    HandoverOutcome outcome = handovers.recordFirstAppointment(id, on, form.seenVersion());
    if (outcome instanceof HandoverOutcome.Invalid invalid) {
      invalid.errors().forEach(e -> errors.add(FirstAppointmentForm.FIELD, e.message(), FirstAppointmentForm.FIELD + "-day"));
      return page(model, handover, form, errors);
    }
    if (outcome instanceof HandoverOutcome.Stale stale) {
      return page(model, visible(id), form.withVersion(stale.currentVersion()), errors.add(FirstAppointmentForm.FIELD,
          stale.message() + ". Check the date below and record it again if it is still right",
          FirstAppointmentForm.FIELD + "-day"));
    }
    Handover recorded = done(outcome).handover();
    redirect.addFlashAttribute("notice", recorded.firstAppointmentBeforeDelivery()
        ? "First appointment recorded. It was before the handover was delivered, so the case is flagged"
        : "First appointment recorded");
    return "redirect:/handovers/" + id;
  }

  @GetMapping("/handovers/review-tasks")
  String reviewTasks(Model model) {
    model.addAttribute("tasks", handovers.reviewTasks());
    model.addAttribute("today", LocalDate.now(clock.withZone(Handover.LONDON)));
    return "handover/review-tasks";
  }

  @GetMapping("/handovers/review-tasks/{id}/complete")
  String confirmReview(@PathVariable long id, Model model) {
    ReviewTask task = handovers.reviewTask(id).orElseThrow(HandoverController::notFound);
    if (task.completed()) {
      return "redirect:/handovers/review-tasks";
    }
    model.addAttribute("task", task);
    model.addAttribute("handover", visible(task.handoverId()));
    return "handover/review-complete";
  }

  @PostMapping("/handovers/review-tasks/{id}/complete")
  String completeReview(@PathVariable long id, RedirectAttributes redirect) {
    if (!(handovers.completeReviewTask(id) instanceof ReviewTaskOutcome.Completed completed)) {
      throw notFound();
    }
    redirect.addFlashAttribute("notice", completed.repeated()
        ? "This review was already completed by " + completed.task().completedByName()
        : "Review of the initial risk assessment completed");
    return "redirect:/handovers/review-tasks";
  }

  @GetMapping("/people/{crn}/handovers")
  String forPerson(@PathVariable String crn, Model model) {
    if (!(Crn.parse(crn) instanceof Parsed.Valid<Crn> valid)
        || !(people.view(valid.value().value()) instanceof Lookup.Found found)) {
      throw notFound();
    }
    model.addAttribute("person", found.person());
    model.addAttribute("handovers", handovers.forPerson(found.person().crn().value()).orElseThrow(HandoverController::notFound));
    model.addAttribute("providers", providerNames());
    return "handover/person";
  }

  private String page(Model model, Handover handover, FirstAppointmentForm form, FormErrors errors) {
    model.addAttribute("handover", handover);
    model.addAttribute("contents", handover.contents());
    model.addAttribute("items", HandoverItem.values());
    model.addAttribute("missing", handover.missing().stream()
        .collect(Collectors.toMap(m -> m.item(), m -> m.detail())));
    model.addAttribute("reviewTask", handovers.reviewTaskFor(handover.id()).orElse(null));
    model.addAttribute("providers", providerNames());
    model.addAttribute("canAct", canAct(handover));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "handover/handover";
  }

  /** Whether the user works for the receiving provider in a role that acts on handovers. */
  private boolean canAct(Handover handover) {
    boolean receiver = currentUser.signedIn().filter(user -> user.has(Role.PRACTITIONER)
        || user.has(Role.SENIOR_PRACTITIONER) || user.has(Role.ALLOCATOR)).isPresent();
    return receiver && currentUser.scope().covers(handover.toProviderCode());
  }

  /** A handover the user's provider received, for the pages that act on it; not found otherwise. */
  private Handover received(long id) {
    Handover handover = visible(id);
    if (!canAct(handover)) {
      throw notFound();
    }
    return handover;
  }

  private Handover visible(long id) {
    return handovers.handover(id).orElseThrow(HandoverController::notFound);
  }

  private Map<String, String> providerNames() {
    return workforce.providers().stream().collect(Collectors.toMap(Provider::code, Provider::name));
  }

  private static HandoverOutcome.Done done(HandoverOutcome outcome) {
    if (outcome instanceof HandoverOutcome.Done done) {
      return done;
    }
    throw notFound();
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
