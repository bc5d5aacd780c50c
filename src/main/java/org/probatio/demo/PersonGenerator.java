package org.probatio.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.probatio.demo.GeneratedPerson.LimitedAccessCase;
import org.probatio.demo.Region.ProviderArea;
import org.probatio.demo.Region.Town;
import org.probatio.people.Accommodation;
import org.probatio.people.Address;
import org.probatio.people.Alias;
import org.probatio.people.CroNumber;
import org.probatio.people.Employment;
import org.probatio.people.Gender;
import org.probatio.people.NomisNumber;
import org.probatio.people.PersonDetails;
import org.probatio.people.PncId;
import org.probatio.workforce.StaffMember;

/**
 * Makes the person at a given position in the region, as drawn: their responsible officer is the
 * practitioner their case is given to, which {@link CaseHistoryGenerator} finds. Each person has a random
 * source of their own, seeded from the region's seed and their position, so people can be made one at
 * a time, in any order, and always come out the same.
 */
final class PersonGenerator {

  /**
   * One person in 200 (0.5%) is a limited-access case, always of the court's provider (the NPS
   * division, or the unified region), whose staff play the demo users, so the demo user kept out of
   * them would otherwise see them. Whom to contact is their responsible officer, or, while they have
   * none, the senior probation officer the demo senior practitioner plays.
   */
  static final int LIMITED_ACCESS_EVERY = 200;

  private final long seed;
  private final LocalDate asOf;
  private final Weighted<ProviderArea> providers;
  private final ProviderArea courtProvider;
  private final Map<String, List<Town>> unitTowns;
  private final Map<DemoUser, StaffMember> demoStaff;
  private final int limitedAccessPosition;
  private final PoliceIdentifiers identifiers;

  PersonGenerator(long seed, LocalDate asOf, List<ProviderArea> areas, Map<String, List<Town>> unitTowns,
      Map<DemoUser, StaffMember> demoStaff, int limitedAccessPosition,
      PoliceIdentifiers identifiers) {
    this.seed = seed;
    this.asOf = asOf;
    this.providers = Weighted.of(areas, ProviderArea::caseShare);
    this.courtProvider = areas.get(0);
    this.unitTowns = unitTowns;
    this.demoStaff = demoStaff;
    this.limitedAccessPosition = limitedAccessPosition;
    this.identifiers = identifiers;
  }

  GeneratedPerson person(int index) {
    SplittableRandom random = new SplittableRandom(mix(seed ^ (index * 0x9E3779B97F4A7C15L)));
    boolean limited = index % LIMITED_ACCESS_EVERY == limitedAccessPosition;
    ProviderArea provider = limited ? courtProvider : providers.pick(random);
    Gender gender = PeopleMix.GENDER.pick(random);
    String firstName = firstName(gender, random);
    String middleNames = chance(random, PeopleMix.MIDDLE_NAME) ? firstName(gender, random) : null;
    String lastName = NameLists.pick(NameLists.SURNAMES, random);
    int age = PeopleMix.AGE.pick(random).age(random);
    LocalDate dateOfBirth = asOf.minusYears(age).minusDays(random.nextInt(365));
    // the police record starts at 16 or later, and no later than this year
    int recordYear = dateOfBirth.getYear() + 16 + random.nextInt(asOf.getYear() - dateOfBirth.getYear() - 15);
    PncId pnc = chance(random, PeopleMix.PNC_ID) ? identifiers.pnc(index, recordYear) : null;
    CroNumber cro = pnc != null && chance(random, PeopleMix.CRO_NUMBER_GIVEN_PNC_ID)
        ? identifiers.cro(recordYear, random) : null;
    Accommodation accommodation = recorded(random, PeopleMix.ACCOMMODATION_RECORDED, PeopleMix.ACCOMMODATION);
    boolean inCustody = accommodation == Accommodation.IN_CUSTODY;
    NomisNumber nomis = chance(random, inCustody ? PeopleMix.NOMIS_NUMBER_IN_CUSTODY : PeopleMix.NOMIS_NUMBER_OTHERWISE)
        ? identifiers.nomis(random) : null;
    Employment employment = recorded(random, PeopleMix.EMPLOYMENT_RECORDED,
        age >= PeopleMix.RETIREMENT_AGE ? PeopleMix.EMPLOYMENT_OVER_RETIREMENT_AGE : PeopleMix.EMPLOYMENT);
    Town town = NameLists.pick(unitTowns.get(provider.code()), random);
    Address address = accommodation == Accommodation.NO_FIXED_ABODE ? null : address(town, random);
    Boolean caring = chance(random, PeopleMix.CARING_RECORDED) ? chance(random, PeopleMix.CARING_GIVEN_RECORDED) : null;
    PersonDetails details = new PersonDetails(firstName, middleNames, lastName, dateOfBirth, gender, pnc, cro, nomis,
        recorded(random, PeopleMix.ETHNICITY_RECORDED, PeopleMix.ETHNICITY),
        recorded(random, PeopleMix.RELIGION_RECORDED, PeopleMix.RELIGION),
        recorded(random, PeopleMix.DISABILITY_RECORDED, PeopleMix.DISABILITY),
        phone(random), email(firstName, lastName, random), address, accommodation, employment, caring,
        Boolean.TRUE.equals(caring) ? NameLists.pick(PeopleMix.CARING_DETAILS, random) : null,
        aliases(gender, firstName, lastName, random));
    // the responsible officer was once drawn here: the draw is kept so that what follows comes out as before
    random.nextDouble();
    LimitedAccessCase limitedAccess = limited ? new LimitedAccessCase(demoStaff.get(DemoUser.SENIOR).displayName(),
        NameLists.pick(PeopleMix.LIMITED_ACCESS_REASONS, random), DemoUser.PRACTITIONER_2.username()) : null;
    return new GeneratedPerson(index, details, provider.code(), null, limitedAccess);
  }

  /** The positions of the limited-access cases among this many people, in order. */
  IntStream limitedAccessCases(int people) {
    return IntStream.iterate(limitedAccessPosition, i -> i < people, i -> i + LIMITED_ACCESS_EVERY);
  }

  private static String firstName(Gender gender, SplittableRandom random) {
    boolean female = gender == Gender.FEMALE || (gender != Gender.MALE && random.nextBoolean());
    return NameLists.pick(female ? NameLists.FEMALE_FIRST_NAMES : NameLists.MALE_FIRST_NAMES, random);
  }

  private static Address address(Town town, SplittableRandom random) {
    String street = NameLists.pick(NameLists.STREET_NAMES, random) + " " + PeopleMix.STREET_ENDING.pick(random);
    String house = (1 + random.nextInt(180)) + " " + street;
    return chance(random, PeopleMix.FLAT)
        ? new Address("Flat " + (1 + random.nextInt(12)), house, town.name(), town.postcode(random))
        : new Address(house, null, town.name(), town.postcode(random));
  }

  /** Numbers from the ranges Ofcom keeps for drama, so no real phone rings. */
  private static @Nullable String phone(SplittableRandom random) {
    if (!chance(random, PeopleMix.PHONE)) {
      return null;
    }
    String exchange = chance(random, PeopleMix.MOBILE_PHONE) ? "07700 900" : "01632 960";
    return exchange + String.format("%03d", random.nextInt(1000));
  }

  private static @Nullable String email(String firstName, String lastName, SplittableRandom random) {
    if (!chance(random, PeopleMix.EMAIL)) {
      return null;
    }
    String separator = random.nextBoolean() ? "." : "";
    return NameLists.plain(firstName) + separator + NameLists.plain(lastName) + (10 + random.nextInt(90)) + "@"
        + NameLists.pick(PeopleMix.EMAIL_DOMAINS, random);
  }

  /** Another first name, another surname, or both: the names people give when they would rather not be found. */
  private static List<Alias> aliases(Gender gender, String firstName, String lastName, SplittableRandom random) {
    if (!chance(random, PeopleMix.ALIASES)) {
      return List.of();
    }
    int count = chance(random, PeopleMix.SECOND_ALIAS) ? 2 : 1;
    List<Alias> aliases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(10);
      String first = kind < 5 ? firstName(gender, random) : firstName;
      String last = kind >= 3 ? NameLists.pick(NameLists.SURNAMES, random) : lastName;
      aliases.add(new Alias(first, last));
    }
    return aliases;
  }

  private static <T> @Nullable T recorded(SplittableRandom random, double share, Weighted<T> table) {
    return chance(random, share) ? table.pick(random) : null;
  }

  private static boolean chance(SplittableRandom random, double probability) {
    return random.nextDouble() < probability;
  }

  /** The finishing mix of SplitMix64, so neighbouring positions get unrelated seeds. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
