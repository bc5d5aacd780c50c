package org.probatio.people.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.probatio.people.Address;
import org.probatio.people.Alias;
import org.probatio.people.Crn;
import org.probatio.people.Names;
import org.probatio.people.PersonDetails;
import org.probatio.people.PersonToLoad;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
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

  PersonBulkWriter(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  public boolean hasAnyPerson() {
    return jdbc.sql("select exists (select 1 from people_person)").query(Boolean.class).single();
  }

  public <P extends PersonToLoad> Written write(Iterator<P> people, String by, Instant at, LocalDate today,
      BiConsumer<? super P, Crn> crnGiven) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      Rows rows = new Rows(by, at, today);
      List<P> chunk = new ArrayList<>(CHUNK);
      long count = 0;
      String first = "";
      String last = "";
      while (people.hasNext()) {
        chunk.add(people.next());
        if (chunk.size() == CHUNK || !people.hasNext()) {
          List<Key> keys = reserveKeys(chunk.size());
          for (int i = 0; i < chunk.size(); i++) {
            rows.add(keys.get(i), chunk.get(i).details(), chunk.get(i).providerCode(),
                chunk.get(i).responsibleOfficerCode());
            crnGiven.accept(chunk.get(i), keys.get(i).crn());
          }
          rows.copyInto(copy);
          first = first.isEmpty() ? keys.get(0).crn().value() : first;
          last = keys.get(keys.size() - 1).crn().value();
          count += chunk.size();
          chunk.clear();
        }
      }
      analyse();
      return new Written(count, first, last);
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Could not copy people into the database", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private record Key(long id, Crn crn) {}

  /** The next ids and CRNs, in sequence order, so CRNs follow the order people were given in. */
  private List<Key> reserveKeys(int count) {
    return jdbc.sql("""
            select nextval(pg_get_serial_sequence('people_person', 'id')) as id, nextval('people_crn_seq') as crn
            from generate_series(1, ?) order by 2""")
        .param(count)
        .query((rs, n) -> new Key(rs.getLong("id"), Crn.fromSequence(rs.getLong("crn"))))
        .list();
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

    void copyInto(CopyManager copy) throws SQLException, IOException {
      copyInto(copy, COPY_PERSON, person);
      copyInto(copy, COPY_ALIAS, alias);
      copyInto(copy, COPY_ADDRESS, address);
    }

    private static void copyInto(CopyManager copy, String sql, StringBuilder rows) throws SQLException, IOException {
      if (rows.length() > 0) {
        copy.copyIn(sql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        rows.setLength(0);
      }
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
      return value == null ? null : value.name();
    }
  }
}
