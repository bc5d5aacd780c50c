package org.probatio.demo;

import static org.probatio.demo.Weighted.choice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.demo.Offences.Profile;

/**
 * The sentence of a generated episode: mostly community and suspended sentence orders with the usual
 * requirements (unpaid work, rehabilitation activity days, a programme for the offending it addresses,
 * a curfew, treatment), some custody released on licence halfway through, and some post-sentence
 * supervision. Every sentence keeps to the limits the court module checks.
 */
final class SentenceGenerator {

  private SentenceGenerator() {}

  /** A requirement the court may add, how often, and the amounts it is given in. */
  private record Option(RequirementType type, List<Integer> amounts) {}

  private static final Weighted<Option> REQUIREMENTS = Weighted.of(
      choice(new Option(RequirementType.UNPAID_WORK, List.of(40, 60, 80, 100, 120, 150, 180, 200, 240, 300)), 45),
      choice(new Option(RequirementType.REHABILITATION_ACTIVITY, List.of(5, 10, 15, 20, 25, 30, 40, 60)), 55),
      choice(new Option(RequirementType.ACCREDITED_PROGRAMME, List.of(19, 26, 30)), 10),
      choice(new Option(RequirementType.CURFEW, List.of(1, 2, 3, 4, 6)), 12),
      choice(new Option(RequirementType.DRUG_REHABILITATION, List.of(6, 9, 12)), 6),
      choice(new Option(RequirementType.ALCOHOL_TREATMENT, List.of(6, 9, 12)), 5),
      choice(new Option(RequirementType.ALCOHOL_ABSTINENCE, List.of(30, 60, 90, 120)), 4),
      choice(new Option(RequirementType.MENTAL_HEALTH_TREATMENT, List.of(6, 12)), 3),
      choice(new Option(RequirementType.EXCLUSION, List.of(3, 6, 12)), 3),
      choice(new Option(RequirementType.PROHIBITED_ACTIVITY, List.of()), 2),
      choice(new Option(RequirementType.RESIDENCE, List.of()), 1),
      choice(new Option(RequirementType.FOREIGN_TRAVEL_PROHIBITION, List.of(6, 12)), 0.5));

  private static final List<String> STANDARD_LICENCE_CONDITIONS = List.of(
      "Be of good behaviour and not commit any offence",
      "Keep in touch with the supervising officer as instructed",
      "Receive visits from the supervising officer as instructed",
      "Reside permanently at an address approved by the supervising officer");

  /** The sentence passed, for an offender of this profile living in this town. */
  static NewSentence sentence(Profile profile, String town, LocalDate day, SplittableRandom random) {
    OrderType type = (profile.serious() ? CaseMix.ORDER_TYPE_FOR_SERIOUS_OFFENCES : CaseMix.ORDER_TYPE).pick(random);
    return switch (type) {
      case COMMUNITY_ORDER -> new NewSentence(type, CaseMix.COMMUNITY_ORDER_MONTHS.pick(random), day,
          requirements(CaseMix.REQUIREMENT_COUNT.pick(random), profile, town, random), null, List.of());
      case SUSPENDED_SENTENCE_ORDER -> new NewSentence(type, CaseMix.SUSPENDED_SENTENCE_MONTHS.pick(random), day,
          random.nextDouble() < CaseMix.SUSPENDED_WITHOUT_REQUIREMENTS ? List.of()
              : requirements(CaseMix.REQUIREMENT_COUNT.pick(random), profile, town, random), null, List.of());
      case CUSTODY_WITH_LICENCE -> {
        int months = CaseMix.CUSTODY_MONTHS.pick(random);
        LocalDate halfway = day.plusDays((day.plusMonths(months).toEpochDay() - day.toEpochDay()) / 2);
        yield new NewSentence(type, months, day, List.of(), halfway, licenceConditions(profile, town, random));
      }
      case POST_SENTENCE_SUPERVISION -> new NewSentence(type, 12, day, List.of(), null, List.of());
    };
  }

  private static List<Requirement> requirements(int count, Profile profile, String town, SplittableRandom random) {
    List<Requirement> requirements = new ArrayList<>();
    Set<RequirementType> given = EnumSet.noneOf(RequirementType.class);
    for (int tries = 0; requirements.size() < count && tries < 20; tries++) {
      Option option = REQUIREMENTS.pick(random);
      if (given.add(option.type())) {
        Integer amount = option.amounts().isEmpty() ? null : NameLists.pick(option.amounts(), random);
        requirements.add(new Requirement(option.type(), amount, details(option.type(), profile, town)));
      }
    }
    return requirements;
  }

  private static @Nullable String details(RequirementType type, Profile profile, String town) {
    return switch (type) {
      case ACCREDITED_PROGRAMME -> switch (profile) {
        case DOMESTIC_ABUSE -> "Building Better Relationships";
        case SEXUAL -> "Horizon";
        case SERIOUS_VIOLENCE, WEAPONS -> "Kaizen";
        case GENERAL -> "Thinking Skills Programme";
      };
      case EXCLUSION -> town + " town centre";
      case PROHIBITED_ACTIVITY -> "Not to enter licensed premises in " + town;
      case RESIDENCE -> "Reside where approved by the responsible officer";
      default -> null;
    };
  }

  private static List<String> licenceConditions(Profile profile, String town, SplittableRandom random) {
    List<String> conditions = new ArrayList<>(STANDARD_LICENCE_CONDITIONS);
    if (profile == Profile.DOMESTIC_ABUSE || profile == Profile.SEXUAL) {
      conditions.add("Not to contact the victim directly or indirectly");
    }
    if (profile == Profile.SEXUAL) {
      conditions.add("Not to have unsupervised contact with children under 18");
    }
    if (random.nextDouble() < 0.3) {
      conditions.add("Not to enter " + town + " town centre without the supervising officer's approval");
    }
    return conditions;
  }
}
