package org.probatio.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.probatio.people.PersonSummary;
import org.probatio.people.SearchQuery;
import org.probatio.security.CaseScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Lists of people, as one line each: search results, caseloads and duplicate candidates. */
@Repository
public class PersonSearch {

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

  PersonSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Matches search(SearchQuery query, CaseScope scope, int page, int size) {
    String criterion;
    String order = "p.last_name, p.first_name, p.crn";
    Map<String, Object> params = new HashMap<>();
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

  public List<PersonSummary> responsibleFor(java.util.Collection<String> staffCodes, int limit) {
    if (staffCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + SUMMARY_COLUMNS
            + " from people_person p where p.responsible_officer_code in (:codes) order by p.last_name, p.first_name limit :limit")
        .param("codes", staffCodes)
        .param("limit", limit)
        .query(PersonSearch::summary)
        .list();
  }

  /** These people, those in scope only, in no particular order. */
  public List<PersonSummary> byCrn(java.util.Collection<String> crns, CaseScope scope) {
    if (crns.isEmpty()) {
      return List.of();
    }
    return scoped(jdbc.sql("select " + SUMMARY_COLUMNS + " from people_person p where p.crn in (:crns) and " + IN_SCOPE)
        .param("crns", crns), scope)
        .query(PersonSearch::summary)
        .list();
  }

  public List<PersonSummary> sameNameAndBirth(String matchKey, LocalDate dateOfBirth) {
    return jdbc.sql("select " + SUMMARY_COLUMNS + " from people_person p where p.date_of_birth = ? and p.match_key = ? order by p.crn")
        .params(Date.valueOf(dateOfBirth), matchKey)
        .query(PersonSearch::summary)
        .list();
  }

  private static StatementSpec scoped(StatementSpec spec, CaseScope scope) {
    return spec.param("national", scope.allProviders())
        .param("providers", scope.providerCodes().isEmpty() ? List.of("-") : scope.providerCodes());
  }

  private static PersonSummary summary(ResultSet rs, int n) throws SQLException {
    String middle = rs.getString("middle_names");
    String name = rs.getString("first_name") + (middle == null ? "" : " " + middle) + " " + rs.getString("last_name");
    return new PersonSummary(rs.getString("crn"), name, rs.getDate("date_of_birth").toLocalDate(), rs.getString("pnc"),
        rs.getString("provider_code"), rs.getString("town"), null);
  }
}
