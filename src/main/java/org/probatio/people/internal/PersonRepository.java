package org.probatio.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Accommodation;
import org.probatio.people.Address;
import org.probatio.people.AddressPeriod;
import org.probatio.people.Alias;
import org.probatio.people.CroNumber;
import org.probatio.people.Crn;
import org.probatio.people.Disability;
import org.probatio.people.Employment;
import org.probatio.people.Ethnicity;
import org.probatio.people.Gender;
import org.probatio.people.Names;
import org.probatio.people.NomisNumber;
import org.probatio.people.Person;
import org.probatio.people.PersonDetails;
import org.probatio.people.PncId;
import org.probatio.people.Religion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class PersonRepository {

  /** A person row before the caller's scope is checked. */
  public record Stored(long id, Person person, List<String> sharedWith) {}

  private static final TypeReference<List<Alias>> ALIASES = new TypeReference<>() {};
  private static final TypeReference<List<AddressPeriod>> ADDRESSES = new TypeReference<>() {};
  private static final TypeReference<List<String>> CODES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  PersonRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public Crn nextCrn() {
    return Crn.fromSequence(jdbc.sql("select nextval('people_crn_seq')").query(Long.class).single());
  }

  public Optional<Stored> find(String crn) {
    // one round trip: the person with their aliases, addresses and shares as JSON
    return jdbc.sql("""
            select p.*,
              (select coalesce(json_agg(json_build_object('firstName', a.first_name, 'lastName', a.last_name)
                                        order by a.position), '[]')
               from people_alias a where a.person_id = p.id) as aliases,
              (select coalesce(json_agg(json_build_object(
                        'address', json_build_object('line1', d.line1, 'line2', d.line2, 'town', d.town,
                                                     'postcode', d.postcode),
                        'from', d.from_date, 'to', d.to_date)
                      order by (d.to_date is null) desc, d.from_date desc, d.id desc), '[]')
               from people_address d where d.person_id = p.id) as addresses,
              (select coalesce(json_agg(s.provider_code), '[]')
               from people_shared_with s where s.person_id = p.id) as shared_with
            from people_person p where p.crn = ?""")
        .param(crn)
        .query((rs, n) -> new Stored(rs.getLong("id"),
            person(rs, json.readValue(rs.getString("aliases"), ALIASES),
                json.readValue(rs.getString("addresses"), ADDRESSES)),
            json.readValue(rs.getString("shared_with"), CODES)))
        .optional();
  }

  public Optional<String> crnWithPnc(PncId pnc) {
    return jdbc.sql("select crn from people_person where pnc = ?").param(pnc.value()).query(String.class).optional();
  }

  public long insert(Crn crn, PersonDetails details, String providerCode, @Nullable String officerCode, String by,
      Instant at, LocalDate today) {
    long id = bind(jdbc.sql("""
            insert into people_person (crn, first_name, middle_names, last_name, search_text, match_key, date_of_birth,
              gender, pnc, cro, nomis, ethnicity, religion, disability, phone, email, accommodation, employment,
              caring_responsibilities, caring_details, provider_code, responsible_officer_code,
              created_at, created_by, updated_at, updated_by)
            values (:crn, :firstName, :middleNames, :lastName, :searchText, :matchKey, :dateOfBirth,
              :gender, :pnc, :cro, :nomis, :ethnicity, :religion, :disability, :phone, :email, :accommodation,
              :employment, :caring, :caringDetails, :provider, :officer, :at, :by, :at, :by)
            returning id"""), details)
        .param("crn", crn.value())
        .param("provider", providerCode)
        .param("officer", officerCode)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .query(Long.class)
        .single();
    replaceAliases(id, details.aliases());
    if (details.address() != null) {
      insertAddress(id, details.address(), today);
    }
    return id;
  }

  /** Saves the change if the record is still at the expected version; false if someone got there first. */
  public boolean update(long id, PersonDetails details, int expectedVersion, String by, Instant at, LocalDate today,
      @Nullable Address currentAddress) {
    int changed = bind(jdbc.sql("""
            update people_person set first_name = :firstName, middle_names = :middleNames, last_name = :lastName,
              search_text = :searchText, match_key = :matchKey, date_of_birth = :dateOfBirth, gender = :gender,
              pnc = :pnc, cro = :cro, nomis = :nomis, ethnicity = :ethnicity, religion = :religion,
              disability = :disability, phone = :phone, email = :email, accommodation = :accommodation,
              employment = :employment, caring_responsibilities = :caring, caring_details = :caringDetails,
              version = version + 1, updated_at = :at, updated_by = :by
            where id = :id and version = :version"""), details)
        .param("id", id)
        .param("version", expectedVersion)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .update();
    if (changed == 0) {
      return false;
    }
    replaceAliases(id, details.aliases());
    if (!java.util.Objects.equals(currentAddress, details.address())) {
      jdbc.sql("update people_address set to_date = greatest(from_date, ?) where person_id = ? and to_date is null")
          .params(Date.valueOf(today), id).update();
      if (details.address() != null) {
        insertAddress(id, details.address(), today);
      }
    }
    return true;
  }

  /** Everyone's CRN and gender, in CRN order, streamed. */
  public void forEachGender(java.util.function.BiConsumer<String, Gender> action) {
    try (java.util.stream.Stream<Map.Entry<String, Gender>> rows = jdbc.sql("select crn, gender from people_person order by crn")
        .withFetchSize(5000)
        .query((rs, row) -> Map.entry(rs.getString(1), Gender.valueOf(rs.getString(2)))).stream()) {
      rows.forEach(row -> action.accept(row.getKey(), row.getValue()));
    }
  }

  public void share(long personId, String providerCode, String reason, Instant at) {
    jdbc.sql("""
            insert into people_shared_with (person_id, provider_code, reason, shared_at) values (?, ?, ?, ?)
            on conflict (person_id, provider_code) do update set reason = excluded.reason""")
        .params(personId, providerCode, reason, Timestamp.from(at))
        .update();
  }

  public void appointResponsibleOfficer(long personId, String staffCode) {
    jdbc.sql("update people_person set responsible_officer_code = ? where id = ?").params(staffCode, personId).update();
  }

  /** Claims a create request key; false if it was claimed before (by this or a concurrent request). */
  public boolean claimRequest(String key, Crn crn, Instant at) {
    return jdbc.sql("insert into people_create_request (request_key, crn, created_at) values (?, ?, ?) on conflict do nothing")
        .params(key, crn.value(), Timestamp.from(at))
        .update() == 1;
  }

  public Optional<String> crnForRequest(String key) {
    return jdbc.sql("select crn from people_create_request where request_key = ?").param(key)
        .query(String.class).optional();
  }

  private static StatementSpec bind(StatementSpec spec, PersonDetails d) {
    return spec.param("firstName", d.firstName())
        .param("middleNames", d.middleNames())
        .param("lastName", d.lastName())
        .param("searchText", searchText(d))
        .param("matchKey", Names.matchKey(d.firstName(), d.lastName()))
        .param("dateOfBirth", Date.valueOf(d.dateOfBirth()))
        .param("gender", d.gender().name())
        .param("pnc", d.pnc() == null ? null : d.pnc().value())
        .param("cro", d.cro() == null ? null : d.cro().value())
        .param("nomis", d.nomis() == null ? null : d.nomis().value())
        .param("ethnicity", name(d.ethnicity()))
        .param("religion", name(d.religion()))
        .param("disability", name(d.disability()))
        .param("phone", d.phone())
        .param("email", d.email())
        .param("accommodation", name(d.accommodation()))
        .param("employment", name(d.employment()))
        .param("caring", d.caringResponsibilities())
        .param("caringDetails", d.caringDetails());
  }

  /** The text partial-name search reads: the person's names, then each alias. */
  public static String searchText(PersonDetails d) {
    StringBuilder text = new StringBuilder(Names.searchKey(d.fullName()));
    for (Alias alias : d.aliases()) {
      text.append(" | ").append(Names.searchKey(alias.firstName() + " " + alias.lastName()));
    }
    return text.toString();
  }

  private void replaceAliases(long personId, List<Alias> aliases) {
    jdbc.sql("delete from people_alias where person_id = ?").param(personId).update();
    for (int i = 0; i < aliases.size(); i++) {
      jdbc.sql("insert into people_alias (person_id, position, first_name, last_name) values (?, ?, ?, ?)")
          .params(personId, i, aliases.get(i).firstName(), aliases.get(i).lastName())
          .update();
    }
  }

  private void insertAddress(long personId, Address address, LocalDate from) {
    jdbc.sql("insert into people_address (person_id, line1, line2, town, postcode, from_date) values (?, ?, ?, ?, ?, ?)")
        .params(personId, address.line1(), address.line2(), address.town(), address.postcode(), Date.valueOf(from))
        .update();
  }

  private static Person person(ResultSet rs, List<Alias> aliases, List<AddressPeriod> addresses) throws SQLException {
    Address current = addresses.stream().filter(AddressPeriod::current).map(AddressPeriod::address).findFirst().orElse(null);
    PersonDetails details = new PersonDetails(
        rs.getString("first_name"),
        rs.getString("middle_names"),
        rs.getString("last_name"),
        rs.getDate("date_of_birth").toLocalDate(),
        Gender.valueOf(rs.getString("gender")),
        rs.getString("pnc") == null ? null : new PncId(rs.getString("pnc")),
        rs.getString("cro") == null ? null : new CroNumber(rs.getString("cro")),
        rs.getString("nomis") == null ? null : new NomisNumber(rs.getString("nomis")),
        value(Ethnicity.class, rs.getString("ethnicity")),
        value(Religion.class, rs.getString("religion")),
        value(Disability.class, rs.getString("disability")),
        rs.getString("phone"),
        rs.getString("email"),
        current,
        value(Accommodation.class, rs.getString("accommodation")),
        value(Employment.class, rs.getString("employment")),
        (Boolean) rs.getObject("caring_responsibilities"),
        rs.getString("caring_details"),
        aliases);
    return new Person(
        new Crn(rs.getString("crn")),
        details,
        rs.getString("provider_code"),
        rs.getString("responsible_officer_code"),
        rs.getInt("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        addresses);
  }

  private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }
}
