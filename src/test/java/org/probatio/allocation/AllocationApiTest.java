package org.probatio.allocation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.risk.RoshLevel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The allocation API: cases and proposals, decisions with request keys, reviews, a person's decisions and tier. */
@IntegrationTest
class AllocationApiTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Tiers tiers;
  @Autowired UserDetailsService userDetails;

  AllocationFixtures fixtures;
  String crn;

  @BeforeEach
  void aSentencedPerson() {
    fixtures = new AllocationFixtures(context);
    crn = fixtures.person();
  }

  static MockHttpServletRequestBuilder as(TestUser user, MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + TestOrganisation.token(user)).contentType(MediaType.APPLICATION_JSON);
  }

  static MockHttpServletRequestBuilder decide(TestUser user, AllocationCase c, String key, String body) {
    return as(user, post("/api/v1/allocation-cases/" + c.id() + "/decisions")).header("Idempotency-Key", key).content(body);
  }

  @Test
  void a_decision_is_created_once_for_its_key_and_a_second_decision_is_refused() throws Exception {
    fixtures.screened(crn, RoshLevel.HIGH);
    AllocationCase c = fixtures.sentenced(crn);
    String body = "{\"version\": " + c.version() + ", \"override\": null}";

    String location = mvc.perform(decide(TestUser.ALLOCATOR, c, "first-try", body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("FINAL"))
        .andExpect(jsonPath("$.provider").value("NPS"))
        .andExpect(jsonPath("$.providerCode").value(TestOrganisation.NPS))
        .andExpect(jsonPath("$.factors[*].name").value(hasItems("MAPPA", "RoSH", "RSR", "Receiving provider")))
        .andExpect(jsonPath("$.summary").value(containsString("allocated this case to the National Probation Service")))
        .andReturn().getResponse().getHeader("Location");
    mvc.perform(decide(TestUser.ALLOCATOR, c, "first-try", body))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", location));
    mvc.perform(decide(TestUser.ALLOCATOR, c, "second-try", body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Already decided"))
        .andExpect(jsonPath("$.detail").value(containsString("This case was allocated to N01 by allocator")));
    mvc.perform(decide(TestUser.SENIOR, c, "first-try", body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("allocated to N01")));
    mvc.perform(as(TestUser.INSPECTOR, get(location)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decidingRule").value(containsString("meets the NPS criterion")));
  }

  @Test
  void a_missing_key_a_missing_version_and_an_unknown_provider_are_each_named() throws Exception {
    fixtures.screened(crn, RoshLevel.LOW);
    AllocationCase c = fixtures.sentenced(crn);

    mvc.perform(as(TestUser.ALLOCATOR, post("/api/v1/allocation-cases/" + c.id() + "/decisions")).content("{\"version\": 0}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    mvc.perform(decide(TestUser.ALLOCATOR, c, UUID.randomUUID().toString(), "{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(decide(TestUser.ALLOCATOR, c, UUID.randomUUID().toString(),
            "{\"version\": 0, \"override\": {\"provider\": \"PRIVATE\", \"reason\": \"Cheaper\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("override.provider"));
    mvc.perform(decide(TestUser.ALLOCATOR, c, UUID.randomUUID().toString(), "{\"version\": \"first\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(decide(TestUser.ALLOCATOR, c, UUID.randomUUID().toString(),
            "{\"version\": 0, \"override\": {\"provider\": \"NPS\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("override.reason")));
  }

  @Test
  void a_case_shut_at_the_gate_is_shown_with_the_reason_and_refused_with_409() throws Exception {
    AllocationCase c = fixtures.sentenced(crn, LocalDate.now().minusDays(10));

    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/allocation-cases")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + c.id() + ")].overdue").value(hasItem(true)));
    mvc.perform(as(TestUser.ALLOCATOR, get("/api/v1/allocation-cases/" + c.id())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.blocked").value(true))
        .andExpect(jsonPath("$.blockedReason").value(containsString("There is no RoSH screening")));
    mvc.perform(decide(TestUser.ALLOCATOR, c, UUID.randomUUID().toString(), "{\"version\": " + c.version() + "}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("There is no RoSH screening")));

    fixtures.screened(crn, RoshLevel.MEDIUM);
    mvc.perform(as(TestUser.SENIOR, get("/api/v1/allocation-cases/" + c.id())))
        .andExpect(jsonPath("$.blocked").value(false))
        .andExpect(jsonPath("$.decision.provider").value("CRC"))
        .andExpect(jsonPath("$.decision.receivingProvider.code").value(TestOrganisation.CRC))
        .andExpect(jsonPath("$.decision.factors[?(@.name == 'RoSH')].value").value(hasItem("medium")))
        .andExpect(jsonPath("$.decision.tier.protect.level").value("C"));
  }

  @Test
  void an_override_is_reviewed_once_by_a_senior_practitioner_who_did_not_make_it() throws Exception {
    fixtures.screened(crn, RoshLevel.LOW);
    AllocationCase c = fixtures.sentenced(crn);
    String override = "{\"version\": " + c.version()
        + ", \"override\": {\"provider\": \"NPS\", \"reason\": \"Known to the NPS team\"}}";

    String location = mvc.perform(decide(TestUser.ALLOCATOR, c, UUID.randomUUID().toString(), override))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
        .andExpect(jsonPath("$.policyProvider").value("CRC"))
        .andExpect(jsonPath("$.override.provider").value("NPS"))
        .andExpect(jsonPath("$.override.reason").value("Known to the NPS team"))
        .andExpect(jsonPath("$.review").doesNotExist())
        .andReturn().getResponse().getHeader("Location");

    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).content("{\"approve\": false}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).content("{\"note\": \"Yes\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("approve"));
    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).content("{\"approve\": true, \"note\": \"Agreed\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FINAL"))
        .andExpect(jsonPath("$.review.by").value(TestUser.SENIOR.username))
        .andExpect(jsonPath("$.review.note").value("Agreed"));
    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).content("{\"approve\": true}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("This override has already been approved by senior."));

    String another = fixtures.person();
    fixtures.screened(another, RoshLevel.LOW);
    AllocationDecision mine = fixtures.overridden(fixtures.sentenced(another), TestUser.SENIOR,
        org.probatio.allocation.policy.Provider.NPS);
    mvc.perform(as(TestUser.SENIOR, post("/api/v1/allocation-decisions/" + mine.id() + "/review")).content("{\"approve\": true}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("approve"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("You made this override")));
  }

  @Test
  void a_persons_decisions_come_with_every_factor_and_their_tier_with_every_point() throws Exception {
    fixtures.screened(crn, RoshLevel.HIGH);
    AllocationDecision decision = fixtures.allocated(fixtures.sentenced(crn));
    tiers.recalculate(crn);

    mvc.perform(as(TestUser.PRACTITIONER, get("/api/v1/people/" + crn + "/allocations")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(decision.id()))
        .andExpect(jsonPath("$[0].policyVersion").value("TR-2014"))
        .andExpect(jsonPath("$[0].factors[?(@.name == 'RoSH')].source").value(hasItem("RoSH screening")))
        .andExpect(jsonPath("$[0].factors[?(@.name == 'RoSH')].date").value(hasItem(LocalDate.now().toString())))
        .andExpect(jsonPath("$[0].factors[?(@.name == 'RoSH')].criterionMet").value(hasItem("RoSH high or very high")))
        .andExpect(jsonPath("$[0].decidedBy").value(TestUser.ALLOCATOR.username))
        .andExpect(jsonPath("$[0].onTime").value(true))
        .andExpect(jsonPath("$[0].replays").value(true))
        .andExpect(jsonPath("$[0].facts.rosh.value").value("HIGH"));
    mvc.perform(as(TestUser.VLO, get("/api/v1/people/" + crn + "/tier")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tier").value(containsString("B")))
        .andExpect(jsonPath("$.protect.points").value(20))
        .andExpect(jsonPath("$.protect.factors[?(@.name == 'RoSH')].points").value(hasItem(20)))
        .andExpect(jsonPath("$.modelVersion").value("V2"))
        .andExpect(jsonPath("$.calculatedAt").isNotEmpty());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/people/" + crn + "/allocations")))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/api/v1/people/" + crn + "/tier"))).andExpect(status().isNotFound());
  }

  @Test
  void every_allocation_endpoint_is_in_the_openapi_document() throws Exception {
    mvc.perform(get("/v3/api-docs").with(user(userDetails.loadUserByUsername(TestUser.ALLOCATOR.username))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/allocation-cases'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/allocation-cases/{id}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/allocation-cases/{id}/decisions'].post.parameters[*].name")
            .value(hasItem("Idempotency-Key")))
        .andExpect(jsonPath("$.paths['/api/v1/allocation-decisions/{id}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/allocation-decisions/{id}/review'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/people/{crn}/allocations'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/people/{crn}/tier'].get").exists())
        .andExpect(jsonPath("$.components.schemas.DecisionResource.properties.factors").exists());
  }
}
