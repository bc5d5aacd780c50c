package org.probatio.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.internal.PersonBulkWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many person records at once, for the demo region and for benchmarks. Each record gets the
 * next CRN and the same search text and match key as one created on screen, but there is no
 * duplicate check and one audit row for the whole load: only for data known to be clean.
 */
@Service
public class PeopleBulkLoad {

  private final PersonBulkWriter writer;
  private final AuditTrail audit;
  private final Clock clock;

  PeopleBulkLoad(PersonBulkWriter writer, AuditTrail audit, Clock clock) {
    this.writer = writer;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean hasAnyPerson() {
    return writer.hasAnyPerson();
  }

  /**
   * Writes every person in one transaction, giving CRNs in stream order, and tells the caller
   * which CRN each person got. Returns how many were written.
   */
  /** Lets staff of another provider see a case, as {@link People#shareWith} does, for many people at once. */
  public record Share(String crn, String providerCode, String reason, Instant at) {}

  @Transactional
  public <P extends PersonToLoad> long load(Stream<P> people, String loadedBy, BiConsumer<? super P, Crn> crnGiven) {
    Instant now = clock.instant();
    PersonBulkWriter.Written written =
        writer.write(people, loadedBy, now, LocalDate.ofInstant(now, clock.getZone()), crnGiven);
    if (written.count() > 0) {
      audit.record(AuditAction.CREATE, "person", null, Map.of("bulkLoad", written.count(), "loadedBy", loadedBy,
          "firstCrn", written.firstCrn(), "lastCrn", written.lastCrn()));
    }
    return written.count();
  }

  /**
   * Shares each person with another provider, in batches. Like {@link People#shareWith}, a person
   * shared with the same provider again keeps one share with the later reason. One audit row records
   * them all.
   */
  @Transactional
  public void share(List<Share> shares, String loadedBy) {
    if (shares.isEmpty()) {
      return;
    }
    writer.share(shares);
    audit.record(AuditAction.UPDATE, "person", null, Map.of("bulkShare", shares.size(), "providers",
        shares.stream().map(Share::providerCode).distinct().sorted().toList(), "loadedBy", loadedBy));
  }
}
