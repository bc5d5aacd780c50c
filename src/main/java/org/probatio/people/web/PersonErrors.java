package org.probatio.people.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probatio.people.FieldError;
import org.probatio.web.FormErrors;

/** Maps the record's field errors onto the form's inputs, so the error summary links land on them. */
final class PersonErrors {

  private static final Pattern ALIAS = Pattern.compile("aliases\\[(\\d+)]\\.(firstName|lastName)");

  private PersonErrors() {}

  static FormErrors of(List<FieldError> errors) {
    FormErrors form = FormErrors.none();
    for (FieldError error : errors) {
      form.add(error.field(), error.message(), anchor(error.field()));
    }
    return form;
  }

  static String anchor(String field) {
    if (field.equals("dateOfBirth")) {
      return "dateOfBirth-day";
    }
    if (field.equals("caringResponsibilities")) {
      return "caringResponsibilities";
    }
    Matcher alias = ALIAS.matcher(field);
    if (alias.matches()) {
      return (alias.group(2).equals("firstName") ? "aliasFirstName-" : "aliasLastName-") + alias.group(1);
    }
    return field;
  }
}
