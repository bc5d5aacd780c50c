package org.probatio.risk;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RiskApiTest {

  static final String TODAY = LocalDate.now().toString();
  static final String SCREENING = """
      {"kind": "SCREENING", "stage": "COURT_REPORT", "completedOn": "%s", "replacing": %s,
       "levels": {"communityChildren": "LOW", "communityPublic": "HIGH", "communityKnownAdult": "LOW", "communityStaff": "LOW"}}""";

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired People people;

  String crn;

  @BeforeEach
  void aPerson() {
    TestOrganisation.ensureLoaded(context);
    crn = ((CreateOutcome.Created) TestOrganisation.as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person(), null, false, null))).crn().value();
  }

  static MockHttpServletRequestBuilder as(TestUser user, MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + TestOrganisation.token(user)).contentType(MediaType.APPLICATION_JSON);
  }

  @Test
  void a_screening_is_recorded_read_back_and_a_blind_second_one_is_refused() throws Exception {
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people/" + crn + "/rosh-assessments"))
            .content(SCREENING.formatted(TODAY, "null")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber());
    mvc.perform(as(TestUser.SENIOR, get("/api/v1/people/" + crn + "/risk")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.currentRosh.levels.communityPublic").value("HIGH"))
        .andExpect(jsonPath("$.currentRosh.kind").value("SCREENING"))
        .andExpect(jsonPath("$.roshHistory.length()").value(1));
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/people/" + crn + "/rosh-assessments"))
            .content(SCREENING.formatted(TODAY, "null")))
        .andExpect(status().isConflict());
  }

  @Test
  void missing_and_unknown_values_are_named() throws Exception {
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people/" + crn + "/rosh-assessments"))
            .content("{\"kind\": \"SCREENING\", \"levels\": {\"communityChildren\": \"LOW\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("stage", "completedOn",
            "levels.communityPublic", "levels.communityKnownAdult", "levels.communityStaff")));
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people/" + crn + "/rosh-assessments"))
            .content(SCREENING.formatted(TODAY, "null").replace("\"HIGH\"", "\"TERRIBLE\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("levels.communityPublic"));
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people/" + crn + "/registrations"))
            .content("{\"type\": \"MAPP\", \"registeredOn\": \"" + TODAY + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("mappaCategory", "mappaLevel")));
  }

  @Test
  void a_registration_is_reviewed_with_its_version_and_removed_with_a_reason() throws Exception {
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people/" + crn + "/registrations"))
            .content("{\"type\": \"RCPR\", \"registeredOn\": \"" + TODAY + "\", \"notes\": \"Child protection plan\"}"))
        .andExpect(status().isCreated());
    String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people/" + crn + "/risk")))
        .andReturn().getResponse().getContentAsString(), "$.registrations[0].id").toString();
    String review = "{\"on\": \"" + TODAY + "\", \"notes\": \"Plan continues\"}";

    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people/" + crn + "/registrations/" + id + "/reviews")).content(review))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/people/" + crn + "/registrations/" + id + "/reviews"))
            .header("If-Match", "\"0\"").content(review))
        .andExpect(status().isOk());
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/people/" + crn + "/registrations/" + id + "/reviews"))
            .header("If-Match", "\"0\"").content(review))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/people/" + crn + "/registrations/" + id + "/removal"))
            .header("If-Match", "\"1\"").content("{\"on\": \"" + TODAY + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("notes"));
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/people/" + crn + "/registrations/" + id + "/removal"))
            .header("If-Match", "\"1\"").content("{\"on\": \"" + TODAY + "\", \"notes\": \"Plan ended\"}"))
        .andExpect(status().isOk());
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people/" + crn + "/risk")))
        .andExpect(jsonPath("$.registrations[0].deregistrationReason").value("Plan ended"));
  }

  @Test
  void another_providers_staff_get_404() throws Exception {
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/people/" + crn + "/risk"))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, post("/api/v1/people/" + crn + "/rosh-assessments"))
            .content(SCREENING.formatted(TODAY, "null")))
        .andExpect(status().isNotFound());
  }
}
