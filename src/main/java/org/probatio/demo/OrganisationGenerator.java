package org.probatio.demo;

import static org.probatio.demo.Weighted.choice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.probatio.demo.Region.ProviderArea;
import org.probatio.demo.Region.Town;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.Provider;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Team;

/**
 * Delivery units, teams and staff for each provider of a region. Units are named after towns and
 * grow in number with the staff, as do the teams in each unit. Staff codes are the provider code,
 * a letter for the grade and a number: N01P001 is the NPS division's first probation officer.
 */
final class OrganisationGenerator {

  /** The organisation, and the towns each provider has units in (where its people live). */
  record Generated(Organisation organisation, Map<String, List<Town>> unitTowns) {}

  private static final int FEWEST_UNITS = 3;
  private static final int MOST_UNITS = 6;
  private static final int STAFF_PER_UNIT = 12;
  private static final int FEWEST_TEAMS = 2;
  /** A small provider's units have up to five teams of about six; a large one's teams grow to about fourteen, no more. */
  private static final int MOST_TEAMS = 5;
  private static final int STAFF_PER_TEAM = 6;
  private static final int MOST_STAFF_PER_TEAM = 14;

  /** About seven in ten probation staff are women. */
  private static final double WOMEN_ON_STAFF = 0.7;
  private static final Weighted<BigDecimal> CONTRACTED_HOURS = Weighted.of(
      choice(new BigDecimal("37.0"), 80),
      choice(new BigDecimal("30.0"), 8),
      choice(new BigDecimal("22.5"), 7),
      choice(new BigDecimal("18.5"), 5));

  private final LocalDate asOf;
  private final SplittableRandom random;
  private final List<DeliveryUnit> units = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final List<StaffMember> staff = new ArrayList<>();
  private final Map<String, List<Town>> unitTowns = new HashMap<>();
  private final Set<String> emails = new HashSet<>();

  private OrganisationGenerator(LocalDate asOf, SplittableRandom random) {
    this.asOf = asOf;
    this.random = random;
  }

  /** {@code staffByGrade[grade][provider]}, in the order of {@link StaffMix} and of the areas. */
  static Generated generate(List<ProviderArea> areas, int[][] staffByGrade, LocalDate asOf, SplittableRandom random) {
    OrganisationGenerator generator = new OrganisationGenerator(asOf, random);
    for (int p = 0; p < areas.size(); p++) {
      int[] byGrade = new int[staffByGrade.length];
      for (int g = 0; g < byGrade.length; g++) {
        byGrade[g] = staffByGrade[g][p];
      }
      generator.provider(areas.get(p), byGrade);
    }
    List<Provider> providers = areas.stream().map(ProviderArea::provider).toList();
    return new Generated(new Organisation(providers, List.copyOf(generator.units), List.copyOf(generator.teams),
        List.copyOf(generator.staff)), Map.copyOf(generator.unitTowns));
  }

  private void provider(ProviderArea area, int[] staffByGrade) {
    int headcount = 0;
    for (int count : staffByGrade) {
      headcount += count;
    }
    int unitCount = Math.min(area.towns().size(), clamp(Math.round(headcount / (float) STAFF_PER_UNIT), FEWEST_UNITS, MOST_UNITS));
    int teamsPerUnit = clamp(Math.round(headcount / (float) (unitCount * STAFF_PER_TEAM)), FEWEST_TEAMS,
        Math.max(MOST_TEAMS, Math.round(headcount / (float) (unitCount * MOST_STAFF_PER_TEAM))));
    List<Town> towns = shuffled(area.towns()).subList(0, unitCount);
    unitTowns.put(area.code(), List.copyOf(towns));
    List<Team> providerTeams = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      DeliveryUnit unit = new DeliveryUnit(String.format("%sU%02d", area.code(), u + 1), towns.get(u).name(), area.code());
      units.add(unit);
      for (int t = 0; t < teamsPerUnit; t++) {
        providerTeams.add(new Team(unit.code() + "T" + (t + 1), towns.get(u).name() + " Offender Management " + letters(t),
            unit.code()));
      }
    }
    teams.addAll(providerTeams);
    StaffMix[] mix = StaffMix.values();
    int placed = 0;
    for (int g = 0; g < mix.length; g++) {
      for (int n = 1; n <= staffByGrade[g]; n++) {
        // round the teams in turn, so every team gets a share of each grade
        Team team = providerTeams.get(placed++ % providerTeams.size());
        staff.add(member(String.format("%s%c%03d", area.code(), mix[g].codeLetter, n), mix[g], team, area.code()));
      }
    }
  }

  private StaffMember member(String code, StaffMix grade, Team team, String providerCode) {
    boolean woman = random.nextDouble() < WOMEN_ON_STAFF;
    String forename = NameLists.pick(woman ? NameLists.FEMALE_FIRST_NAMES : NameLists.MALE_FIRST_NAMES, random);
    String surname = NameLists.pick(NameLists.SURNAMES, random);
    int fewestDays = Math.max(30, grade.fewestYearsService * 365);
    int days = fewestDays + random.nextInt(grade.mostYearsService * 365 - fewestDays + 1);
    return new StaffMember(code, forename, surname, grade.grade, team.code(), providerCode, email(forename, surname),
        CONTRACTED_HOURS.pick(random), asOf.minusDays(days));
  }

  /** forename.surname@probatio.example, with a number added when the name is taken. */
  private String email(String forename, String surname) {
    String name = NameLists.plain(forename) + "." + NameLists.plain(surname);
    String local = name;
    for (int n = 2; !emails.add(local); n++) {
      local = name + n;
    }
    return local + "@probatio.example";
  }

  private List<Town> shuffled(List<Town> towns) {
    List<Town> copy = new ArrayList<>(towns);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      copy.set(j, copy.set(i, copy.get(j)));
    }
    return copy;
  }

  /** A, B, ... Z, then AA, AB, ...: the team's letters. */
  static String letters(int index) {
    String letter = String.valueOf((char) ('A' + index % 26));
    return index < 26 ? letter : letters(index / 26 - 1) + letter;
  }

  private static int clamp(int value, int least, int most) {
    return Math.max(least, Math.min(most, value));
  }
}
