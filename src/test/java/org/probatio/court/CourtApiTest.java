package org.probatio.court;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CourtApiTest {

  static final String TODAY = HearingFixtures.courtToday().toString();

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  HearingFixtures fixtures;
  String crn;

  @BeforeEach
  void aPerson() {
    fixtures = new HearingFixtures(context);
    crn = fixtures.person();
  }

  static MockHttpServletRequestBuilder as(TestUser user, MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + TestOrganisation.token(user)).contentType(MediaType.APPLICATION_JSON);
  }

  String hearing() {
    return """
        {"crn": "%s", "court": "Preston Magistrates' Court", "date": "%s", "session": "AFTERNOON", "courtroom": "2",
         "charges": [{"offenceCode": "104/00", "description": "Assault on a constable"}]}""".formatted(crn, TODAY);
  }

  long id(String json, String path) {
    return ((Number) JsonPath.read(json, path)).longValue();
  }

  @Test
  void a_hearing_is_listed_once_and_a_repeat_answers_with_the_first() throws Exception {
    String first = mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings")).content(hearing()))
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andReturn().getResponse().getContentAsString();
    long id = id(first, "$.id");
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings")).content(hearing()))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/court/hearings/" + id))
        .andExpect(header().string("Idempotent-Replayed", "true"));
    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/court/hearings/" + id)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.charges[0].offenceCode").value("10400"))
        .andExpect(jsonPath("$.session").value("AFTERNOON"));
  }

  @Test
  void each_bad_field_of_a_hearing_or_sentence_is_named() throws Exception {
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings"))
            .content("{\"crn\": \"" + crn + "\", \"court\": \"Preston\", \"charges\": [{\"offenceCode\": \"1\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("date", "session", "courtroom", "charges[0].offenceCode",
            "charges[0].description")));
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings")).content(hearing().replace("AFTERNOON", "EVENING")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("session"));
    long hearing = fixtures.listed(crn);
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings/" + hearing + "/sentence")).content("""
            {"orderType": "COMMUNITY_ORDER", "lengthMonths": 40, "sentenceDate": "%s",
             "requirements": [{"type": "UNPAID_WORK", "amount": 400}, {"amount": 3}]}""".formatted(TODAY)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("requirements[1].type")));
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings/" + hearing + "/sentence")).content("""
            {"orderType": "COMMUNITY_ORDER", "lengthMonths": 40, "sentenceDate": "%s",
             "requirements": [{"type": "UNPAID_WORK", "amount": 400}]}""".formatted(TODAY)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("lengthMonths", "requirements[0].amount")));
  }

  @Test
  void a_report_is_written_with_if_match_refused_until_complete_and_then_completed() throws Exception {
    long hearing = fixtures.listed(crn);
    String started = mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings/" + hearing + "/report"))
            .content("{\"type\": \"STANDARD\", \"dueOn\": \"" + HearingFixtures.courtToday().plusDays(21) + "\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long report = id(started, "$.id");
    String read = mvc.perform(as(TestUser.COURT, get("/api/v1/court/reports/" + report)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.readyToComplete").value(false))
        .andExpect(jsonPath("$.missing[*].field").value(hasItem("policeDomesticAbuseCheck")))
        .andReturn().getResponse().getContentAsString();
    long police = id(read, "$.report.checks[0].id");
    long children = id(read, "$.report.checks[1].id");
    String sections = """
        {"sources": "Interview", "offenceAnalysis": "Assault during arrest", "riskAndNeeds": "Medium RoSH",
         "diversity": "Young adult; care leaver", "personsViews": "Regrets it", "proposal": "Community order"}""";

    mvc.perform(as(TestUser.COURT, put("/api/v1/court/reports/" + report + "/sections")).content(sections))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(as(TestUser.COURT, put("/api/v1/court/reports/" + report + "/sections")).header("If-Match", "\"0\"")
            .content(sections))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));
    mvc.perform(as(TestUser.COURT, put("/api/v1/court/reports/" + report + "/sections")).header("If-Match", "\"0\"")
            .content(sections))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.currentVersion").value(1));
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/reports/" + report + "/completion")).header("If-Match", "\"1\"")
            .content("{\"deliveredOnDay\": false}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[*].field").value(contains("policeDomesticAbuseCheck", "childrensSafeguardingCheck",
            "roshScreening")));

    mvc.perform(as(TestUser.COURT, post("/api/v1/court/checks/" + police + "/response")).header("If-Match", "\"0\"")
            .content("{\"outcome\": \"NOT_OBTAINED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("notObtainedReason"));
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/checks/" + police + "/response")).header("If-Match", "\"0\"")
            .content("{\"outcome\": \"NO_CONCERNS\", \"respondedBy\": \"DC Jones\"}"))
        .andExpect(status().isOk());
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/checks/" + children + "/response")).header("If-Match", "\"0\"")
            .content("{\"outcome\": \"CONCERNS_SHARED\", \"details\": \"Child in need plan\", \"respondedBy\": \"Duty social worker\"}"))
        .andExpect(status().isOk());
    fixtures.screened(crn);
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/reports/" + report + "/completion")).header("If-Match", "\"1\"")
            .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("deliveredOnDay"));
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/reports/" + report + "/completion")).header("If-Match", "\"1\"")
            .content("{\"deliveredOnDay\": false}"))
        .andExpect(status().isOk());
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people/" + crn + "/court")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reports[0].completedAt").isNotEmpty())
        .andExpect(jsonPath("$.reports[0].checks[1].details").value("Child in need plan"));
  }

  @Test
  void a_sentence_is_recorded_once_and_read_back_by_allocators() throws Exception {
    long hearing = fixtures.listed(crn);
    String custody = """
        {"orderType": "CUSTODY_WITH_LICENCE", "lengthMonths": 30, "sentenceDate": "%s", "expectedReleaseDate": "%s",
         "licenceConditions": ["Reside at the approved premises"]}""".formatted(TODAY, HearingFixtures.courtToday().plusMonths(15));
    String created = mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings/" + hearing + "/sentence")).content(custody))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long sentence = id(created, "$.id");
    mvc.perform(as(TestUser.COURT, post("/api/v1/court/hearings/" + hearing + "/sentence")).content(custody))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/court/sentences/" + sentence))
        .andExpect(header().string("Idempotent-Replayed", "true"));
    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/court/sentences/" + sentence)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.orderType").value("CUSTODY_WITH_LICENCE"))
        .andExpect(jsonPath("$.licenceConditions[0]").value("Reside at the approved premises"));
  }

  @Test
  void another_providers_staff_get_404_everywhere() throws Exception {
    long hearing = fixtures.listed(crn);
    long report = fixtures.started(hearing, ReportType.ORAL);
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/court/hearings/" + hearing))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/court/reports/" + report))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/people/" + crn + "/court"))).andExpect(status().isNotFound());
  }
}
