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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditTrail;
import org.probatio.audit.Channel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workforce.StaffRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff, reduction and team pages: what is typed is kept, concurrent edits are explained, providers are kept apart. */
@IntegrationTest
class StaffPagesTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired StaffRecords staff;
  @Autowired Reductions reductions;
  @Autowired AuditTrail audit;

  StaffFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new StaffFixtures(context);
  }

  RequestPostProcessor as(TestUser who) {
    return user(userDetails.loadUserByUsername(who.username));
  }

  @Test
  void an_administrator_adds_a_member_of_staff_and_what_they_typed_is_kept_beside_each_problem() throws Exception {
    String team = fixtures.team();
    mvc.perform(post("/admin/staff").with(as(TestUser.ADMIN)).with(csrf()).param("forename", "Page")
            .param("surname", "").param("grade", "PSO").param("teamCode", team).param("contractedHours", "thirty")
            .param("startDateDay", "31").param("startDateMonth", "2").param("startDateYear", "2024")
            .param("requestKey", "page-add"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("Enter a number, like 37 or 22.5")))
        .andExpect(content().string(containsString("Start date must be a real date")))
        .andExpect(content().string(containsString("value=\"Page\"")))
        .andExpect(content().string(containsString("value=\"thirty\"")));
    mvc.perform(post("/admin/staff").with(as(TestUser.ADMIN)).with(csrf()).param("forename", "Page")
            .param("surname", "").param("grade", "PSO").param("teamCode", team).param("contractedHours", "30")
            .param("startDateDay", "28").param("startDateMonth", "2").param("startDateYear", "2024")
            .param("requestKey", "page-add"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the surname")));

    String location = mvc.perform(post("/admin/staff").with(as(TestUser.ADMIN)).with(csrf()).param("forename", "Page")
            .param("surname", "Added").param("grade", "PSO").param("teamCode", team).param("contractedHours", "30")
            .param("startDateDay", "28").param("startDateMonth", "2").param("startDateYear", "2024")
            .param("requestKey", "page-add"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", org.hamcrest.Matchers.matchesPattern("Page Added added as N01S\\d{3}")))
        .andReturn().getResponse().getRedirectedUrl();
    String code = location.substring(location.lastIndexOf('/') + 1);
    assertThat(audit.history("staff", code, 5)).singleElement()
        .satisfies(event -> assertThat(event.channel()).isEqualTo(Channel.WEB));
    // the second click of the same form adds nobody
    mvc.perform(post("/admin/staff").with(as(TestUser.ADMIN)).with(csrf()).param("forename", "Page")
            .param("surname", "Added").param("grade", "PSO").param("teamCode", team).param("contractedHours", "30")
            .param("startDateDay", "28").param("startDateMonth", "2").param("startDateYear", "2024")
            .param("requestKey", "page-add"))
        .andExpect(redirectedUrl(location));
    mvc.perform(get(location).with(as(TestUser.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Page Added")))
        .andExpect(content().string(containsString("Probation services officer")))
        .andExpect(content().string(containsString("28 February 2024")));
  }

  @Test
  void a_change_saved_by_someone_else_first_is_explained_and_what_the_user_typed_is_kept() throws Exception {
    String team = fixtures.team();
    String code = fixtures.member(team, "37");
    StaffDetails current = StaffDetails.of(staff.find(code).orElseThrow().member());
    mvc.perform(get("/admin/staff/" + code + "/edit").with(as(TestUser.ADMIN)))
        .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
    StaffFixtures.saved(fixtures.asAdmin(() -> staff.change(code, current.leavingOn(TODAY.plusMonths(1)), 0)));

    mvc.perform(post("/admin/staff/" + code).with(as(TestUser.ADMIN)).with(csrf()).param("version", "0")
            .param("forename", "Renamed").param("surname", current.surname()).param("grade", "PO")
            .param("teamCode", team).param("contractedHours", "30").param("startDateDay", "1")
            .param("startDateMonth", "4").param("startDateYear", "2015"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("admin changed this member of staff&#39;s record at ")))
        .andExpect(content().string(containsString("Your changes are not saved yet")))
        .andExpect(content().string(containsString("value=\"Renamed\"")))
        .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    assertThat(staff.find(code).orElseThrow().member().forename()).isEqualTo(current.forename());
  }

  @Test
  void leaving_is_recorded_after_confirming_and_the_member_of_staff_drops_out_of_the_list_after_their_last_day()
      throws Exception {
    String team = fixtures.team();
    String code = fixtures.member(team, "37");
    mvc.perform(get("/admin/staff/" + code + "/leave").with(as(TestUser.ADMIN)))
        .andExpect(content().string(containsString("is leaving?")));
    LocalDate yesterday = TODAY.minusDays(1);

    mvc.perform(post("/admin/staff/" + code + "/leave").with(as(TestUser.ADMIN)).with(csrf()).param("version", "0")
            .param("dayDay", String.valueOf(yesterday.getDayOfMonth())).param("dayMonth", String.valueOf(yesterday.getMonthValue()))
            .param("dayYear", String.valueOf(yesterday.getYear())))
        .andExpect(redirectedUrl("/admin/staff/" + code));

    assertThat(staff.find(code).orElseThrow().member().leavingDate()).isEqualTo(yesterday);
    mvc.perform(get("/admin/staff?team=" + team).with(as(TestUser.ADMIN)))
        .andExpect(content().string(not(containsString(code))));
    mvc.perform(get("/admin/staff?team=" + team + "&leavers=yes").with(as(TestUser.ADMIN)))
        .andExpect(content().string(containsString(code)));
    mvc.perform(post("/admin/staff/" + code + "/leave").with(as(TestUser.ADMIN)).with(csrf()).param("version", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the last working day")));
  }

  @Test
  void a_senior_practitioner_changes_reductions_of_their_own_providers_staff_and_removes_one_after_confirming()
      throws Exception {
    String member = fixtures.member(fixtures.team(), "37");
    String crc = fixtures.member(fixtures.team(StaffFixtures.CRC_UNIT), "37");
    long id = StaffFixtures.saved(fixtures.asAdmin(() -> reductions.add(member,
        StaffFixtures.reduction(ReductionKind.HOURS, "7.5", TODAY, null), null)));

    mvc.perform(get("/admin/staff/" + member).with(as(TestUser.SENIOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("7.5 hours a week")))
        .andExpect(content().string(containsString("Add a reduction")))
        .andExpect(content().string(not(containsString("Change details"))));
    mvc.perform(get("/admin/staff/" + member).with(as(TestUser.ALLOCATOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Add a reduction"))));
    mvc.perform(get("/admin/staff/" + crc).with(as(TestUser.SENIOR))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/staff/" + crc + "/reductions/new").with(as(TestUser.SENIOR))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/staff/" + crc).with(as(TestUser.INSPECTOR))).andExpect(status().isOk());

    mvc.perform(get("/admin/staff/" + member + "/reductions/" + id + "/remove").with(as(TestUser.SENIOR)))
        .andExpect(content().string(containsString("Remove the other reduction?")));
    mvc.perform(post("/admin/staff/" + member + "/reductions/" + id + "/remove").with(as(TestUser.SENIOR)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nothing was removed")));
    mvc.perform(post("/admin/staff/" + member + "/reductions/" + id + "/remove").with(as(TestUser.SENIOR)).with(csrf())
            .param("version", "0"))
        .andExpect(redirectedUrl("/admin/staff/" + member))
        .andExpect(flash().attribute("notice", "Other reduction of 7.5 hours a week removed"));
    assertThat(reductions.of(member)).isEmpty();
  }

  @Test
  void a_reduction_from_a_preset_takes_its_figures_and_a_stale_change_is_explained() throws Exception {
    String member = fixtures.member(fixtures.team(), "37");
    mvc.perform(get("/admin/staff/" + member + "/reductions/new?preset=TRAINEE_OFFICER").with(as(TestUser.ADMIN)))
        .andExpect(content().string(containsString("value=\"80\"")))
        .andExpect(content().string(containsString("value=\"TRAINEE_OFFICER\" aria-describedby=\"category-TRAINEE_OFFICER-hint\" checked")));
    mvc.perform(post("/admin/staff/" + member + "/reductions").with(as(TestUser.ADMIN)).with(csrf())
            .param("category", "TRAINEE_OFFICER").param("kind", "PERCENT").param("amount", "80").param("reason", "")
            .param("startDateDay", "5").param("startDateMonth", "1").param("startDateYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the reason for the reduction")))
        .andExpect(content().string(containsString("value=\"TRAINEE_OFFICER\" aria-describedby=\"category-TRAINEE_OFFICER-hint\" checked")));
    mvc.perform(post("/admin/staff/" + member + "/reductions").with(as(TestUser.ADMIN)).with(csrf())
            .param("category", "TRAINEE_OFFICER").param("kind", "PERCENT").param("amount", "80").param("reason", "PQiP")
            .param("startDateDay", "5").param("startDateMonth", "1").param("startDateYear", "2026"))
        .andExpect(redirectedUrl("/admin/staff/" + member))
        .andExpect(flash().attribute("notice", "Trainee officer reduction of 80% added"));
    var added = reductions.of(member).get(0);
    assertThat(added.endDate()).isEqualTo(LocalDate.of(2026, 7, 4));
    StaffFixtures.saved(fixtures.asAdmin(() -> reductions.end(member, added.id(), LocalDate.of(2026, 6, 30), 0)));

    mvc.perform(post("/admin/staff/" + member + "/reductions/" + added.id()).with(as(TestUser.ADMIN)).with(csrf())
            .param("version", "0").param("category", "TRAINEE_OFFICER").param("kind", "PERCENT").param("amount", "70")
            .param("reason", "PQiP").param("startDateDay", "5").param("startDateMonth", "1").param("startDateYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("admin changed this reduction at ")))
        .andExpect(content().string(containsString("value=\"70\"")));
    assertThat(reductions.of(member).get(0).amount()).isEqualByComparingTo("80");
  }

  @Test
  void an_administrator_adds_and_renames_a_team_and_a_name_in_use_is_refused_beside_the_field() throws Exception {
    String name = "Page team " + System.nanoTime();
    mvc.perform(post("/admin/teams").with(as(TestUser.ADMIN)).with(csrf()).param("deliveryUnitCode", "N01U1")
            .param("name", name).param("requestKey", "page-team"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith(name + " added to Preston as N01U1T")));
    mvc.perform(post("/admin/teams").with(as(TestUser.ADMIN)).with(csrf()).param("deliveryUnitCode", "N01U1")
            .param("name", name))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Preston already has a team called " + name)));
    mvc.perform(get("/admin/teams").with(as(TestUser.SENIOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(not(containsString("Blackpool Team 1"))))
        .andExpect(content().string(not(containsString("Add a team"))));
  }
}
