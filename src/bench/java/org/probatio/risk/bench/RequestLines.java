package org.probatio.risk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Varied V1_0 scoring requests as JSON lines, the same for the same seed: a mix of ages, histories
 * and offence codes, about 16% with a sexual offence history and some with dynamic answers missing.
 *
 * <p>{@code java -cp target/test-classes org.probatio.risk.bench.RequestLines 1000000 > requests.jsonl}
 */
public final class RequestLines {

  private static final String[] CODES = {"00101", "00832", "00500", "02800", "03000", "03400", "04300", "04600", "05300",
      "05800", "06600", "09200", "10500", "80300", "80900", "12501", "99999"};
  private static final String[] LEVELS = {"NO_PROBLEMS", "SOME_PROBLEMS", "SIGNIFICANT_PROBLEMS"};
  private static final String[] CONVICTIONS = {"HOMICIDE", "WOUNDING_GBH", "ROBBERY", "WEAPON", "CRIMINAL_DAMAGE", "ARSON"};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1945, 1, 1);

  private final SplittableRandom random;

  public RequestLines(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public static void main(String[] args) throws IOException {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    RequestLines requests = new RequestLines(args.length > 1 ? Long.parseLong(args[1]) : 1);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (long i = 0; i < lines; i++) {
      out.write(requests.next());
      out.write('\n');
    }
    out.flush();
  }

  /** The next request as one line of JSON. */
  public String next() {
    LocalDate birth = EARLIEST_BIRTH.plusDays(random.nextInt(60 * 365));
    LocalDate conviction = birth.plusDays(12 * 365 + random.nextInt(45 * 365));
    LocalDate followUp = conviction.plusDays(random.nextInt(3 * 365));
    int ageAtConviction = conviction.getYear() - birth.getYear() - 1;
    int sanctions = 1 + (random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(8));
    int violent = random.nextInt(sanctions + 1);
    boolean female = random.nextInt(100) < 15;
    StringBuilder json = new StringBuilder(900).append('{');
    field(json, "version", "V1_0");
    field(json, "gender", female ? "FEMALE" : "MALE");
    field(json, "dateOfBirth", birth.toString());
    field(json, "assessmentDate", followUp.plusDays(random.nextInt(5 * 365)).toString());
    field(json, "dateOfCurrentConviction", conviction.toString());
    field(json, "dateAtStartOfFollowupCalculated", followUp.toString());
    field(json, "dateAtStartOfFollowupUserInput", followUp.toString());
    number(json, "totalNumberOfSanctionsForAllOffences", sanctions);
    number(json, "ageAtFirstSanction", 10 + random.nextInt(Math.max(1, ageAtConviction - 9)));
    field(json, "currentOffenceCode", CODES[random.nextInt(CODES.length)]);
    number(json, "totalNumberOfViolentSanctions", violent);
    field(json, "supervisionStatus", random.nextInt(3) == 0 ? "CUSTODY" : "COMMUNITY");
    flag(json, "doesRecogniseImpactOfOffendingOnOthers");
    flag(json, "isCurrentlyOfNoFixedAbodeOrTransientAccommodation");
    flag(json, "isUnemployed");
    flag(json, "hasCurrentPsychiatricTreatment");
    flag(json, "didOffenceInvolveCarryingOrUsingWeapon");
    flag(json, "evidenceOfDomesticAbuse");
    flag(json, "domesticAbuseAgainstPartner");
    for (String level : new String[] {"currentAlcoholUseProblems", "excessiveAlcoholUse", "temperControl",
        "proCriminalAttitudes", "regularOffendingActivities", "currentDrugMisuse", "problemSolvingSkills",
        "understandsOtherPeoplesViews", "suitabilityOfAccommodation", "currentRelationshipWithPartner"}) {
      field(json, level, LEVELS[random.nextInt(3)]);
    }
    if (random.nextInt(10) > 0) {
      field(json, "impulsivityProblems", LEVELS[random.nextInt(3)]);
    }
    field(json, "motivationToTackleDrugMisuse", random.nextBoolean() ? "FULL_MOTIVATION" : "PARTIAL_MOTIVATION");
    field(json, "awarenessOfConsequences", random.nextBoolean() ? "YES" : "SOMETIMES");
    json.append("\"previousConvictions\":[");
    if (random.nextInt(3) == 0) {
      json.append('"').append(CONVICTIONS[random.nextInt(CONVICTIONS.length)]).append('"');
    }
    json.append("],");
    boolean sexualHistory = random.nextInt(100) < 16;
    json.append("\"hasEverCommittedSexualOffence\":").append(sexualHistory);
    if (sexualHistory) {
      json.append(',');
      json.append("\"isCurrentOffenceSexuallyMotivated\":").append(random.nextBoolean()).append(',');
      number(json, "totalContactAdultSexualSanctions", random.nextInt(4));
      number(json, "totalContactChildSexualSanctions", random.nextInt(4));
      number(json, "totalNonContactSexualOffences", random.nextInt(3));
      json.append("\"totalIndecentImageSanctions\":").append(1 + random.nextInt(3)).append(',');
      field(json, "dateOfMostRecentSexualOffence", conviction.minusDays(random.nextInt(3650)).toString());
      json.append("\"isCurrentOffenceAgainstVictimStranger\":").append(random.nextBoolean());
    }
    return json.append('}').toString();
  }

  private void flag(StringBuilder json, String name) {
    json.append('"').append(name).append("\":").append(random.nextInt(4) == 0).append(',');
  }

  private static void field(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":\"").append(value).append("\",");
  }

  private static void number(StringBuilder json, String name, int value) {
    json.append('"').append(name).append("\":").append(value).append(',');
  }
}
