package org.probatio.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.ReportSections;
import org.probatio.court.ReportType;
import org.probatio.court.Requirement;
import org.probatio.demo.Offences.Offence;
import org.probatio.people.Gender;
import org.probatio.people.PersonDetails;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;

/** The written sections of a generated pre-sentence report: short, plain and about the person. */
final class ReportText {

  private ReportText() {}

  private static final List<String> CIRCUMSTANCES = List.of(
      "had been drinking heavily that day and remembers little of it",
      "says money had run out after benefits were stopped",
      "had been using drugs daily and was in debt to a dealer",
      "was angry after an argument earlier in the day",
      "says friends encouraged it and going along seemed easier",
      "had recently lost a job and a place to live");
  private static final List<String> ATTITUDES = List.of(
      "accepts full responsibility and is sorry for the harm caused",
      "accepts the facts but plays down the effect on the victim",
      "pleaded guilty at the first opportunity and wants help to stop",
      "finds it hard to see the offence from the victim's side");
  private static final List<String> NEEDS = List.of("accommodation", "employment and training", "finances",
      "relationships", "lifestyle and associates", "drug misuse", "alcohol misuse", "thinking and behaviour", "attitudes");
  private static final List<String> VIEWS = List.of(
      "wants to keep the job offered by a friend and would do unpaid work in the evenings",
      "says custody would mean losing the tenancy and asks for a chance to show change",
      "would welcome help with drinking and would attend appointments",
      "is worried about the children and wants to stay in contact with them",
      "does not think a programme is needed but would comply with any order");
  private static final List<String> GROUPS = List.of("children", "the public", "a known adult", "staff");

  /** Every section the report type needs written, from what the court and the risk records hold. */
  static ReportSections written(ReportType type, PersonDetails person, LocalDate on, List<Offence> offences,
      @Nullable RoshLevels rosh, @Nullable NewSentence proposal, SplittableRandom random) {
    String they = pronoun(person.gender());
    boolean standard = type == ReportType.STANDARD;
    String sources = "Interview with " + person.firstName() + (standard ? " at the probation office" : " at court")
        + "; CPS case summary; list of previous convictions; police domestic abuse check; children's services"
        + " safeguarding check" + (standard ? "; GP letter" : "") + ".";
    String offence = person.firstName() + " admits " + offences.stream()
        .map(o -> o.charge().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" and ")) + ": " + they + " "
        + offences.get(0).whatHappened() + ". " + capitalised(they) + " " + NameLists.pick(CIRCUMSTANCES, random)
        + ", and " + NameLists.pick(ATTITUDES, random) + ".";
    String risk = (rosh == null ? "No RoSH screening yet."
        : "RoSH screening: " + rosh.overall().label().toLowerCase(Locale.ROOT) + " risk of serious harm, highest to "
            + highestGroup(rosh) + ".")
        + " Needs linked to offending: " + NameLists.pick(NEEDS, random) + " and " + NameLists.pick(NEEDS, random) + ".";
    String diversity = Period.between(person.dateOfBirth(), on).getYears() + " years old, "
        + person.gender().label().toLowerCase(Locale.ROOT) + (person.employment() == null ? ""
        : ", " + person.employment().label().toLowerCase(Locale.ROOT))
        + (person.accommodation() == null ? "" : ", " + person.accommodation().label().toLowerCase(Locale.ROOT))
        + (person.caringDetails() == null ? "" : ". " + person.caringDetails()) + ". Nothing in the person's"
        + " circumstances prevents them from keeping to an order; appointments can be arranged around work and care.";
    String views = type == ReportType.ORAL ? null : person.firstName() + " " + NameLists.pick(VIEWS, random) + ".";
    return new ReportSections(sources, offence, risk, diversity, views, proposal == null ? null : proposal(proposal));
  }

  /** The start of a report, before it is finished: sources and the offence analysis. */
  static ReportSections begun(ReportSections all) {
    return new ReportSections(all.sources(), all.offenceAnalysis(), null, null, null, null);
  }

  static String proposal(NewSentence sentence) {
    OrderType type = sentence.orderType();
    StringBuilder text = new StringBuilder("A ").append(type.label().toLowerCase(Locale.ROOT)).append(" of ")
        .append(sentence.lengthMonths()).append(" months");
    if (!sentence.requirements().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Requirement r : sentence.requirements()) {
        parts.add(r.type().label().toLowerCase(Locale.ROOT) + (r.amount() == null ? "" : " (" + r.amount() + " "
            + r.type().unit().word() + ")"));
      }
      text.append(" with ").append(String.join(", ", parts));
    }
    return text.append(type.custody() ? ", followed by supervision on licence." : ".").toString();
  }

  private static String highestGroup(RoshLevels rosh) {
    RoshLevel[] levels = {rosh.communityChildren(), rosh.communityPublic(), rosh.communityKnownAdult(), rosh.communityStaff()};
    int highest = 0;
    for (int i = 1; i < levels.length; i++) {
      if (levels[i].compareTo(levels[highest]) > 0) {
        highest = i;
      }
    }
    return GROUPS.get(highest);
  }

  private static String pronoun(Gender gender) {
    return gender == Gender.MALE ? "he" : gender == Gender.FEMALE ? "she" : "they";
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
