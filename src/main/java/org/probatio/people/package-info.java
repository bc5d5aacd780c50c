/**
 * The person record: names and aliases, date of birth, identifiers (CRN, PNC ID, CRO number, NOMIS
 * number) with their check rules, addresses with their history, diversity and personal
 * circumstances. One person, one record: duplicates are refused or confirmed, never silent.
 */
@ApplicationModule(displayName = "People", allowedDependencies = {"security", "workforce", "audit", "web", "bulk"})
@NullMarked
package org.probatio.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
