package org.probatio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probatio.risk.OffenceMappings;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/risk-scores answers exactly as a line of {@code probatio score} does, with the same mapping. */
@IntegrationTest
class RiskScoresApiParityTest {

  static final String MAPPING = org.probatio.risk.OffenceMappingCsv.HEADER + "\n"
      + "00832,8,32,-0.0607,Other offence,,0.01,0.02,Other,0.03,0.04,Other,False\n";
  static final String REQUEST = """
      {"version": "V1_0", "gender": "MALE", "dateOfBirth": "1980-03-01", "dateOfCurrentConviction": "2013-06-01",
       "dateAtStartOfFollowupCalculated": "2015-06-02", "dateAtStartOfFollowupUserInput": "2015-06-02",
       "assessmentDate": "2016-01-04", "totalNumberOfSanctionsForAllOffences": 2, "ageAtFirstSanction": 32,
       "currentOffenceCode": "00832", "totalNumberOfViolentSanctions": 0, "hasEverCommittedSexualOffence": false,
       "supervisionStatus": "COMMUNITY"}""".replace("\n", " ");

  @TempDir Path dir;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired OffenceMappings mappings;

  /** The database is shared with other tests, which score with the bundled default. */
  @org.junit.jupiter.api.AfterEach
  void defaultMappingAgain() {
    mappings.useBundledDefault();
  }
  @Autowired JsonMapper json;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  @Test
  void the_api_and_the_command_give_the_same_answer() throws Exception {
    Path file = Files.writeString(dir.resolve("parity-mapping.csv"), MAPPING);
    mappings.importFile(file);

    String fromApi = mvc.perform(post("/api/v1/risk-scores")
            .header("Authorization", "Bearer " + TestOrganisation.token(TestUser.VLO))
            .contentType(MediaType.APPLICATION_JSON).content(REQUEST))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    ScoreCommand command = new ScoreCommand();
    command.in = new ByteArrayInputStream((REQUEST + "\n").getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.out = out;
    assertThat(new CommandLine(command).execute("--offences", file.toString())).isZero();
    String fromCommand = out.toString(StandardCharsets.UTF_8).strip();

    assertThat(json.readTree(fromApi)).isEqualTo(json.readTree(fromCommand));
    assertThat(json.readTree(fromApi).at("/ogrs3/oneYearScore").asInt()).as("the spec's double-rounding example").isEqualTo(15);
  }
}
