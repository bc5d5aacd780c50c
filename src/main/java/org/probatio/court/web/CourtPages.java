package org.probatio.court.web;

import org.probatio.court.Hearing;
import org.probatio.people.Crn;
import org.probatio.people.Lookup;
import org.probatio.people.Parsed;
import org.probatio.people.People;
import org.probatio.people.Person;
import org.probatio.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What every court page does the same way: the person it is about, and "page not found". */
final class CourtPages {

  private CourtPages() {}

  /** The person, opened (and so audited) through the people module; not found unless the user may see them. */
  static Person person(People people, String crn) {
    if (Crn.parse(crn) instanceof Parsed.Valid<Crn> valid && people.view(valid.value().value()) instanceof Lookup.Found found) {
      return found.person();
    }
    throw notFound();
  }

  /** What every form about a hearing shows: the hearing, its person, the form as typed and its errors. */
  static void hearingForm(Model model, People people, Hearing hearing, Object form, FormErrors errors) {
    model.addAttribute("hearing", hearing);
    model.addAttribute("person", person(people, hearing.crn()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
