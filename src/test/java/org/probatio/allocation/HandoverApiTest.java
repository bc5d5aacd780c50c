package org.probatio.allocation;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class HandoverApiTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  HandoverFixtures fixtures;
  Handover handover;

  @BeforeEach
  void aHandoverToTheCrc() {
    fixtures = new HandoverFixtures(context);
    handover = fixtures.handedToCrc();
  }

  static MockHttpServletRequestBuilder as(TestUser user, MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + TestOrganisation.token(user)).contentType(MediaType.APPLICATION_JSON);
  }

  String path() {
    return "/api/v1/handovers/" + handover.id();
  }

  @Test
  void the_inbox_and_the_package_with_its_checklist_and_version() throws Exception {
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/handovers")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItem((int) handover.id())));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get(path())))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.fromProviderCode").value("N01"))
        .andExpect(jsonPath("$.toProviderCode").value("C01"))
        .andExpect(jsonPath("$.contents.person.crn").value(handover.crn()))
        .andExpect(jsonPath("$.contents.screening.overall").value("Low"))
        .andExpect(jsonPath("$.missing[*].item", hasItem("FULL_ANALYSIS")))
        .andExpect(jsonPath("$.complete").value(false))
        .andExpect(jsonPath("$.firstAppointmentBeforeDelivery").value(false));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/people/" + handover.crn() + "/handovers")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(handover.id()));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/handovers/999999999")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void acknowledgement_needs_the_current_version_in_if_match() throws Exception {
    mvc.perform(as(TestUser.CRC_PRACTITIONER, post(path() + "/acknowledgement")))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(as(TestUser.PRACTITIONER, post(path() + "/acknowledgement")).header("If-Match", "\"0\""))
        .andExpect(status().isNotFound());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, post(path() + "/acknowledgement")).header("If-Match", "\"7\""))
        .andExpect(status().isPreconditionFailed())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.currentVersion").value(0));

    mvc.perform(as(TestUser.CRC_PRACTITIONER, post(path() + "/acknowledgement")).header("If-Match", "\"0\""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andExpect(jsonPath("$.acknowledgement.username").value("crc-practitioner"))
        .andExpect(jsonPath("$.acknowledgement.name").value("Test Crc-practitioner"));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, post(path() + "/acknowledgement")).header("If-Match", "\"1\""))
        .andExpect(status().isOk())
        .andExpect(header().string("Idempotent-Replayed", "true"));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, post(path() + "/acknowledgement")).header("If-Match", "\"0\""))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("acknowledged by Test Crc-practitioner")));
  }

  @Test
  void the_first_appointment_is_a_date_and_one_before_delivery_is_flagged() throws Exception {
    String dayBefore = handover.deliveredOn().minusDays(1).toString();
    mvc.perform(as(TestUser.CRC_PRACTITIONER, put(path() + "/first-appointment")).content("{\"date\": \"" + dayBefore + "\"}"))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, put(path() + "/first-appointment")).header("If-Match", "\"0\"")
            .content("{\"date\": \"3 June\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, put(path() + "/first-appointment")).header("If-Match", "\"0\"")
            .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("Enter the date of the first appointment"));

    mvc.perform(as(TestUser.CRC_PRACTITIONER, put(path() + "/first-appointment")).header("If-Match", "\"0\"")
            .content("{\"date\": \"" + dayBefore + "\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.firstAppointment.on").value(dayBefore))
        .andExpect(jsonPath("$.firstAppointmentBeforeDelivery").value(true));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, put(path() + "/first-appointment")).header("If-Match", "\"0\"")
            .content("{\"date\": \"" + handover.deliveredOn() + "\"}"))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.currentVersion").value(1));
  }

  @Test
  void the_review_task_is_listed_and_completed_once() throws Exception {
    ReviewTask task = fixtures.reviewTask(handover.id());

    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/handovers/review-tasks")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].task.id", hasItem((int) task.id())));
    mvc.perform(as(TestUser.PRACTITIONER, post("/api/v1/handovers/review-tasks/" + task.id() + "/completion")))
        .andExpect(status().isNotFound());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, post("/api/v1/handovers/review-tasks/" + task.id() + "/completion")))
        .andExpect(status().isOk())
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andExpect(jsonPath("$.completedBy").value("crc-practitioner"));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, post("/api/v1/handovers/review-tasks/" + task.id() + "/completion")))
        .andExpect(status().isOk())
        .andExpect(header().string("Idempotent-Replayed", "true"));
  }

  @Test
  void every_handover_endpoint_is_in_the_openapi_document() throws Exception {
    mvc.perform(get("/v3/api-docs").with(SecurityMockMvcRequestPostProcessors.user("reader").roles("PRACTITIONER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/handovers'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/handovers/{id}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/handovers/{id}/acknowledgement'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/handovers/{id}/first-appointment'].put").exists())
        .andExpect(jsonPath("$.paths['/api/v1/people/{crn}/handovers'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/handovers/review-tasks'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/handovers/review-tasks/{id}/completion'].post").exists());
  }
}
