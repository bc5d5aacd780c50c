package org.probatio.insights;

import java.util.List;
import java.util.function.Function;
import org.probatio.allocation.AllocationFigures;
import org.probatio.allocation.AllocationTiming;
import org.probatio.allocation.HandoverTimeliness;
import org.probatio.allocation.LikelyMisallocation;
import org.probatio.court.CheckReturn;
import org.probatio.court.CourtFigures;
import org.probatio.court.ReportDelivery;
import org.probatio.web.Dates;

/** The cases behind each figure as rows of words, for the page and the CSV download alike. */
final class CaseLists {

  CaseList reports(List<CourtFigures.Listed<ReportDelivery>> reports) {
    return new CaseList(Measure.REPORTS_ON_THE_DAY,
        List.of("Completed", "Report", "Hearing", "Written by", "Delivered on the day"),
        reports.stream().map(listed -> {
          ReportDelivery r = listed.row();
          return new CaseList.Row(listed.person(), court(r.crn()), List.of(Dates.inWords(r.completedAt()),
              r.type().label(), r.court() + ", " + Dates.inWords(r.hearingDate()), r.authorName(), yesNo(r.deliveredOnDay())));
        }).toList(),
        reports.size() >= CourtFigures.LIST_LIMIT);
  }

  CaseList checks(List<CourtFigures.Listed<CheckReturn>> checks) {
    return new CaseList(Measure.CHECKS_ON_TIME,
        List.of("Check", "Requested", "Due by", "Answered", "Outcome", "Returned on time"),
        checks.stream().map(listed -> {
          CheckReturn c = listed.row();
          return new CaseList.Row(listed.person(), court(c.crn()), List.of(c.kind().label(), Dates.inWords(c.requestedAt()),
              Dates.inWords(c.dueAt()), c.respondedAt() == null ? "Not answered" : Dates.inWords(c.respondedAt()),
              c.outcome() == null ? "None yet" : c.outcome().label(), yesNo(c.returnedOnTime())));
        }).toList(),
        checks.size() >= CourtFigures.LIST_LIMIT);
  }

  CaseList allocations(Measure measure, List<AllocationFigures.Listed<AllocationTiming>> allocations,
      Function<String, String> providerName) {
    boolean screening = measure == Measure.SCREENED_BEFORE_ALLOCATION;
    return new CaseList(measure,
        List.of("Sentenced", "Allocated", "Allocated to",
            screening ? "RoSH screening beforehand" : "Working days after sentence",
            screening ? "Sentencing court’s provider" : "Within one working day"),
        allocations.stream().map(listed -> {
          AllocationTiming a = listed.row();
          String allocated = Dates.inWords(a.decidedAt().atZone(Dates.LONDON).toLocalDate());
          return new CaseList.Row(listed.person(), person(a.crn()), List.of(Dates.inWords(a.sentenceDate()), allocated,
              providerName.apply(a.providerCode()),
              screening ? yesNo(a.screenedBeforehand()) : a.workingDays() == null ? "Not recorded" : a.workingDays().toString(),
              screening ? providerName.apply(a.courtProviderCode()) : yesNo(a.withinOneWorkingDay())));
        }).toList(),
        allocations.size() >= AllocationFigures.LIST_LIMIT);
  }

  CaseList handovers(List<AllocationFigures.Listed<HandoverTimeliness>> handovers, Function<String, String> providerName) {
    return new CaseList(Measure.HANDOVERS_BEFORE_FIRST_APPOINTMENT,
        List.of("Delivered", "From", "To", "First appointment", "Delivered by then"),
        handovers.stream().map(listed -> {
          HandoverTimeliness h = listed.row();
          return new CaseList.Row(listed.person(), "/handovers/" + h.handoverId(), List.of(Dates.inWords(h.deliveredAt()),
              providerName.apply(h.fromProviderCode()), providerName.apply(h.toProviderCode()),
              Dates.inWords(h.firstAppointmentOn()), yesNo(h.deliveredFirst())));
        }).toList(),
        handovers.size() >= AllocationFigures.LIST_LIMIT);
  }

  CaseList misallocations(List<AllocationFigures.Listed<LikelyMisallocation>> misallocations,
      Function<String, String> providerName) {
    return new CaseList(Measure.LIKELY_MISALLOCATIONS, List.of("Allocated", "Allocated to", "Looks wrong because", "Details"),
        misallocations.stream().map(listed -> {
          LikelyMisallocation m = listed.row();
          return new CaseList.Row(listed.person(), person(m.decision().crn()),
              List.of(Dates.inWords(m.decision().decidedAt().atZone(Dates.LONDON).toLocalDate()),
                  providerName.apply(m.decision().providerCode()), m.direction().label(), m.why()));
        }).toList(),
        false);
  }

  private static String court(String crn) {
    return "/people/" + crn + "/court";
  }

  private static String person(String crn) {
    return "/people/" + crn;
  }

  private static String yesNo(boolean yes) {
    return yes ? "Yes" : "No";
  }
}
