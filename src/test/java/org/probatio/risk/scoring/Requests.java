package org.probatio.risk.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Requests written as the V1_0 JSON fields, with defaults so each test states only what matters to it. */
final class Requests {

  static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private Requests() {}

  static ScoringRequest of(Map<String, ?> fields) {
    return JSON.convertValue(fields, ScoringRequest.class);
  }

  /** A man with every input present, no sexual offence history: every predictor scores. */
  static Map<String, Object> complete() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("gender", "MALE");
    r.put("dateOfBirth", "1980-01-01");
    r.put("assessmentDate", "2025-01-01");
    r.put("dateOfCurrentConviction", "2020-01-01");
    r.put("dateAtStartOfFollowupCalculated", "2021-01-01");
    r.put("dateAtStartOfFollowupUserInput", "2021-01-01");
    r.put("totalNumberOfSanctionsForAllOffences", 4);
    r.put("ageAtFirstSanction", 20);
    r.put("currentOffenceCode", "02800");
    r.put("totalNumberOfViolentSanctions", 1);
    r.put("supervisionStatus", "COMMUNITY");
    r.put("doesRecogniseImpactOfOffendingOnOthers", true);
    for (String no : new String[] {"isCurrentlyOfNoFixedAbodeOrTransientAccommodation", "isUnemployed",
        "hasCurrentPsychiatricTreatment", "didOffenceInvolveCarryingOrUsingWeapon", "evidenceOfDomesticAbuse",
        "hasEverCommittedSexualOffence"}) {
      r.put(no, false);
    }
    for (String level : new String[] {"currentAlcoholUseProblems", "excessiveAlcoholUse", "temperControl",
        "proCriminalAttitudes", "regularOffendingActivities", "currentDrugMisuse", "problemSolvingSkills",
        "understandsOtherPeoplesViews", "suitabilityOfAccommodation", "currentRelationshipWithPartner",
        "impulsivityProblems"}) {
      r.put(level, "NO_PROBLEMS");
    }
    r.put("motivationToTackleDrugMisuse", "FULL_MOTIVATION");
    r.put("awarenessOfConsequences", "YES");
    r.put("previousConvictions", List.of());
    return r;
  }

  /** {@link #complete()} for a man with a sexual offence history and the given counts. */
  static Map<String, Object> sexualHistory(int adult, int child, int nonContact, int images) {
    Map<String, Object> r = complete();
    r.put("hasEverCommittedSexualOffence", true);
    r.put("isCurrentOffenceSexuallyMotivated", true);
    r.put("totalContactAdultSexualSanctions", adult);
    r.put("totalContactChildSexualSanctions", child);
    r.put("totalNonContactSexualOffences", nonContact);
    r.put("totalIndecentImageSanctions", images);
    return r;
  }

  static Map<String, Object> with(Map<String, Object> request, Object... fieldsAndValues) {
    Map<String, Object> changed = new LinkedHashMap<>(request);
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      changed.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return changed;
  }
}
