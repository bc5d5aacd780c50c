package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.court.CourtToLoad;
import org.probatio.court.Hearing;
import org.probatio.court.NewSentence;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.ReportSections;
import org.probatio.court.ReportType;
import org.probatio.court.Sentence;
import org.probatio.demo.CaseMix.Stage;
import org.probatio.demo.CaseStaff.Worker;
import org.probatio.demo.Offences.Offence;
import org.probatio.demo.Offences.Profile;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedScreening;

/**
 * The court records of a generated episode, at the times its {@link Timeline} gives: the hearing at
 * the person's local magistrates' court (or the Crown Court), charges that fit their registrations,
 * the report written by one of the court team (the NPS division's, or the unified region's) with its
 * partner checks, and the sentence. The report's risk section rests on the person's RoSH screening
 * when there was one by then.
 */
final class CourtEpisodeGenerator {

  private static final Map<String, String> CROWN_COURTS = Map.ofEntries(
      Map.entry("Preston", "Preston Crown Court"), Map.entry("Liverpool", "Liverpool Crown Court"),
      Map.entry("Carlisle", "Carlisle Crown Court"), Map.entry("Lancaster", "Lancaster Crown Court"),
      Map.entry("Burnley", "Burnley Crown Court"), Map.entry("Chester", "Chester Crown Court"),
      Map.entry("Warrington", "Warrington Crown Court"), Map.entry("Newcastle upon Tyne", "Newcastle Crown Court"),
      Map.entry("Durham", "Durham Crown Court"), Map.entry("Middlesbrough", "Teesside Crown Court"),
      Map.entry("Birmingham", "Birmingham Crown Court"), Map.entry("Wolverhampton", "Wolverhampton Crown Court"),
      Map.entry("Coventry", "Coventry Crown Court"), Map.entry("Stoke-on-Trent", "Stoke-on-Trent Crown Court"),
      Map.entry("Stafford", "Stafford Crown Court"), Map.entry("Nottingham", "Nottingham Crown Court"),
      Map.entry("Derby", "Derby Crown Court"), Map.entry("Leicester", "Leicester Crown Court"),
      Map.entry("Lincoln", "Lincoln Crown Court"));

  private final String courtProviderCode;
  private final LocalDate asOf;
  private final CaseStaff staff;
  private final PartnerCheckGenerator checks;

  CourtEpisodeGenerator(String courtProviderCode, LocalDate asOf, CaseStaff staff) {
    this.courtProviderCode = courtProviderCode;
    this.asOf = asOf;
    this.staff = staff;
    this.checks = new PartnerCheckGenerator(asOf);
  }

  /**
   * @param author who writes the report, if the episode has one; they do the screening it rests on
   * @param town where the person lives: their local court's town
   * @param sentence the sentence passed, for a sentenced episode
   */
  CourtToLoad episode(GeneratedPerson person, String crn, Timeline t, RiskToLoad risk, Worker author, String town,
      Profile profile, @Nullable NewSentence sentence, KnownIds ids, SplittableRandom random) {
    List<Offence> offences = Offences.charged(profile, random);
    boolean custody = sentence != null && java.util.Objects.requireNonNull(sentence.orderType()).custody();
    boolean crown = CROWN_COURTS.containsKey(town)
        && random.nextDouble() < (custody ? CaseMix.CROWN_COURT_FOR_CUSTODY : CaseMix.CROWN_COURT);
    String court = crown ? CROWN_COURTS.get(town)
        : (town.equals("Newcastle upon Tyne") ? "Newcastle" : town) + " Magistrates' Court";
    Worker courtOfficer = staff.pick(staff.courtTeam, random);
    Hearing hearing = new Hearing(ids.hearingId(), crn, court, t.hearingDay(), t.session(),
        String.valueOf(1 + random.nextInt(crown ? 10 : 6)), courtProviderCode,
        offences.stream().map(Offence::asCharge).toList(),
        courtOfficer.username(), t.listedAt());
    PreSentenceReport report = t.reportType() == null ? null
        : report(person, crn, t, risk, author, offences, sentence != null ? sentence
            : SentenceGenerator.sentence(profile, town, t.hearingDay(), random), ids, random);
    Sentence passed = sentence == null ? null : new Sentence(ids.sentenceId(), ids.hearingId(), crn, sentence.orderType(),
        sentence.lengthMonths(), sentence.sentenceDate(), sentence.requirements(), sentence.expectedReleaseDate(),
        sentence.licenceConditions(), courtProviderCode, courtOfficer.username(),
        java.util.Objects.requireNonNull(t.sentenceRecordedAt()));
    return new CourtToLoad(crn, hearing, report, passed);
  }

  private PreSentenceReport report(GeneratedPerson person, String crn, Timeline t, RiskToLoad risk, Worker author,
      List<Offence> offences, NewSentence proposal, KnownIds ids, SplittableRandom random) {
    ReportType type = java.util.Objects.requireNonNull(t.reportType());
    LoadedScreening screening = risk.screening();
    ReportSections all = ReportText.written(type, person.details(), t.hearingDay(), offences,
        screening == null ? null : screening.levels(), proposal, random);
    ReportSections sections = all;
    int version = 3;
    if (t.stage() == Stage.REPORT_IN_PROGRESS) {
      boolean begun = random.nextDouble() < 0.6;
      sections = begun ? ReportText.begun(all) : ReportSections.empty();
      version = begun ? 1 : 0;
    } else if (t.stage() == Stage.ADJOURNED_FOR_CHECK) {
      version = 2;
    }
    Instant completed = t.reportCompletedAt();
    // the report rests on the screening current when it was started or last saved
    LocalDate lastSaved = completed != null ? LondonTime.day(completed)
        : version == 0 ? LondonTime.day(java.util.Objects.requireNonNull(t.reportRequestedAt())) : asOf;
    Long rosh = screening != null && !screening.completedOn().isAfter(lastSaved) ? ids.screeningId() : null;
    List<PartnerCheck> answers = checks.checks(t, risk, author, ids, random);
    return new PreSentenceReport(ids.reportIdOrZero(), ids.hearingId(), crn, type,
        java.util.Objects.requireNonNull(t.reportRequestedAt()), java.util.Objects.requireNonNull(t.reportDueAt()),
        completed, t.deliveredOnDay(), author.member().code(), author.name(), sections, rosh, version, answers);
  }
}
