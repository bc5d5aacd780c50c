package org.probatio.people.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonInput;
import org.probatio.people.PersonInput.AliasInput;
import org.probatio.people.PersonInput.DateInput;

/** The create and edit form, bound from the request as typed. */
public record PersonForm(
    @Nullable String firstName,
    @Nullable String middleNames,
    @Nullable String lastName,
    @Nullable String dateOfBirthDay,
    @Nullable String dateOfBirthMonth,
    @Nullable String dateOfBirthYear,
    @Nullable String gender,
    @Nullable String pnc,
    @Nullable String cro,
    @Nullable String nomis,
    @Nullable String ethnicity,
    @Nullable String religion,
    @Nullable String disability,
    @Nullable String phone,
    @Nullable String email,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String town,
    @Nullable String postcode,
    @Nullable String accommodation,
    @Nullable String employment,
    @Nullable String caringResponsibilities,
    @Nullable String caringDetails,
    @Nullable List<String> aliasFirstName,
    @Nullable List<String> aliasLastName,
    @Nullable String provider,
    @Nullable Integer version,
    @Nullable String requestKey,
    @Nullable Boolean confirmedNotDuplicate) {

  /** Rows of the alias table the form shows: every alias, then one blank row to add another. */
  static final int BLANK_ALIAS_ROWS = 1;

  static PersonForm blank(String requestKey) {
    return of(PersonInput.blank(), null, requestKey);
  }

  static PersonForm of(PersonInput in, @Nullable Integer version, @Nullable String requestKey) {
    List<String> firstNames = new ArrayList<>();
    List<String> lastNames = new ArrayList<>();
    for (AliasInput alias : in.aliases()) {
      firstNames.add(alias.firstName());
      lastNames.add(alias.lastName());
    }
    return new PersonForm(in.firstName(), in.middleNames(), in.lastName(), in.dateOfBirth().day(),
        in.dateOfBirth().month(), in.dateOfBirth().year(), in.gender(), in.pnc(), in.cro(), in.nomis(), in.ethnicity(),
        in.religion(), in.disability(), in.phone(), in.email(), in.addressLine1(), in.addressLine2(), in.town(),
        in.postcode(), in.accommodation(), in.employment(), in.caringResponsibilities(), in.caringDetails(), firstNames,
        lastNames, null, version, requestKey, null);
  }

  /** The same typed values, to be saved over the given version of the record. */
  PersonForm withVersion(int newVersion) {
    return new PersonForm(firstName, middleNames, lastName, dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, gender,
        pnc, cro, nomis, ethnicity, religion, disability, phone, email, addressLine1, addressLine2, town, postcode,
        accommodation, employment, caringResponsibilities, caringDetails, aliasFirstName, aliasLastName, provider,
        newVersion, requestKey, confirmedNotDuplicate);
  }

  PersonInput input() {
    List<AliasInput> aliases = new ArrayList<>();
    List<String> firsts = aliasFirstName == null ? List.of() : aliasFirstName;
    List<String> lasts = aliasLastName == null ? List.of() : aliasLastName;
    for (int i = 0; i < Math.max(firsts.size(), lasts.size()); i++) {
      aliases.add(new AliasInput(i < firsts.size() ? firsts.get(i) : null, i < lasts.size() ? lasts.get(i) : null));
    }
    return new PersonInput(firstName, middleNames, lastName,
        new DateInput(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear), gender, pnc, cro, nomis, ethnicity, religion,
        disability, phone, email, addressLine1, addressLine2, town, postcode, accommodation, employment,
        caringResponsibilities, caringDetails, aliases);
  }

  /** Every typed value as a hidden form field, so a confirmation page can send the form again unchanged. */
  public List<String[]> hiddenFields() {
    List<String[]> fields = new ArrayList<>();
    String[][] single = {
        {"firstName", firstName}, {"middleNames", middleNames}, {"lastName", lastName},
        {"dateOfBirthDay", dateOfBirthDay}, {"dateOfBirthMonth", dateOfBirthMonth}, {"dateOfBirthYear", dateOfBirthYear},
        {"gender", gender}, {"pnc", pnc}, {"cro", cro}, {"nomis", nomis}, {"ethnicity", ethnicity},
        {"religion", religion}, {"disability", disability}, {"phone", phone}, {"email", email},
        {"addressLine1", addressLine1}, {"addressLine2", addressLine2}, {"town", town}, {"postcode", postcode},
        {"accommodation", accommodation}, {"employment", employment},
        {"caringResponsibilities", caringResponsibilities}, {"caringDetails", caringDetails},
        {"provider", provider}, {"requestKey", requestKey}};
    for (String[] field : single) {
      if (field[1] != null) {
        fields.add(field);
      }
    }
    for (AliasInput alias : input().aliases()) {
      fields.add(new String[] {"aliasFirstName", alias.firstName() == null ? "" : alias.firstName()});
      fields.add(new String[] {"aliasLastName", alias.lastName() == null ? "" : alias.lastName()});
    }
    return fields;
  }

  /** Alias rows to draw: those typed, plus a blank one. */
  public List<AliasInput> aliasRows() {
    List<AliasInput> rows = new ArrayList<>(input().aliases());
    for (int i = 0; i < BLANK_ALIAS_ROWS; i++) {
      rows.add(new AliasInput("", ""));
    }
    return rows;
  }
}
