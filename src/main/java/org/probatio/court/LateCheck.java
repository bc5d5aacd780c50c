package org.probatio.court;

import org.probatio.people.PersonSummary;

/** A partner check past its due time without an answer, with the person and the report it is for. */
public record LateCheck(PartnerCheck check, PersonSummary person, ReportType reportType, String authorName) {}
