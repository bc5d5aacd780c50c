/**
 * Court: hearings with their charges, pre-sentence reports (oral, fast delivery and standard) with
 * the police domestic abuse and children's services safeguarding checks they rest on, and sentences
 * with their requirements or licence. Recording a sentence publishes {@link
 * org.probatio.court.SentenceRecorded}, on which allocation starts. Deadlines and the rule for
 * completing a report are pure functions ({@link org.probatio.court.Deadlines}, {@link
 * org.probatio.court.ReportCompletion}).
 */
@ApplicationModule(displayName = "Court",
    allowedDependencies = {"people", "risk", "workforce", "security", "audit", "web", "bulk"})
@NullMarked
package org.probatio.court;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
