package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditTrail;
import org.probatio.audit.Channel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.support.TestOrganisation;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.TierCode;
import org.probatio.workload.rules.TierPoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workload configuration's pages and read API, with the form kept as typed and the problems named. */
@IntegrationTest
class WorkloadConfigurationPagesTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired WorkloadConfigurations configurations;
  @Autowired AuditTrail audit;

  WorkloadConfigurationFixtures fixtures;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
    fixtures = new WorkloadConfigurationFixtures(context);
  }

  @AfterEach
  void withdrawWhatWasMade() {
    fixtures.withdrawAll();
  }

  RequestPostProcessor as(TestUser who) {
    return user(userDetails.loadUserByUsername(who.username));
  }

  /** The form as the page prefills it, with the date and note filled in and these fields typed over. */
  MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder request, LocalDate from, String... typed) {
    WorkloadConfiguration today = configurations.inForceToday();
    Map<String, String> fields = new LinkedHashMap<>();
    for (String row : TierPoints.ROWS) {
      for (CaseType type : CaseType.values()) {
        fields.put("points-" + row + "-" + type.name(), String.valueOf(today.points().cases().points(row, type)));
      }
    }
    today.points().reports().forEach((kind, points) -> fields.put("report-" + kind.name(), String.valueOf(points)));
    today.points().defaultHours().forEach((grade, hours) -> fields.put("hours-" + grade, hours.toPlainString()));
    fields.put("target", "2176");
    fields.put("registerCodes", "advp, RCPR");
    fields.put("effectiveFromDay", String.valueOf(from.getDayOfMonth()));
    fields.put("effectiveFromMonth", String.valueOf(from.getMonthValue()));
    fields.put("effectiveFromYear", String.valueOf(from.getYear()));
    fields.put("note", "Page test");
    for (int i = 0; i < typed.length; i += 2) {
      fields.put(typed[i], typed[i + 1]);
    }
    fields.forEach(request::param);
    today.gradeRules().criteria().forEach(criterion -> request.param("criteria", criterion.name()));
    return request.param("restrictedGrades", "PSO").with(as(TestUser.ADMIN)).with(csrf());
  }

  @Test
  void readers_see_the_version_in_force_and_every_version_and_only_administrators_may_make_one() throws Exception {
    long seeded = configurations.inForceOn(LocalDate.of(2000, 1, 1)).orElseThrow().id();
    mvc.perform(get("/admin/workload-configuration").with(as(TestUser.SENIOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("In force today: version " + seeded)))
        .andExpect(content().string(containsString("Any S tier (unsupervised period)")))
        .andExpect(content().string(containsString("ADVP: Domestic abuse perpetrator")))
        .andExpect(content().string(not(containsString("Make a new version"))));
    mvc.perform(get("/admin/workload-configuration").with(as(TestUser.ADMIN)))
        .andExpect(content().string(containsString("Make a new version")));
    mvc.perform(get("/admin/workload-configuration/versions/" + seeded).with(as(TestUser.INSPECTOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The reference figures of the workload measurement tool")));
    mvc.perform(get("/admin/workload-configuration/versions/999999").with(as(TestUser.INSPECTOR)))
        .andExpect(status().isNotFound());
  }

  @Test
  void the_form_is_prefilled_with_the_figures_in_force_and_keeps_what_was_typed_with_each_problem_named() throws Exception {
    mvc.perform(get("/admin/workload-configuration/new").with(as(TestUser.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"points-B3-CUSTODY\" name=\"points-B3-CUSTODY\"")))
        .andExpect(content().string(containsString("value=\"59\"")))
        .andExpect(content().string(containsString("Points for B3, custody")));

    LocalDate yesterday = LocalDate.now().minusDays(1);
    mvc.perform(filledIn(post("/admin/workload-configuration/check"), yesterday, "points-B3-CUSTODY", "sixty", "target", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("Points for B3 custody must be a whole number, like 59")))
        .andExpect(content().string(containsString("value=\"sixty\"")))
        .andExpect(content().string(containsString("href=\"#points-B3-CUSTODY\"")));
    mvc.perform(filledIn(post("/admin/workload-configuration/check"), yesterday, "target", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The nominal target must be from 1 to 9999 points")))
        .andExpect(content().string(containsString("The date the version takes effect must be today or later")))
        .andExpect(content().string(containsString("href=\"#effectiveFrom-day\"")));
  }

  @Test
  void an_administrator_checks_what_a_version_changes_then_saves_it() throws Exception {
    LocalDate from = LocalDate.of(2097, 3, 1);
    mvc.perform(filledIn(post("/admin/workload-configuration/check"), from, "points-B3-CUSTODY", "60"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Check the new version before saving it")))
        .andExpect(content().string(containsString("What changes: 1 value")))
        .andExpect(content().string(containsString("Points for B3 custody")))
        .andExpect(content().string(containsString("name=\"points-B3-CUSTODY\" value=\"60\"")));

    mvc.perform(filledIn(post("/admin/workload-configuration"), from, "points-B3-CUSTODY", "60"))
        .andExpect(redirectedUrl("/admin/workload-configuration"))
        .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Version ")));
    WorkloadConfiguration made = configurations.inForceOn(from).orElseThrow();
    fixtures.remember(made.id());
    assertThat(made.effectiveFrom()).isEqualTo(from);
    assertThat(made.points().pointsFor(TierCode.of("B3"), CaseType.CUSTODY)).isEqualTo(60);
    assertThat(made.gradeRules().registerCodes()).containsExactly("ADVP", "RCPR");
    assertThat(made.version().note()).isEqualTo("Page test");
    assertThat(audit.history("workload-configuration", String.valueOf(made.id()), 5).get(0).channel())
        .isEqualTo(Channel.WEB);

    mvc.perform(filledIn(post("/admin/workload-configuration"), from))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("A version already takes effect on 1 March 2097")));
    mvc.perform(get("/admin/workload-configuration/versions/" + made.id() + "/withdraw").with(as(TestUser.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Withdraw version " + made.id() + "?")));
    mvc.perform(post("/admin/workload-configuration/versions/" + made.id() + "/withdraw").with(as(TestUser.ADMIN))
            .with(csrf()))
        .andExpect(redirectedUrl("/admin/workload-configuration"))
        .andExpect(flash().attribute("notice", "Version " + made.id() + " withdrawn: it will not take effect on 1 March 2097"));
    assertThat(configurations.inForceOn(from).orElseThrow().id()).isNotEqualTo(made.id());
  }

  @Test
  void a_version_in_force_offers_no_withdrawal() throws Exception {
    long seeded = configurations.inForceToday().id();
    mvc.perform(get("/admin/workload-configuration/versions/" + seeded + "/withdraw").with(as(TestUser.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("took effect on 1 January 2000 and cannot be withdrawn")))
        .andExpect(content().string(not(containsString("Withdraw version</button>"))));
    mvc.perform(post("/admin/workload-configuration/versions/" + seeded + "/withdraw").with(as(TestUser.ADMIN))
            .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("cannot be withdrawn")));
    assertThat(configurations.inForceToday().id()).isEqualTo(seeded);
  }

  @Test
  void the_api_gives_the_version_in_force_on_a_day_and_every_version() throws Exception {
    WorkloadConfiguration made = fixtures.made(LocalDate.of(2098, 1, 1), proposal -> new NewConfiguration(
        proposal.effectiveFrom(), proposal.note(), proposal.cases().with("A3", CaseType.LICENCE, 220), proposal.reports(),
        2200, proposal.defaultHours(), proposal.gradeRules()));
    String token = "Bearer " + TestOrganisation.token(TestUser.ALLOCATOR);
    long seeded = configurations.inForceToday().id();

    mvc.perform(get("/api/v1/workload-configuration").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version.id").value(seeded))
        .andExpect(jsonPath("$.version.effectiveFrom").value("2000-01-01"))
        .andExpect(jsonPath("$.version.status").value("IN_FORCE"))
        .andExpect(jsonPath("$.casePoints.length()").value(17))
        .andExpect(jsonPath("$.casePoints[4].tier").value("B3"))
        .andExpect(jsonPath("$.casePoints[4].custody").value(59))
        .andExpect(jsonPath("$.casePoints[16].tier").value("S"))
        .andExpect(jsonPath("$.reportPoints.STANDARD").value(138))
        .andExpect(jsonPath("$.oralReportsCountAs").value("FAST"))
        .andExpect(jsonPath("$.nominalTarget").value(2176))
        .andExpect(jsonPath("$.defaultHours.PQIP").value(37.0))
        .andExpect(jsonPath("$.gradeRules.restrictedGrades[0]").value("PSO"))
        .andExpect(jsonPath("$.gradeRules.registerCodes[1]").value("RCPR"));
    mvc.perform(get("/api/v1/workload-configuration?on=2098-01-01").header("Authorization", token))
        .andExpect(jsonPath("$.version.id").value(made.id()))
        .andExpect(jsonPath("$.version.status").value("FUTURE"))
        .andExpect(jsonPath("$.casePoints[0].licence").value(220))
        .andExpect(jsonPath("$.nominalTarget").value(2200));
    mvc.perform(get("/api/v1/workload-configuration?on=2097-12-31").header("Authorization", token))
        .andExpect(jsonPath("$.version.id").value(seeded));
    mvc.perform(get("/api/v1/workload-configuration?on=1999-12-31").header("Authorization", token))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.detail").value("No workload configuration was in force on 31 December 1999"));
    mvc.perform(get("/api/v1/workload-configuration?on=31/12/2026").header("Authorization", token))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("on"));
    mvc.perform(get("/api/v1/workload-configuration/versions").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + made.id() + ")].madeBy").value("admin"))
        .andExpect(jsonPath("$[?(@.id == " + seeded + ")].status").value("IN_FORCE"));
    mvc.perform(get("/api/v1/workload-configuration/versions/" + made.id()).header("Authorization", token))
        .andExpect(jsonPath("$.nominalTarget").value(2200));
    mvc.perform(get("/api/v1/workload-configuration/versions/999999").header("Authorization", token))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
  }
}
