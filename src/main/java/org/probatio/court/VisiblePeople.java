package org.probatio.court;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * The people on one of the court lists, as the user may see them: those outside the user's scope
 * are left out, limited-access ones are shown only as withheld, and showing the list is audited.
 */
@Component
class VisiblePeople {

  private final People people;
  private final AuditTrail audit;

  VisiblePeople(People people, AuditTrail audit) {
    this.people = people;
    this.audit = audit;
  }

  /** Each item with its person, in the items' order; the showing is audited under {@code list}. Needs a transaction. */
  <T, R> List<R> listed(String list, List<T> items, Function<T, String> crn, BiFunction<T, PersonSummary, R> pair) {
    Collection<String> crns = items.stream().map(crn).collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, PersonSummary> byCrn = people.summaries(crns).stream()
        .collect(Collectors.toMap(PersonSummary::crn, Function.identity()));
    List<R> shown = items.stream().filter(item -> byCrn.containsKey(crn.apply(item)))
        .map(item -> pair.apply(item, byCrn.get(crn.apply(item)))).toList();
    List<String> seen = crns.stream().filter(byCrn::containsKey).toList();
    if (!seen.isEmpty()) {
      audit.record(AuditAction.VIEW, "person", null, Map.of("court", list, "crns", seen));
    }
    return shown;
  }

  /** Whether the user may see this person's record: in scope and not withheld. */
  boolean canSee(String crn) {
    return people.canSee(crn);
  }
}
