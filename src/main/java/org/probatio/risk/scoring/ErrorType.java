package org.probatio.risk.scoring;

/** Why a predictor gave no score (or, for MISSING_DYNAMIC_INPUT, a less informed one). */
public enum ErrorType {
  MISSING_MANDATORY_INPUT("Mandatory input field(s) missing"),
  MISSING_DYNAMIC_INPUT("Dynamic input field(s) missing"),
  TOTAL_NUMBER_OF_SANCTIONS_LESS_THAN_ONE("Total number of sanctions must be one or greater"),
  OFFENCE_CODE_INCORRECT_FORMAT("Offence code must be a string of 5 digits"),
  AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN("Age at current conviction must be 10 or greater"),
  AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION("Age at first sanction must be before age at current conviction"),
  NEED_DETAILS_OF_EXACT_OFFENCE("For this group of offences, the OGRS 3 offence category takes different values depending on"
      + " the nature of the exact offence. Therefore, it is not possible to calculate an OGRS 3 score without details of"
      + " the exact offence."),
  OFFENCE_CODE_MAPPING_NOT_FOUND("No offence code to actuarial weighting mapping found for "),
  VIOLENT_SANCTION_GREATER_THAN_TOTAL_SANCTIONS("Violence count is greater than total sanctions"),
  FOLLOW_UP_DATE_BEFORE_CONVICTION_DATE("Offender's date of commencement of community sentence or earliest possible release"
      + " from custody is before conviction date"),
  SEXUAL_OFFENDING_MISSING_COUNTS("Sexual motivation/offending identified - complete sexual offence counts"),
  SEXUAL_OFFENDING_INCONSISTENT_INPUT("No sexual motivation/offending identified - additional fields should not be provided"),
  COMPONENT_VALIDATION_ERROR("Validation error(s) in component scores"),
  UNEXPECTED_ERROR("Unexpected error thrown during calculation, see logs for further details: ");

  private final String message;

  ErrorType(String message) {
    this.message = message;
  }

  /** The message as the government service words it; some end with a detail appended. */
  public String message() {
    return message;
  }
}
