package org.probatio.people.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.probatio.bulk.CopyText;
import org.probatio.bulk.BackgroundCopy;
import org.probatio.people.Address;
import org.probatio.people.Alias;
import org.probatio.people.Crn;
import org.probatio.people.Names;
import org.probatio.people.PeopleBulkLoad;
import org.probatio.people.PersonDetails;
import org.probatio.people.PersonToLoad;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes person records with PostgreSQL COPY, thousands of rows per statement. Ids and CRNs are
 * taken from their sequences a chunk at a time, so aliases and addresses can be copied with their
 * person's id in the same pass. Runs on the caller's transaction.
 */
@Repository
public class PersonBulkWriter {

  /** What a load wrote: how many people, and the first and last CRN given. */
  public record Written(long count, String firstCrn, String lastCrn) {}

  private static final int CHUNK = 10_000;

  private static final String COPY_PERSON = """
      copy people_person (id, crn, first_name, middle_names, last_name, search_text, match_key, date_of_birth,
        gender, pnc, cro, nomis, ethnicity, religion, disability, phone, email, accommodation, employment,
        caring_responsibilities, caring_details, provider_code, responsible_officer_code,
        version, created_at, created_by, updated_at, updated_by) from stdin""";
  private static final String COPY_ALIAS = "copy people_alias (person_id, position, first_name, last_name) from stdin";
  private static final String COPY_ADDRESS =
      "copy people_address (person_id, line1, line2, town, postcode, from_date) from stdin";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  PersonBulkWriter(DataSource dataSource, JdbcClient jdbc, JdbcTemplate template) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.template = template;
  }

  public boolean hasAnyPerson() {
    return jdbc.sql("select exists (select 1 from people_person)").query(Boolean.class).single();
  }

  public <P extends PersonToLoad> Written write(Stream<P> people, String by, Instant at, LocalDate today,
      BiConsumer<? super P, Crn> crnGiven) {
    List<String> firstAndLast = new ArrayList<>(List.of("", ""));
    long[] count = {0};
    BackgroundCopy.inChunks(dataSource, people, CHUNK, (chunk, copy) -> {
      List<Key> keys = reserveKeys(chunk.size());
      Rows rows = new Rows(by, at, today);
      for (int i = 0; i < chunk.size(); i++) {
        rows.add(keys.get(i), chunk.get(i).details(), chunk.get(i).providerCode(), chunk.get(i).responsibleOfficerCode());
        crnGiven.accept(chunk.get(i), keys.get(i).crn());
      }
      rows.copyInto(copy);
      if (firstAndLast.get(0).isEmpty()) {
        firstAndLast.set(0, keys.get(0).crn().value());
      }
      firstAndLast.set(1, keys.get(keys.size() - 1).crn().value());
      count[0] += chunk.size();
    });
    analyse();
    return new Written(count[0], firstAndLast.get(0), firstAndLast.get(1));
  }

  /** Shares people with providers, a chunk of CRNs a statement. */
  public void share(List<PeopleBulkLoad.Share> shares) {
    for (int from = 0; from < shares.size(); from += CHUNK) {
      List<PeopleBulkLoad.Share> chunk = shares.subList(from, Math.min(shares.size(), from + CHUNK));
      template.update("""
              insert into people_shared_with (person_id, provider_code, reason, shared_at)
              select distinct on (p.id, s.provider_code) p.id, s.provider_code, s.reason, s.shared_at
              from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[]) as s (crn, provider_code, reason, shared_at)
                join people_person p on p.crn = s.crn
              order by p.id, s.provider_code, s.shared_at desc
              on conflict (person_id, provider_code) do update set reason = excluded.reason""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", chunk.stream().map(PeopleBulkLoad.Share::crn).toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("text",
                chunk.stream().map(PeopleBulkLoad.Share::providerCode).toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("text", chunk.stream().map(PeopleBulkLoad.Share::reason).toArray()));
            ps.setArray(4, ps.getConnection().createArrayOf("timestamptz",
                chunk.stream().map(share -> Timestamp.from(share.at())).toArray()));
          });
    }
  }

  private record Key(long id, Crn crn) {}

  /**
   * The next ids and CRNs, in sequence order, so CRNs follow the order people were given in. Taken on
   * a connection of their own, as sequences are not transactional, while the load's copies the rows.
   */
  private List<Key> reserveKeys(int count) {
    List<Key> keys = new ArrayList<>(count);
    try (Connection own = dataSource.getConnection(); PreparedStatement next = own.prepareStatement("""
        select nextval(pg_get_serial_sequence('people_person', 'id')) as id, nextval('people_crn_seq') as crn
        from generate_series(1, ?) order by 2""")) {
      next.setInt(1, count);
      try (ResultSet rs = next.executeQuery()) {
        while (rs.next()) {
          keys.add(new Key(rs.getLong("id"), Crn.fromSequence(rs.getLong("crn"))));
        }
      }
      return keys;
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Could not take ids and CRNs for people", e);
    }
  }

  /** Fresh statistics, so the first searches after a large load are planned well. */
  private void analyse() {
    jdbc.sql("analyze people_person, people_alias, people_address").update();
  }

  /** One chunk's rows for each table, in COPY's text format. */
  private static final class Rows {
    private final StringBuilder person = new StringBuilder(CHUNK * 300);
    private final StringBuilder alias = new StringBuilder();
    private final StringBuilder address = new StringBuilder(CHUNK * 80);
    private final String by;
    private final String at;
    private final String today;

    Rows(String by, Instant at, LocalDate today) {
      this.by = by;
      this.at = at.toString();
      this.today = today.toString();
    }

    void add(Key key, PersonDetails d, String providerCode, @Nullable String officerCode) {
      CopyText.row(person, key.id(), key.crn().value(), d.firstName(), d.middleNames(), d.lastName(),
          PersonRepository.searchText(d), Names.matchKey(d.firstName(), d.lastName()), d.dateOfBirth(),
          d.gender().name(), d.pnc() == null ? null : d.pnc().value(), d.cro() == null ? null : d.cro().value(),
          d.nomis() == null ? null : d.nomis().value(), name(d.ethnicity()), name(d.religion()),
          name(d.disability()), d.phone(), d.email(), name(d.accommodation()), name(d.employment()),
          d.caringResponsibilities(), d.caringDetails(), providerCode, officerCode, 0, at, by, at, by);
      List<Alias> aliases = d.aliases();
      for (int i = 0; i < aliases.size(); i++) {
        CopyText.row(alias, key.id(), i, aliases.get(i).firstName(), aliases.get(i).lastName());
      }
      Address home = d.address();
      if (home != null) {
        CopyText.row(address, key.id(), home.line1(), home.line2(), home.town(), home.postcode(), today);
      }
    }

    void copyInto(BackgroundCopy copy) {
      copy.copy(COPY_PERSON, person);
      copy.copy(COPY_ALIAS, alias);
      copy.copy(COPY_ADDRESS, address);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
      return value == null ? null : value.name();
    }
  }
}
