package org.probatio.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.probatio.demo.Region.ProviderArea;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.ReductionToLoad;
import org.probatio.workforce.StaffMember;

/**
 * A synthetic probation region made from a number of people, a seed, an as-of date and a
 * {@link RegionModel}: the same four always give the same region, and the seed picks the same region
 * under either model. Pure: no clock, no database. The organisation is made at once; people are made
 * one at a time as the stream is read, so a large region never sits in memory whole.
 */
public final class RegionGenerator {

  public static final int MOST_PEOPLE = 1_000_000;

  private final int peopleCount;
  private final RegionModel model;
  private final Organisation organisation;
  private final ReductionGenerator.Generated reductions;
  private final Map<DemoUser, StaffMember> demoStaff;
  private final PersonGenerator people;
  private final RiskGenerator risk;
  private final CaseHistoryGenerator histories;
  private final String courtProviderCode;

  /** Court episodes go back about two years of court days, and the calendar covers 2000 to 2099. */
  public static final LocalDate EARLIEST_AS_OF = LocalDate.of(2002, 7, 1);
  public static final LocalDate LATEST_AS_OF = LocalDate.of(2099, 12, 1);

  /** A region of the {@link RegionModel#DEFAULT default} model, Transforming Rehabilitation. */
  public RegionGenerator(int peopleCount, long seed, LocalDate asOf) {
    this(peopleCount, seed, asOf, RegionModel.DEFAULT);
  }

  public RegionGenerator(int peopleCount, long seed, LocalDate asOf, RegionModel model) {
    if (peopleCount < 1 || peopleCount > MOST_PEOPLE) {
      throw new IllegalArgumentException(
          String.format("A region has from 1 to %,d people, not %,d", MOST_PEOPLE, peopleCount));
    }
    if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
      throw new IllegalArgumentException("A region is as of a day from " + EARLIEST_AS_OF + " to " + LATEST_AS_OF
          + ", not " + asOf);
    }
    this.peopleCount = peopleCount;
    this.model = model;
    SplittableRandom random = new SplittableRandom(seed);
    Region region = Region.values()[random.nextInt(Region.values().length)];
    List<ProviderArea> areas = region.providerAreas(model, 1 + random.nextInt(2));
    double[] caseShares = areas.stream().mapToDouble(ProviderArea::caseShare).toArray();
    int[][] staffByGrade = StaffMix.counts(Staffing.staffFor(peopleCount), caseShares);
    OrganisationGenerator.Generated generated = OrganisationGenerator.generate(areas, staffByGrade, asOf, random);
    this.organisation = generated.organisation();
    this.courtProviderCode = areas.get(0).code();
    this.demoStaff = DemoUser.cast(organisation.staff().stream()
        .filter(s -> s.providerCode().equals(courtProviderCode)).toList());
    this.reductions = ReductionGenerator.generate(organisation.staff(),
        demoStaff.values().stream().map(StaffMember::code).collect(Collectors.toSet()), asOf, seed);
    this.people = new PersonGenerator(seed, asOf, areas, generated.unitTowns(), demoStaff,
        random.nextInt(Math.min(PersonGenerator.LIMITED_ACCESS_EVERY, peopleCount)), new PoliceIdentifiers(random));
    this.risk = new RiskGenerator(seed, asOf, model, courtProviderCode);
    this.histories = new CaseHistoryGenerator(seed, asOf, model.policy(), organisation, courtProviderCode, demoStaff,
        areas.get(0).towns(), risk, reductions, people::person, people.limitedAccessCases(peopleCount));
  }

  public int peopleCount() {
    return peopleCount;
  }

  public RegionModel model() {
    return model;
  }

  /** Providers, delivery units, teams and staff, ready for {@code Workforce.load}. */
  public Organisation organisation() {
    return organisation;
  }

  /** Reductions of the staff's workloads, ready for {@code Reductions.load}. */
  public List<ReductionToLoad> reductions() {
    return reductions.reductions();
  }

  /**
   * The people, in order, each with the practitioner of their case as responsible officer (none until
   * their case has one); each is made as it is read.
   */
  public Stream<GeneratedPerson> people() {
    return drawnPeople().map(histories::withResponsibleOfficer);
  }

  /**
   * The people as drawn, without their responsible officers, which take part of their histories to find:
   * what the histories are made from, more quickly.
   */
  Stream<GeneratedPerson> drawnPeople() {
    return IntStream.range(0, peopleCount).mapToObj(people::person);
  }

  /** RoSH screenings and registrations for each generated person. */
  RiskGenerator riskGenerator() {
    return risk;
  }

  /**
   * The provider whose court team works the region's courts and allocates, and whose staff play the
   * demo users: the NPS division, or the unified region.
   */
  String courtProviderCode() {
    return courtProviderCode;
  }

  /** Each generated person's risk, latest court episode and its allocation. */
  CaseHistoryGenerator caseHistories() {
    return histories;
  }

  /** The member of the court provider's staff each demo user signs in as. */
  Map<DemoUser, StaffMember> demoStaff() {
    return demoStaff;
  }
}
