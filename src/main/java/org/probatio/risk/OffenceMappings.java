package org.probatio.risk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offence-code mappings the scores use, as versions: each import is kept whole and becomes the
 * one in force. Until a mapping is imported, Probatio's bundled class-level default applies.
 */
@Service
public class OffenceMappings {

  /** A mapping version held in the database. */
  public record MappingVersion(long id, String version, int codes, Instant importedAt, String importedBy, boolean active) {}

  /** The outcome of an import: the version now in force, and whether it was already held. */
  public record Imported(MappingVersion version, boolean alreadyHeld) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;
  /** The bundled default, read once: building a mapping's lookup table is not free. */
  private static final OffenceWeights BUNDLED = OffenceMappingCsv.bundled();

  /** Mappings never change once stored, so each version is read from the database at most once. */
  private final Map<String, OffenceWeights> byVersion = new ConcurrentHashMap<>(Map.of(BUNDLED.version(), BUNDLED));

  OffenceMappings(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Reads, checks and stores a mapping file, and puts it in force. A bad file is refused whole. */
  @Transactional
  public Imported importFile(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    OffenceWeights weights = OffenceMappingCsv.read(new ByteArrayInputStream(content), file.getFileName().toString());
    jdbc.sql("update risk_offence_mapping set active = false where active").update();
    Optional<Long> held = jdbc.sql("select id from risk_offence_mapping where version = ?").param(weights.version())
        .query(Long.class).optional();
    long id = held.orElseGet(() -> jdbc.sql("""
            insert into risk_offence_mapping (version, codes, content, imported_at, imported_by, active)
            values (?, ?, ?, ?, ?, false) returning id""")
        .params(weights.version(), weights.size(), content, Timestamp.from(clock.instant()), currentUser.username())
        .query(Long.class).single());
    jdbc.sql("update risk_offence_mapping set active = true where id = ?").param(id).update();
    audit.record(AuditAction.UPDATE, "offence-mapping", String.valueOf(id),
        Map.of("version", weights.version(), "codes", weights.size(), "alreadyHeld", held.isPresent()));
    return new Imported(versions().stream().filter(v -> v.id() == id).findFirst().orElseThrow(), held.isPresent());
  }

  /** Puts the bundled class-level default back in force; imported versions stay held for replays. */
  @Transactional
  public void useBundledDefault() {
    if (jdbc.sql("update risk_offence_mapping set active = false where active").update() > 0) {
      audit.record(AuditAction.UPDATE, "offence-mapping", null, Map.of("version", BUNDLED.version()));
    }
  }

  /** The mapping in force: the active import, or the bundled default. */
  @Transactional(readOnly = true)
  public OffenceWeights inForce() {
    return jdbc.sql("select version from risk_offence_mapping where active").query(String.class).optional()
        .flatMap(this::ofVersion).orElse(BUNDLED);
  }

  /** The mapping of a given version, as a stored score recorded it: for replaying that score. */
  @Transactional(readOnly = true)
  public Optional<OffenceWeights> ofVersion(String version) {
    OffenceWeights known = byVersion.get(version);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<OffenceWeights> stored = jdbc.sql("select content from risk_offence_mapping where version = ?")
        .param(version).query(byte[].class).optional().map(content -> read(version, content));
    stored.ifPresent(weights -> byVersion.put(version, weights));
    return stored;
  }

  /** Every imported version, newest first. */
  @Transactional(readOnly = true)
  public List<MappingVersion> versions() {
    return jdbc.sql("""
            select id, version, codes, imported_at, imported_by, active from risk_offence_mapping
            order by imported_at desc, id desc""")
        .query((rs, n) -> new MappingVersion(rs.getLong("id"), rs.getString("version"), rs.getInt("codes"),
            rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"), rs.getBoolean("active")))
        .list();
  }

  private static OffenceWeights read(String version, byte[] content) {
    try {
      return OffenceMappingCsv.read(new ByteArrayInputStream(content), version.substring(0, version.lastIndexOf(" sha256:")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
