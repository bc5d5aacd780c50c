package org.probatio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Offence mappings are imported as versions, and the version in force is the one scores use. */
@IntegrationTest
class OffenceMappingsIntegrationTest {

  /** A made-up, code-level mapping: two codes of class 008 with weights unlike the bundled default. */
  static final String MAPPING = OffenceMappingCsv.HEADER + "\n"
      + "00832,8,32,0.2406,Burglary (other),,0.5,0.4,Other,0.3,0.2,Other,False\n"
      + "00833,8,33,,Other offence,NEED_DETAILS_OF_EXACT_OFFENCE,0.1,0.1,Other,0.1,0.1,Other,False\n";

  @TempDir Path dir;
  @Autowired OffenceMappings mappings;

  /** The database is shared with other tests, which score with the bundled default. */
  @org.junit.jupiter.api.AfterEach
  void defaultMappingAgain() {
    mappings.useBundledDefault();
  }

  @Test
  void an_imported_mapping_is_put_in_force_once_however_often_it_is_imported() throws Exception {
    Path file = Files.writeString(dir.resolve("code-level.csv"), MAPPING);

    OffenceMappings.Imported first = mappings.importFile(file);
    OffenceMappings.Imported again = mappings.importFile(file);

    assertThat(first.alreadyHeld()).isFalse();
    assertThat(again.alreadyHeld()).isTrue();
    assertThat(again.version().id()).isEqualTo(first.version().id());
    assertThat(first.version().version()).startsWith("code-level.csv sha256:");
    OffenceWeights inForce = mappings.inForce();
    assertThat(inForce.version()).isEqualTo(first.version().version());
    assertThat(inForce.find("00832").ogrs3Weight()).isEqualTo(0.2406);
    assertThat(mappings.versions()).filteredOn(OffenceMappings.MappingVersion::active).hasSize(1);

    mappings.useBundledDefault();
    assertThat(mappings.inForce().version()).startsWith("default-offence-classes.csv sha256:");
    assertThat(mappings.ofVersion(first.version().version())).as("held for replays").isPresent();
  }

  @Test
  void a_bad_file_is_refused_whole_naming_each_bad_line() throws Exception {
    String before = mappings.inForce().version();
    Path bad = Files.writeString(dir.resolve("bad.csv"), OffenceMappingCsv.HEADER + "\n"
        + "0083,8,32,0.1,X,,0.5,0.4,Other,0.3,0.2,Other,False\n"
        + "00834,8,34,heavy,X,,0.5,0.4,Other,0.3,0.2,Other,False\n");

    assertThatThrownBy(() -> mappings.importFile(bad))
        .hasMessageContaining("line 2: offence_code '0083'")
        .hasMessageContaining("line 3: ogrs3_weight 'heavy' is not a number");
    assertThat(mappings.inForce().version()).isEqualTo(before);
  }
}
