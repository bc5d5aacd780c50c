package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.audit.Channel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PeopleApiTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired AuditTrail audit;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  static MockHttpServletRequestBuilder as(TestUser user, MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + TestOrganisation.token(user)).contentType(MediaType.APPLICATION_JSON);
  }

  static String body(String firstName, String lastName, String pnc) {
    return """
        {"firstName": "%s", "lastName": "%s", "dateOfBirth": "1988-07-04", "gender": "FEMALE", "pnc": %s,
         "address": {"line1": "5 Canal Street", "town": "Lancaster", "postcode": "LA1 1AA"},
         "aliases": [{"firstName": "Jo", "lastName": "Bloggs"}]}
        """.formatted(firstName, lastName, pnc == null ? "null" : "\"" + pnc + "\"");
  }

  String created() throws Exception {
    String name = "Api" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xfffff);
    MvcResult result = mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content(body("Jo", name, PersonInputs.uniquePnc())))
        .andExpect(status().isCreated()).andReturn();
    return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.crn");
  }

  @Test
  void creating_returns_201_with_the_crn_and_its_location() throws Exception {
    String name = "Api" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xfffff);
    MvcResult result = mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content(body("Jo", name, null)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.crn").isString())
        .andReturn();
    String crn = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.crn");
    assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/people/" + crn);

    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people/" + crn)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.lastName").value(name))
        .andExpect(jsonPath("$.address.postcode").value("LA1 1AA"))
        .andExpect(jsonPath("$.aliases[0].lastName").value("Bloggs"));
    List<AuditEvent> events = audit.history("person", crn, 10);
    assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.VIEW, AuditAction.CREATE);
    assertThat(events).extracting(AuditEvent::channel).containsOnly(Channel.API);
  }

  @Test
  void an_idempotency_key_makes_a_retried_create_return_the_first_record() throws Exception {
    String key = UUID.randomUUID().toString();
    String json = body("Jo", "Retry" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xfffff), PersonInputs.uniquePnc());
    String first = mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).header("Idempotency-Key", key).content(json))
        .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false"))
        .andReturn().getResponse().getHeader("Location");
    String second = mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).header("Idempotency-Key", key).content(json))
        .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
        .andReturn().getResponse().getHeader("Location");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void a_bad_record_gets_400_naming_each_field() throws Exception {
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content("""
            {"firstName": "Jo", "lastName": "", "dateOfBirth": "4 July 1988", "gender": "MALE",
             "pnc": "2008/0056560A", "address": {"line1": "1 Road", "town": "Preston", "postcode": "nonsense"}}
            """))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
        .andExpect(jsonPath("$.errors[?(@.field == 'pnc')].message").value("PNC ID check character should be Z"))
        .andExpect(jsonPath("$.errors[?(@.field == 'lastName')].message").value("Enter the last name"))
        .andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message")
            .value("Give the date of birth as YYYY-MM-DD, for example 1990-03-27"))
        .andExpect(jsonPath("$.errors[?(@.field == 'address.postcode')].message").value("Enter a real postcode, like SW1A 1AA"));
  }

  @Test
  void wrong_types_and_unknown_values_get_400_naming_the_field() throws Exception {
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content("""
            {"firstName": {"nested": true}, "lastName": "Smith"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("firstName"));
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content("""
            {"firstName": "Jo", "lastName": "Smith", "dateOfBirth": "1980-01-01", "gender": "MALE", "caringResponsibilities": "often"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("caringResponsibilities"));
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content("""
            {"firstName": "Jo", "lastName": "Smith", "dateOfBirth": "1980-01-01", "gender": "MARTIAN"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("gender"));
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people?q=smith&page=abc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
  }

  @Test
  void a_duplicate_pnc_gets_409_with_the_existing_crn() throws Exception {
    String pnc = PersonInputs.uniquePnc();
    String existing = com.jayway.jsonpath.JsonPath.read(mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people"))
        .content(body("Jo", "Dupe" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xfffff), pnc)))
        .andReturn().getResponse().getContentAsString(), "$.crn");
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/people")).content(body("Other", "Person", pnc)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.existingCrn").value(existing));
  }

  @Test
  void the_same_name_and_birth_date_gets_409_with_candidates_until_confirmed() throws Exception {
    String name = "Twin" + PersonInputs.letters(UUID.randomUUID().hashCode() & 0xfffff);
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content(body("Jo", name, null))).andExpect(status().isCreated());
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content(body("JO", name.toUpperCase(), null)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.candidates[0].crn").isString());
    String confirmed = body("JO", name.toUpperCase(), null).replace("\"aliases\"", "\"confirmedNotDuplicate\": true, \"aliases\"");
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people")).content(confirmed)).andExpect(status().isCreated());
  }

  @Test
  void of_two_edits_with_the_same_etag_the_first_wins_and_the_second_gets_412() throws Exception {
    String crn = created();
    String edit = body("Josephine", "Edited", null);
    mvc.perform(as(TestUser.PRACTITIONER, put("/api/v1/people/" + crn)).header("If-Match", "\"0\"").content(edit))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.firstName").value("Josephine"));
    mvc.perform(as(TestUser.SENIOR, put("/api/v1/people/" + crn)).header("If-Match", "\"0\"").content(body("Other", "Edit", null)))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.currentVersion").value(1))
        .andExpect(jsonPath("$.changedBy").value("practitioner"));
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people/" + crn))).andExpect(jsonPath("$.firstName").value("Josephine"));
  }

  @Test
  void an_edit_without_if_match_gets_428() throws Exception {
    mvc.perform(as(TestUser.PRACTITIONER, put("/api/v1/people/" + created())).content(body("Jo", "NoMatch", null)))
        .andExpect(status().isPreconditionRequired());
  }

  @Test
  void search_is_paged_and_a_missing_query_is_a_named_error() throws Exception {
    String crn = created();
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people").param("q", crn)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("CRN"))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.results[0].crn").value(crn));
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people").param("q", "x").param("size", "1000")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void the_audit_endpoint_lists_who_read_the_record() throws Exception {
    String crn = created();
    mvc.perform(as(TestUser.SENIOR, get("/api/v1/people/" + crn))).andExpect(status().isOk());
    mvc.perform(as(TestUser.ADMIN, get("/api/v1/people/" + crn + "/audit")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].username").value("senior"))
        .andExpect(jsonPath("$[0].action").value("VIEW"))
        .andExpect(jsonPath("$[0].channel").value("API"));
  }

  @Test
  void an_unknown_or_out_of_scope_crn_is_404() throws Exception {
    String crn = created();
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/people/" + crn)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people/Z000000"))).andExpect(status().isNotFound());
  }

  @Test
  void a_revoked_or_unknown_token_gets_401() throws Exception {
    mvc.perform(get("/api/v1/people?q=x").header("Authorization", "Bearer prb_not-a-real-token-at-all"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
  }
}
