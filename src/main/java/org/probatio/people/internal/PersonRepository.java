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
import org.probatio.people.PersonSummary;
import org.probatio.people.PncId;
import org.probatio.people.Religion;
import org.probatio.people.SearchQuery;
import org.probatio.security.CaseScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

  /** A person row before the caller's scope is checked. */
  public record Stored(long id, Person person, List<String> sharedWith) {}

  /** A page of rows and the number of rows that matched in all. */
  public record Matches(List<PersonSummary> rows, long total) {}

  private static final String SUMMARY_COLUMNS = """
      p.crn, p.first_name, p.middle_names, p.last_name, p.date_of_birth, p.pnc, p.provider_code,
      (select a.town from people_address a where a.person_id = p.id and a.to_date is null) as town
      """;

  private static final String IN_SCOPE = """
      (:national or p.provider_code in (:providers)
       or exists (select 1 from people_shared_with s where s.person_id = p.id and s.provider_code in (:providers)))
      """;

  private final JdbcClient jdbc;

  PersonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Crn nextCrn() {
    return Crn.fromSequence(jdbc.sql("select nextval('people_crn_seq')").query(Long.class).single());
  }

  public Optional<Stored> find(String crn) {
    return jdbc.sql("select * from people_person where crn = ?").param(crn)
        .query((rs, n) -> {
          long id = rs.getLong("id");
          return new Stored(id, person(rs, aliases(id), addresses(id)), sharedWith(id));
        })
        .optional();
  }

  public Optional<String> crnWithPnc(PncId pnc) {
    return jdbc.sql("select crn from people_person where pnc = ?").param(pnc.value()).query(String.class).optional();
  }

  public List<PersonSummary> sameNameAndBirth(String matchKey, LocalDate dateOfBirth) {
    return jdbc.sql("select " + SUMMARY_COLUMNS + " from people_person p where p.date_of_birth = ? and p.match_key = ? order by p.crn")
        .params(Date.valueOf(dateOfBirth), matchKey)
        .query(PersonRepository::summary)
        .list();
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

  public Matches search(SearchQuery query, CaseScope scope, int page, int size) {
    String criterion;
    String order = "p.last_name, p.first_name, p.crn";
    Map<String, Object> params = new java.util.HashMap<>();
    switch (query.kind()) {
      case CRN -> criterion = "p.crn = :value";
      case PNC -> criterion = "p.pnc = :value";
      case CRO -> criterion = "p.cro = :value";
      case NOMIS -> criterion = "p.nomis = :value";
      case DATE_OF_BIRTH -> criterion = "p.date_of_birth = cast(:value as date)";
      default -> {
        List<String> words = List.of(query.value().split(" "));
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
          likes.add("p.search_text like :word" + i);
          params.put("word" + i, "%" + words.get(i) + "%");
        }
        criterion = String.join(" and ", likes);
        // whole-word matches first ("smith" before "smithson"): as useful as similarity(), and far cheaper
        order = "(' ' || p.search_text || ' ') like :wholeWords desc, " + order;
        params.put("wholeWords", "% " + query.value() + " %");
      }
    }
    params.put("value", query.value());
    String sql = "select " + SUMMARY_COLUMNS + ", count(*) over () as total from people_person p where " + criterion
        + " and " + IN_SCOPE + " order by " + order + " limit :limit offset :offset";
    long[] total = {0};
    List<PersonSummary> rows = scoped(jdbc.sql(sql).params(params), scope)
        .param("limit", size)
        .param("offset", page * size)
        .query((rs, n) -> {
          total[0] = rs.getLong("total");
          return summary(rs, n);
        })
        .list();
    if (rows.isEmpty() && page > 0) {
      total[0] = scoped(jdbc.sql("select count(*) from people_person p where " + criterion + " and " + IN_SCOPE)
          .params(params), scope).query(Long.class).single();
    }
    return new Matches(rows, total[0]);
  }

  public List<PersonSummary> responsibleFor(String staffCode, int limit) {
    return jdbc.sql("select " + SUMMARY_COLUMNS
            + " from people_person p where p.responsible_officer_code = ? order by p.last_name, p.first_name limit ?")
        .params(staffCode, limit)
        .query(PersonRepository::summary)
        .list();
  }

  public void share(long personId, String providerCode, String reason, Instant at) {
    jdbc.sql("""
            insert into people_shared_with (person_id, provider_code, reason, shared_at) values (?, ?, ?, ?)
            on conflict (person_id, provider_code) do update set reason = excluded.reason""")
        .params(personId, providerCode, reason, Timestamp.from(at))
        .update();
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

  private static StatementSpec scoped(StatementSpec spec, CaseScope scope) {
    return spec.param("national", scope.allProviders())
        .param("providers", scope.providerCodes().isEmpty() ? List.of("-") : scope.providerCodes());
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

  private List<Alias> aliases(long personId) {
    return jdbc.sql("select first_name, last_name from people_alias where person_id = ? order by position")
        .param(personId)
        .query((rs, n) -> new Alias(rs.getString(1), rs.getString(2)))
        .list();
  }

  private List<AddressPeriod> addresses(long personId) {
    return jdbc.sql("""
            select line1, line2, town, postcode, from_date, to_date from people_address
            where person_id = ? order by (to_date is null) desc, from_date desc, id desc""")
        .param(personId)
        .query((rs, n) -> new AddressPeriod(
            new Address(rs.getString("line1"), rs.getString("line2"), rs.getString("town"), rs.getString("postcode")),
            rs.getDate("from_date").toLocalDate(),
            rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate()))
        .list();
  }

  private List<String> sharedWith(long personId) {
    return jdbc.sql("select provider_code from people_shared_with where person_id = ?").param(personId)
        .query(String.class).list();
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

  private static PersonSummary summary(ResultSet rs, int n) throws SQLException {
    String middle = rs.getString("middle_names");
    String name = rs.getString("first_name") + (middle == null ? "" : " " + middle) + " " + rs.getString("last_name");
    return new PersonSummary(rs.getString("crn"), name, rs.getDate("date_of_birth").toLocalDate(), rs.getString("pnc"),
        rs.getString("provider_code"), rs.getString("town"), null);
  }

  private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }
}
