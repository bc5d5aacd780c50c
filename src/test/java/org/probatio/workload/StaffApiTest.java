package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditTrail;
import org.probatio.audit.Channel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workforce.StaffRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff, reduction and team API: lists, reads, changes with If-Match and request keys, fields named, provider boundaries. */
@IntegrationTest
class StaffApiTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired StaffRecords staff;
  @Autowired Reductions reductions;
  @Autowired AuditTrail audit;

  StaffFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new StaffFixtures(context);
  }

  static MockHttpServletRequestBuilder as(TestUser user, MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + TestOrganisation.token(user)).contentType(MediaType.APPLICATION_JSON);
  }

  @Test
  void staff_are_listed_by_team_a_page_at_a_time_within_the_callers_provider() throws Exception {
    String team = fixtures.team();
    String first = fixtures.member(team, "37");
    String second = fixtures.member(team, "22.5");
    String crcTeam = fixtures.team(StaffFixtures.CRC_UNIT);
    String crc = fixtures.member(crcTeam, "37");

    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/staff?team=" + team + "&size=1")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.size").value(1))
        .andExpect(jsonPath("$.staff.length()").value(1))
        .andExpect(jsonPath("$.staff[0].code").value(first))
        .andExpect(jsonPath("$.staff[0].grade").value("PO"))
        .andExpect(jsonPath("$.staff[0].contractedHours").value(37.0))
        .andExpect(jsonPath("$.staff[0].providerCode").value("N01"));
    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/staff?team=" + team + "&size=1&page=1")))
        .andExpect(jsonPath("$.staff[0].code").value(second));
    // a senior practitioner of the NPS division sees none of the CRC's staff; an inspector works nationally
    mvc.perform(as(TestUser.SENIOR, get("/api/v1/staff?team=" + crcTeam))).andExpect(jsonPath("$.total").value(0));
    mvc.perform(as(TestUser.SENIOR, get("/api/v1/staff?provider=C01&size=200")))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(as(TestUser.SENIOR, get("/api/v1/staff/" + crc))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.INSPECTOR, get("/api/v1/staff?team=" + crcTeam)))
        .andExpect(jsonPath("$.staff[0].code").value(crc));
    mvc.perform(as(TestUser.INSPECTOR, get("/api/v1/staff/" + crc.toLowerCase())))
        .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/staff?size=201")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/staff?team=" + team))).andExpect(status().isForbidden());
  }

  @Test
  void an_administrator_adds_a_member_of_staff_once_for_a_request_key_and_every_bad_field_is_named() throws Exception {
    String team = fixtures.team();
    String body = "{\"forename\":\"Api\",\"surname\":\"Added\",\"grade\":\"PQIP\",\"teamCode\":\"" + team
        + "\",\"contractedHours\":37,\"startDate\":\"2025-09-01\"}";

    String code = com.jayway.jsonpath.JsonPath.read(mvc.perform(as(TestUser.ADMIN, post("/api/v1/staff"))
            .header("Idempotency-Key", "api-add-1").content(body))
        .andExpect(status().isCreated())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andExpect(jsonPath("$.grade").value("PQIP"))
        .andReturn().getResponse().getContentAsString(), "$.code");
    assertThat(code).matches("N01Q\\d{3}");
    mvc.perform(as(TestUser.ADMIN, post("/api/v1/staff")).header("Idempotency-Key", "api-add-1").content(body))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/staff/" + code))
        .andExpect(header().string("Idempotent-Replayed", "true"));
    assertThat(audit.history("staff", code, 5)).singleElement()
        .satisfies(event -> assertThat(event.channel()).isEqualTo(Channel.API));

    mvc.perform(as(TestUser.ADMIN, post("/api/v1/staff")).content("{\"forename\":\"\",\"contractedHours\":61}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
            "forename", "surname", "grade", "teamCode", "contractedHours", "startDate")))
        .andExpect(jsonPath("$.errors[4].message").value("Contracted hours must be between 0 and 60"));
    mvc.perform(as(TestUser.ADMIN, post("/api/v1/staff")).content(body.replace("PQIP", "CHIEF")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("grade"));
    mvc.perform(as(TestUser.ADMIN, post("/api/v1/staff")).content(body.replace("2025-09-01", "1 September")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("startDate"));
    mvc.perform(as(TestUser.ADMIN, post("/api/v1/staff")).header("Idempotency-Key", "x".repeat(65)).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/staff")).content(body)).andExpect(status().isForbidden());
  }

  @Test
  void a_change_needs_if_match_and_is_refused_when_someone_changed_the_record_since() throws Exception {
    String team = fixtures.team();
    String code = fixtures.member(team, "37");
    String body = "{\"forename\":\"Robin\",\"surname\":\"Leaving\",\"grade\":\"PO\",\"teamCode\":\"" + team
        + "\",\"contractedHours\":30,\"startDate\":\"2015-04-01\",\"leavingDate\":\"" + TODAY + "\"}";

    mvc.perform(as(TestUser.ADMIN, put("/api/v1/staff/" + code)).content(body))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(as(TestUser.ADMIN, put("/api/v1/staff/" + code)).header("If-Match", "\"0\"").content(body))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.leavingDate").value(TODAY.toString()))
        .andExpect(jsonPath("$.contractedHours").value(30.0))
        .andExpect(jsonPath("$.updatedBy").value("admin"));
    mvc.perform(as(TestUser.ADMIN, put("/api/v1/staff/" + code)).header("If-Match", "\"0\"").content(body))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.currentVersion").value(1))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("admin changed this member of staff's record")));
    mvc.perform(as(TestUser.ADMIN, put("/api/v1/staff/" + code)).header("If-Match", "\"1\"")
            .content(body.replace("\"leavingDate\":\"" + TODAY, "\"leavingDate\":\"2015-03-31")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("leavingDate"));
    mvc.perform(as(TestUser.ADMIN, put("/api/v1/staff/N01X999")).header("If-Match", "\"0\"").content(body))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_senior_practitioner_keeps_the_reductions_of_their_own_providers_staff_only() throws Exception {
    String member = fixtures.member(fixtures.team(), "37");
    String crc = fixtures.member(fixtures.team(StaffFixtures.CRC_UNIT), "37");
    String preset = "{\"category\":\"NEWLY_QUALIFIED\",\"reason\":\"First year\",\"startDate\":\"" + TODAY + "\"}";

    String location = mvc.perform(as(TestUser.SENIOR, post("/api/v1/staff/" + member + "/reductions"))
            .header("Idempotency-Key", "nqo").content(preset))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("PERCENT"))
        .andExpect(jsonPath("$.amount").value(20))
        .andExpect(jsonPath("$.endDate").value(TODAY.plusMonths(9).minusDays(1).toString()))
        .andExpect(jsonPath("$.createdBy").value("senior"))
        .andReturn().getResponse().getHeader("Location");
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/staff/" + member + "/reductions")).header("Idempotency-Key", "nqo")
            .content(preset))
        .andExpect(header().string("Location", location)).andExpect(header().string("Idempotent-Replayed", "true"));
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/staff/" + crc + "/reductions")).content(preset))
        .andExpect(status().isNotFound());
    mvc.perform(as(TestUser.SENIOR, get("/api/v1/staff/" + crc + "/reductions"))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.ALLOCATOR, post("/api/v1/staff/" + member + "/reductions")).content(preset))
        .andExpect(status().isForbidden());

    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/staff/" + member + "/reductions")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.on").value(TODAY.toString()))
        .andExpect(jsonPath("$.reductionHours").value(7.4))
        .andExpect(jsonPath("$.hoursLeft").value(29.6))
        .andExpect(jsonPath("$.counted.length()").value(1))
        .andExpect(jsonPath("$.reductions[0].category").value("NEWLY_QUALIFIED"));
    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/staff/" + member + "/reductions?on=" + TODAY.minusDays(1))))
        .andExpect(jsonPath("$.reductionHours").value(0));
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/staff/" + member + "/reductions"))
            .content("{\"category\":\"OTHER\",\"kind\":\"PERCENT\",\"amount\":101,\"reason\":\"\",\"startDate\":\"" + TODAY
                + "\",\"endDate\":\"" + TODAY.minusDays(1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("amount", "reason", "endDate")));
  }

  @Test
  void a_reduction_is_replaced_and_removed_with_if_match() throws Exception {
    String member = fixtures.member(fixtures.team(), "37");
    String path = mvc.perform(as(TestUser.ADMIN, post("/api/v1/staff/" + member + "/reductions"))
            .content("{\"category\":\"UNION_DUTIES\",\"kind\":\"HOURS\",\"amount\":3.5,\"reason\":\"Branch secretary\","
                + "\"startDate\":\"" + TODAY + "\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    String ended = "{\"category\":\"UNION_DUTIES\",\"kind\":\"HOURS\",\"amount\":3.5,\"reason\":\"Branch secretary\","
        + "\"startDate\":\"" + TODAY + "\",\"endDate\":\"" + TODAY.plusDays(30) + "\"}";

    mvc.perform(as(TestUser.ADMIN, get(path))).andExpect(header().string("ETag", "\"0\""));
    mvc.perform(as(TestUser.ADMIN, put(path)).content(ended)).andExpect(status().isPreconditionRequired());
    mvc.perform(as(TestUser.ADMIN, put(path)).header("If-Match", "\"0\"").content(ended))
        .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.endDate").value(TODAY.plusDays(30).toString()));
    mvc.perform(as(TestUser.ADMIN, delete(path)).header("If-Match", "\"0\""))
        .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.currentVersion").value(1));
    mvc.perform(as(TestUser.ADMIN, delete(path)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
    mvc.perform(as(TestUser.ADMIN, get(path))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.ADMIN, delete(path)).header("If-Match", "\"2\"")).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.ADMIN, get("/api/v1/staff/" + member + "/reductions")))
        .andExpect(jsonPath("$.reductions.length()").value(0));
  }

  @Test
  void teams_are_listed_within_the_callers_provider_added_once_and_renamed_with_if_match() throws Exception {
    String crcTeam = fixtures.team(StaffFixtures.CRC_UNIT);
    String name = "Api team " + System.nanoTime();

    mvc.perform(as(TestUser.SENIOR, get("/api/v1/teams")))
        .andExpect(jsonPath("$[*].providerCode").value(not(hasItem("C01"))))
        .andExpect(jsonPath("$[*].code").value(hasItem("N01T1")));
    mvc.perform(as(TestUser.INSPECTOR, get("/api/v1/teams?provider=C01")))
        .andExpect(jsonPath("$[*].code").value(hasItem(crcTeam)))
        .andExpect(jsonPath("$[*].providerCode").value(not(hasItem("N01"))));
    String location = mvc.perform(as(TestUser.ADMIN, post("/api/v1/teams")).header("Idempotency-Key", "team-1")
            .content("{\"deliveryUnitCode\":\"N01U1\",\"name\":\"" + name + "\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.deliveryUnitName").value("Preston"))
        .andExpect(jsonPath("$.currentStaff").value(0))
        .andReturn().getResponse().getHeader("Location");
    mvc.perform(as(TestUser.ADMIN, post("/api/v1/teams")).header("Idempotency-Key", "team-1")
            .content("{\"deliveryUnitCode\":\"N01U1\",\"name\":\"" + name + "\"}"))
        .andExpect(header().string("Location", location)).andExpect(header().string("Idempotent-Replayed", "true"));
    mvc.perform(as(TestUser.ADMIN, post("/api/v1/teams")).content("{\"deliveryUnitCode\":\"N01U1\",\"name\":\"" + name + "\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    mvc.perform(as(TestUser.ADMIN, put(location)).header("If-Match", "\"0\"").content("{\"name\":\"" + name + " B\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name + " B"));
    mvc.perform(as(TestUser.ADMIN, put(location)).header("If-Match", "\"0\"").content("{\"name\":\"" + name + " C\"}"))
        .andExpect(status().isPreconditionFailed());
  }
}
