package org.probatio.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.probatio.calendar.BankHolidayChange;
import org.probatio.calendar.BankHolidayChanges;
import org.probatio.calendar.BankHolidayChanges.Outcome;
import org.probatio.calendar.WorkingDayCalendar;
import org.probatio.calendar.rules.BankHolidays;
import org.probatio.calendar.rules.HolidayChange;
import org.probatio.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see a year's bank holidays, make one-off changes for future dates, and withdraw them. */
@Controller
@RequestMapping("/admin/bank-holidays")
class BankHolidaysController {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final WorkingDayCalendar calendar;
  private final BankHolidayChanges changes;
  private final Clock clock;

  BankHolidaysController(WorkingDayCalendar calendar, BankHolidayChanges changes, Clock clock) {
    this.calendar = calendar;
    this.changes = changes;
    this.clock = clock;
  }

  @GetMapping
  String year(@RequestParam(required = false) @Nullable String year, Model model) {
    FormErrors errors = FormErrors.none();
    Integer chosen = chosenYear(year);
    if (chosen == null) {
      errors.add("year", "Enter a year from " + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR + ", like "
          + today().getYear());
    }
    model.addAttribute("typedYear", year == null ? "" : year);
    return page(model, chosen == null ? today().getYear() : chosen, ChangeForm.blank(), errors);
  }

  @PostMapping
  String make(ChangeForm form, Model model, RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    HolidayChange change = form.read(errors);
    if (change != null) {
      Outcome outcome = changes.make(change);
      if (outcome instanceof Outcome.Done) {
        redirect.addFlashAttribute("notice", (change instanceof HolidayChange.Added added
            ? added.name() + " added on " : "Bank holiday removed from ") + DAY.format(change.date()));
        return "redirect:/admin/bank-holidays?year=" + change.date().getYear();
      }
      ((Outcome.Refused) outcome).problems().forEach((field, message) ->
          errors.add(field, message, field.equals("date") ? "date-day" : field));
    }
    Integer typedYear = form.typedYear();
    int year = typedYear != null && BankHolidays.covers(typedYear) ? typedYear : today().getYear();
    model.addAttribute("typedYear", String.valueOf(year));
    return page(model, year, form, errors);
  }

  @GetMapping("/changes/{id}/withdraw")
  String confirmWithdraw(@PathVariable long id, Model model) {
    return confirmation(model, inForce(id), FormErrors.none());
  }

  @PostMapping("/changes/{id}/withdraw")
  String withdraw(@PathVariable long id, Model model, RedirectAttributes redirect) {
    BankHolidayChange change = inForce(id);
    Outcome outcome = changes.withdraw(id);
    if (outcome instanceof Outcome.Refused refused) {
      return confirmation(model, change, FormErrors.none().add("withdraw", refused.problems().get("date")));
    }
    if (outcome instanceof Outcome.NotFound) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    redirect.addFlashAttribute("notice", "Change for " + DAY.format(change.change().date()) + " withdrawn");
    return "redirect:/admin/bank-holidays?year=" + change.change().date().getYear();
  }

  private String page(Model model, int year, ChangeForm form, FormErrors errors) {
    model.addAttribute("year", year);
    model.addAttribute("holidays", calendar.bankHolidays(year));
    model.addAttribute("changes", changes.inForce(year));
    model.addAttribute("today", today());
    model.addAttribute("previousYear", year > BankHolidays.FIRST_YEAR ? year - 1 : null);
    model.addAttribute("nextYear", year < BankHolidays.LAST_YEAR ? year + 1 : null);
    model.addAttribute("kinds", ChangeKind.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "calendar/bank-holidays";
  }

  private String confirmation(Model model, BankHolidayChange change, FormErrors errors) {
    model.addAttribute("change", change);
    model.addAttribute("errors", errors);
    return "calendar/withdraw-change";
  }

  private BankHolidayChange inForce(long id) {
    return changes.inForce(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private @Nullable Integer chosenYear(@Nullable String year) {
    if (year == null || year.isBlank()) {
      return today().getYear();
    }
    try {
      int value = Integer.parseInt(year.strip());
      return BankHolidays.covers(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
