package org.probatio.risk.web;

import java.util.Map;
import java.util.function.Function;
import org.probatio.people.FieldError;
import org.probatio.risk.RecordOutcome;
import org.probatio.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a risk form does with the outcome of saving: back to the risk page, or the form again with its errors. */
final class OutcomePages {

  private OutcomePages() {}

  /**
   * @param anchors where the error summary links for fields that are not single inputs
   * @param again draws the form again with these errors
   */
  static String show(RecordOutcome outcome, RedirectAttributes redirect, String crn, String notice,
      Map<String, String> anchors, Function<FormErrors, String> again) {
    if (outcome instanceof RecordOutcome.Recorded) {
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/people/" + crn + "/risk";
    }
    if (outcome instanceof RecordOutcome.NotFound) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    FormErrors errors = FormErrors.none();
    if (outcome instanceof RecordOutcome.Stale stale) {
      errors.add("record", stale.message(), "main-content");
    } else {
      for (FieldError error : ((RecordOutcome.Invalid) outcome).errors()) {
        errors.add(error.field(), error.message(), anchors.getOrDefault(error.field(), error.field()));
      }
    }
    return again.apply(errors);
  }
}
