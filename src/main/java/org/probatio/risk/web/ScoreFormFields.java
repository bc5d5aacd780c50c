package org.probatio.risk.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/**
 * The scoring form as data: each question with its V1_0 field name, its words and the kind of
 * answer. The same list draws the form and reads it back.
 */
final class ScoreFormFields {

  /** A choice as the radios fragment shows it. */
  record Option(String name, String label) {}

  enum Kind {
    DATE, NUMBER, CODE, YES_NO,
    PROBLEM_LEVEL(new Option("NO_PROBLEMS", "No problems"), new Option("SOME_PROBLEMS", "Some problems"),
        new Option("SIGNIFICANT_PROBLEMS", "Significant problems")),
    MOTIVATION(new Option("FULL_MOTIVATION", "Full"), new Option("PARTIAL_MOTIVATION", "Partial"),
        new Option("NO_MOTIVATION", "None")),
    YES_SOMETIMES_NO(new Option("YES", "Yes"), new Option("SOMETIMES", "Sometimes"), new Option("NO", "No")),
    SUPERVISION(new Option("COMMUNITY", "In the community"), new Option("CUSTODY", "In custody"),
        new Option("REMAND", "On remand"));

    final List<Option> options;

    Kind(Option... options) {
      this.options = List.of(options);
    }

    public List<Option> options() {
      return options.isEmpty() ? List.of(new Option("true", "Yes"), new Option("false", "No")) : options;
    }
  }

  record Field(String name, String label, Kind kind) {}

  record Section(String heading, List<Field> fields) {}

  static final List<Section> SECTIONS = List.of(
      new Section("Offending history", List.of(
          new Field("dateOfCurrentConviction", "Date of the current conviction", Kind.DATE),
          new Field("dateAtStartOfFollowupCalculated", "Start of the community sentence, or earliest release from custody", Kind.DATE),
          new Field("currentOffenceCode", "Current offence code (5 digits, Home Office class and subclass)", Kind.CODE),
          new Field("totalNumberOfSanctionsForAllOffences", "Sanctions for all offences, including this one", Kind.NUMBER),
          new Field("totalNumberOfViolentSanctions", "Sanctions for violent offences", Kind.NUMBER),
          new Field("ageAtFirstSanction", "Age at first sanction", Kind.NUMBER),
          new Field("mostRecentOffenceDate", "Date of the most recent offence", Kind.DATE),
          new Field("supervisionStatus", "Where is the person now?", Kind.SUPERVISION))),
      new Section("Sexual offending", List.of(
          new Field("hasEverCommittedSexualOffence", "Has the person ever committed a sexual offence?", Kind.YES_NO),
          new Field("isCurrentOffenceSexuallyMotivated", "Is the current offence sexually motivated?", Kind.YES_NO),
          new Field("totalContactAdultSexualSanctions", "Sanctions for contact sexual offences against adults", Kind.NUMBER),
          new Field("totalContactChildSexualSanctions", "Sanctions for contact sexual offences against children", Kind.NUMBER),
          new Field("totalNonContactSexualOffences", "Sanctions for non-contact sexual offences, not images", Kind.NUMBER),
          new Field("totalIndecentImageSanctions", "Sanctions for indecent images", Kind.NUMBER),
          new Field("dateOfMostRecentSexualOffence", "Date of the most recent sexual offence", Kind.DATE),
          new Field("isCurrentOffenceAgainstVictimStranger", "Was the victim of the current offence a stranger?", Kind.YES_NO))),
      new Section("Circumstances and behaviour", List.of(
          new Field("doesRecogniseImpactOfOffendingOnOthers", "Does the person recognise the impact of their offending on others?", Kind.YES_NO),
          new Field("isCurrentlyOfNoFixedAbodeOrTransientAccommodation", "Of no fixed abode or in transient accommodation?", Kind.YES_NO),
          new Field("suitabilityOfAccommodation", "Problems with the suitability of accommodation", Kind.PROBLEM_LEVEL),
          new Field("isUnemployed", "Unemployed?", Kind.YES_NO),
          new Field("currentRelationshipWithPartner", "Problems in the current relationship with a partner", Kind.PROBLEM_LEVEL),
          new Field("evidenceOfDomesticAbuse", "Is there evidence of domestic abuse by the person?", Kind.YES_NO),
          new Field("domesticAbuseAgainstPartner", "Was it against a partner?", Kind.YES_NO),
          new Field("regularOffendingActivities", "Regular activities that encourage offending", Kind.PROBLEM_LEVEL),
          new Field("currentDrugMisuse", "Current drug misuse", Kind.PROBLEM_LEVEL),
          new Field("motivationToTackleDrugMisuse", "Motivation to tackle drug misuse", Kind.MOTIVATION),
          new Field("currentAlcoholUseProblems", "Current alcohol use", Kind.PROBLEM_LEVEL),
          new Field("excessiveAlcoholUse", "Binge drinking or excessive alcohol use", Kind.PROBLEM_LEVEL),
          new Field("hasCurrentPsychiatricTreatment", "Currently receiving psychiatric treatment?", Kind.YES_NO),
          new Field("impulsivityProblems", "Impulsivity", Kind.PROBLEM_LEVEL),
          new Field("temperControl", "Temper control", Kind.PROBLEM_LEVEL),
          new Field("problemSolvingSkills", "Problem-solving skills", Kind.PROBLEM_LEVEL),
          new Field("awarenessOfConsequences", "Aware of the consequences of their actions?", Kind.YES_SOMETIMES_NO),
          new Field("understandsOtherPeoplesViews", "Understanding of other people's views", Kind.PROBLEM_LEVEL),
          new Field("proCriminalAttitudes", "Pro-criminal attitudes", Kind.PROBLEM_LEVEL),
          new Field("didOffenceInvolveCarryingOrUsingWeapon", "Did the offence involve carrying or using a weapon?", Kind.YES_NO))));

  static final List<Option> PREVIOUS_CONVICTIONS = List.of(new Option("HOMICIDE", "Homicide"),
      new Option("WOUNDING_GBH", "Wounding or GBH"), new Option("KIDNAPPING", "Kidnapping"),
      new Option("FIREARMS", "Firearms"), new Option("ROBBERY", "Robbery"),
      new Option("AGGRAVATED_BURGLARY", "Aggravated burglary"), new Option("WEAPON", "Weapon"),
      new Option("CRIMINAL_DAMAGE", "Criminal damage"), new Option("ARSON", "Arson"));

  private ScoreFormFields() {}

  /** The answers as the request's JSON fields, with each answer that cannot be read added to {@code errors}. */
  static Map<String, Object> read(Map<String, List<String>> typed, FormErrors errors) {
    Map<String, Object> answers = new LinkedHashMap<>();
    LocalDate asOf = FormValues.date(errors, "assessmentDate", "Assessment date", dateOf(typed, "assessmentDate"));
    answers.put("assessmentDate", asOf == null ? null : asOf.toString());
    for (Section section : SECTIONS) {
      for (Field field : section.fields()) {
        String value = first(typed, field.name());
        if (field.kind() == Kind.DATE) {
          DateInput date = dateOf(typed, field.name());
          LocalDate read = date.isBlank() ? null : FormValues.date(errors, field.name(), field.label(), date);
          answers.put(field.name(), read == null ? null : read.toString());
        } else if (field.kind() == Kind.NUMBER) {
          Integer number = FormValues.number(errors, field.name(), value, "Enter a whole number, like 3");
          if (number != null && number < 0) {
            errors.add(field.name(), "Enter 0 or more");
          }
          answers.put(field.name(), number);
        } else if (field.kind() == Kind.CODE && value != null && !value.isBlank() && !value.strip().matches("\\d{5}")) {
          errors.add(field.name(), "Enter the offence code as 5 digits, like 02801");
        } else {
          answers.put(field.name(), value == null || value.isBlank() ? null : value.strip());
        }
      }
    }
    answers.put("dateAtStartOfFollowupUserInput", answers.get("dateAtStartOfFollowupCalculated"));
    List<String> convictions = typed.getOrDefault("previousConvictions", List.of());
    answers.put("previousConvictions", convictions.isEmpty() ? null : new ArrayList<>(convictions.stream()
        .filter(c -> !c.equals("NONE")).toList()));
    return answers;
  }

  private static DateInput dateOf(Map<String, List<String>> typed, String name) {
    return new DateInput(first(typed, name + "Day"), first(typed, name + "Month"), first(typed, name + "Year"));
  }

  private static @Nullable String first(Map<String, List<String>> typed, String name) {
    List<String> values = typed.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
