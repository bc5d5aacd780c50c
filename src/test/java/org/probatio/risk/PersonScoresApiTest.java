package org.probatio.risk;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@IntegrationTest
class PersonScoresApiTest {

  static final String ANSWERS = """
      {"assessmentDate": "2016-01-04", "dateOfCurrentConviction": "2013-06-01",
       "dateAtStartOfFollowupCalculated": "2015-06-02", "dateAtStartOfFollowupUserInput": "2015-06-02",
       "totalNumberOfSanctionsForAllOffences": 2, "ageAtFirstSanction": 18, "currentOffenceCode": "02801",
       "totalNumberOfViolentSanctions": 1, "hasEverCommittedSexualOffence": false, "gender": "FEMALE"}""";

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired People people;

  String crn;

  @BeforeEach
  void aMan() {
    TestOrganisation.ensureLoaded(context);
    crn = ((CreateOutcome.Created) TestOrganisation.as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person(), null, false, null))).crn().value();
  }

  @Test
  void a_person_is_scored_with_the_gender_on_record_and_the_calculation_can_be_read_back() throws Exception {
    String location = mvc.perform(post("/api/v1/people/" + crn + "/risk-scores")
            .header("Authorization", "Bearer " + TestOrganisation.token(TestUser.PRACTITIONER))
            .contentType(MediaType.APPLICATION_JSON).content(ANSWERS))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.calculation.inputs.gender").value("MALE"))
        .andExpect(jsonPath("$.calculation.scores.ogrs3.twoYearScore").isNumber())
        .andExpect(jsonPath("$.calculation.modelVersion").value("OASYS_V3_V1_0"))
        .andExpect(jsonPath("$.features.ogrs3.COPASScore").isNumber())
        .andExpect(header().exists("Location"))
        .andReturn().getResponse().getHeader("Location");

    mvc.perform(get(location).header("Authorization", "Bearer " + TestOrganisation.token(TestUser.INSPECTOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reproduced").value(true))
        .andExpect(jsonPath("$.features.ogrs3.ageGenderScore").isNumber());
    mvc.perform(get("/api/v1/people/" + crn + "/risk-scores")
            .header("Authorization", "Bearer " + TestOrganisation.token(TestUser.SENIOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].reproduced").value(true));
  }

  @Test
  void a_wrong_type_or_unknown_value_is_named() throws Exception {
    mvc.perform(post("/api/v1/people/" + crn + "/risk-scores")
            .header("Authorization", "Bearer " + TestOrganisation.token(TestUser.PRACTITIONER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"temperControl\": \"FURIOUS\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("temperControl"));
    mvc.perform(post("/api/v1/people/" + crn + "/risk-scores")
            .header("Authorization", "Bearer " + TestOrganisation.token(TestUser.PRACTITIONER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"totalNumberOfSanctionsForAllOffences\": \"lots\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("totalNumberOfSanctionsForAllOffences"));
  }
}
