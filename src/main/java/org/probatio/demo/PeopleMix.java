package org.probatio.demo;

import static org.probatio.demo.Weighted.choice;

import java.util.List;
import java.util.SplittableRandom;
import org.probatio.people.Accommodation;
import org.probatio.people.Disability;
import org.probatio.people.Employment;
import org.probatio.people.Ethnicity;
import org.probatio.people.Gender;
import org.probatio.people.Religion;

/**
 * How the people of a generated region are made up: rough shapes of a probation caseload (mostly
 * young men, many out of work, some in unsettled housing), not statistics to rely on.
 */
final class PeopleMix {

  private PeopleMix() {}

  record AgeBand(int youngest, int oldest) {
    int age(SplittableRandom random) {
      return youngest + random.nextInt(oldest - youngest + 1);
    }
  }

  static final Weighted<AgeBand> AGE = Weighted.of(
      choice(new AgeBand(18, 20), 9),
      choice(new AgeBand(21, 25), 18),
      choice(new AgeBand(26, 30), 19),
      choice(new AgeBand(31, 35), 17),
      choice(new AgeBand(36, 40), 13),
      choice(new AgeBand(41, 50), 14),
      choice(new AgeBand(51, 60), 7),
      choice(new AgeBand(61, 75), 3));

  static final Weighted<Gender> GENDER = Weighted.of(
      choice(Gender.MALE, 85),
      choice(Gender.FEMALE, 14),
      choice(Gender.NOT_SPECIFIED, 0.6),
      choice(Gender.NOT_KNOWN, 0.4));

  static final double MIDDLE_NAME = 0.4;
  static final double PNC_ID = 0.8;
  /** CRO numbers go with a police record, so only people with a PNC ID have one: 0.625 x 0.8 = half. */
  static final double CRO_NUMBER_GIVEN_PNC_ID = 0.625;
  /** Prison numbers: nearly everyone in custody, about a quarter of the rest; three in ten in all. */
  static final double NOMIS_NUMBER_IN_CUSTODY = 0.95;
  static final double NOMIS_NUMBER_OTHERWISE = 0.26;
  static final double ALIASES = 0.1;
  static final double SECOND_ALIAS = 0.25;
  static final double PHONE = 0.65;
  static final double MOBILE_PHONE = 0.85;
  static final double EMAIL = 0.2;
  static final double FLAT = 0.25;
  static final int RETIREMENT_AGE = 60;

  /** How often each optional answer is recorded at all. */
  static final double ETHNICITY_RECORDED = 0.92;
  static final double RELIGION_RECORDED = 0.85;
  static final double DISABILITY_RECORDED = 0.9;
  static final double ACCOMMODATION_RECORDED = 0.95;
  static final double EMPLOYMENT_RECORDED = 0.92;
  static final double CARING_RECORDED = 0.75;
  static final double CARING_GIVEN_RECORDED = 0.2;

  static final Weighted<Ethnicity> ETHNICITY = Weighted.of(
      choice(Ethnicity.W1, 72), choice(Ethnicity.W2, 1), choice(Ethnicity.W3, 1), choice(Ethnicity.W5, 0.5),
      choice(Ethnicity.W9, 5), choice(Ethnicity.A1, 2), choice(Ethnicity.A2, 3), choice(Ethnicity.A3, 1),
      choice(Ethnicity.A4, 0.3), choice(Ethnicity.A9, 1), choice(Ethnicity.B1, 3), choice(Ethnicity.B2, 2),
      choice(Ethnicity.B9, 1), choice(Ethnicity.M1, 2), choice(Ethnicity.M2, 0.5), choice(Ethnicity.M3, 0.7),
      choice(Ethnicity.M9, 1), choice(Ethnicity.O2, 0.5), choice(Ethnicity.O9, 1), choice(Ethnicity.NS, 1.5));

  static final Weighted<Religion> RELIGION = Weighted.of(
      choice(Religion.NO_RELIGION, 40), choice(Religion.CHRISTIAN, 32), choice(Religion.MUSLIM, 9),
      choice(Religion.SIKH, 1.5), choice(Religion.HINDU, 1), choice(Religion.BUDDHIST, 1), choice(Religion.JEWISH, 0.5),
      choice(Religion.OTHER, 2), choice(Religion.NOT_STATED, 8));

  static final Weighted<Disability> DISABILITY = Weighted.of(
      choice(Disability.NO, 68), choice(Disability.YES, 26), choice(Disability.NOT_STATED, 6));

  static final Weighted<Accommodation> ACCOMMODATION = Weighted.of(
      choice(Accommodation.SETTLED, 40), choice(Accommodation.FAMILY_OR_FRIENDS, 25),
      choice(Accommodation.TEMPORARY, 14), choice(Accommodation.APPROVED_PREMISES, 3),
      choice(Accommodation.NO_FIXED_ABODE, 6), choice(Accommodation.IN_CUSTODY, 7));

  static final Weighted<Employment> EMPLOYMENT = Weighted.of(
      choice(Employment.FULL_TIME, 20), choice(Employment.PART_TIME, 10), choice(Employment.SELF_EMPLOYED, 6),
      choice(Employment.UNEMPLOYED, 42), choice(Employment.EDUCATION_OR_TRAINING, 7),
      choice(Employment.UNABLE_TO_WORK, 15));

  static final Weighted<Employment> EMPLOYMENT_OVER_RETIREMENT_AGE = Weighted.of(
      choice(Employment.FULL_TIME, 10), choice(Employment.PART_TIME, 10), choice(Employment.SELF_EMPLOYED, 5),
      choice(Employment.UNEMPLOYED, 15), choice(Employment.UNABLE_TO_WORK, 20), choice(Employment.RETIRED, 40));

  static final List<String> CARING_DETAILS = List.of(
      "Looks after two children under 10",
      "Cares for a parent with dementia",
      "Shares the care of a child with a former partner",
      "Cares for a partner with a long-term illness",
      "Looks after a younger brother after school",
      "Main carer for a disabled son");

  static final Weighted<String> STREET_ENDING = Weighted.of(
      choice("Street", 30), choice("Road", 30), choice("Lane", 10), choice("Avenue", 8), choice("Close", 6),
      choice("Terrace", 4), choice("Grove", 3), choice("Way", 3), choice("Drive", 3), choice("Crescent", 2),
      choice("Place", 1));

  static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net");

  static final List<String> LIMITED_ACCESS_REASONS = List.of(
      "Known to staff in the local office",
      "Related to a member of staff",
      "High-profile case with media interest",
      "Former member of staff");
}
