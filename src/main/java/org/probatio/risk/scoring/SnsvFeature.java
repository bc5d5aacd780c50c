package org.probatio.risk.scoring;

/** SNSV's terms, in the order they are summed and reported, named as the government service names them. */
public enum SnsvFeature {
  INTERCEPT("twoYearInterceptWeight"),
  GENDER("genderWeight"),
  AGE_GENDER_POLYNOMIAL("ageGenderPolynomialWeight"),
  OFFENCE("SNSVWeighting"),
  SECOND_SANCTION_GAP("secondSanctionCasesOnlyWeight"),
  MONTHS_SINCE_LAST_SANCTION("monthsSinceLastSanctionWeight"),
  THREE_PLUS_SANCTION_RATE("threePlusSanctionWeight"),
  VIOLENT_HISTORY("violentHistoryWeight"),
  VIOLENT_SANCTIONS("violentSanctionsWeight"),
  VIOLENCE_RATE("violenceRateWeight"),
  VIOLENCE_AGAINST_THE_PERSON("SNSVVATPWeight"),
  TOTAL_SANCTIONS("totalNumberOfSanctionsForAllOffencesWeight"),
  NUMBER_OF_SANCTIONS("numberOfSanctionsWeight"),
  WEAPON("offenceInvolveCarryingOrUsingWeaponsWeight"),
  ACCOMMODATION("suitabilityOfAccommodationWeight"),
  UNEMPLOYED("unemployedWeight"),
  PARTNER_RELATIONSHIP("currentRelationshipWithPartner"),
  CURRENT_ALCOHOL_USE("chronicDrinkingProblemsWeight"),
  BINGE_DRINKING("bingeDrinkingProblemsWeight"),
  IMPULSIVITY("impulsivityProblemsWeight"),
  TEMPER("temperControlWeight"),
  PRO_CRIMINAL_ATTITUDES("proCriminalAttitudesWeight"),
  DOMESTIC_ABUSE("domesticViolenceWeight"),
  PREVIOUS_CONVICTIONS("previousConvictionsWeight");

  private final String featureName;

  SnsvFeature(String featureName) {
    this.featureName = featureName;
  }

  public String featureName() {
    return featureName;
  }
}
