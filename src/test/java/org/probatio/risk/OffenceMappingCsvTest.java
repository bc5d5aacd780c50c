package org.probatio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.probatio.risk.scoring.OffenceWeight;
import org.probatio.risk.scoring.OffenceWeights;

class OffenceMappingCsvTest {

  static OffenceWeights read(String content) throws IOException {
    return OffenceMappingCsv.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  @Test
  void the_bundled_mapping_is_by_home_office_class_and_looks_codes_up_by_their_class() {
    OffenceWeights weights = OffenceMappingCsv.bundled();

    assertThat(weights.version()).startsWith("default-offence-classes.csv sha256:").matches(".* sha256:[0-9a-f]{64}");
    assertThat(weights.find("00832")).extracting(OffenceWeight::ogrs3Category, OffenceWeight::ogrs3Weight)
        .containsExactly("Violence", 0.0);
    assertThat(weights.find("02801").ogrs3Weight()).isEqualTo(-0.1239);
    assertThat(weights.find("03400").ogrs3Category()).isEqualTo("Robbery");
    assertThat(weights.find("99901")).isNull();
  }

  @Test
  void a_code_level_row_wins_over_its_class_and_need_details_is_kept() throws IOException {
    OffenceWeights weights = read(OffenceMappingCsv.HEADER + "\n"
        + "008,8,,0,Violence,,0.1,0.2,V,0.3,0.4,V,True\n"
        + "00832,8,32,-0.0607,Other offence,,0.1,0.2,O,0,0,O,False\n"
        + "08800,88,0,,Missing description,NEED_DETAILS_OF_EXACT_OFFENCE,0.1,0.2,S,0,0,S,True\n");

    assertThat(weights.find("00832").ogrs3Weight()).isEqualTo(-0.0607);
    assertThat(weights.find("00833").ogrs3Weight()).isEqualTo(0.0);
    assertThat(weights.find("08800").needsExactOffence()).isTrue();
    assertThat(weights.find("08800").ogrs3Weight()).isNull();
    assertThat(weights.size()).isEqualTo(3);
  }

  @Test
  void refuses_a_file_naming_each_bad_row_by_its_line_number() {
    assertThatThrownBy(() -> read("# a comment\n" + OffenceMappingCsv.HEADER + "\n"
        + "00101,1,1,0.0,Violence,,0.1,0.2,V,0.3,0.4,V,True\n"
        + "0010,1,1,0.0,Violence,,0.1,0.2,V,0.3,0.4,V,True\n"
        + "00102,1,2,heavy,Violence,,0.1,0.2,V,0.3,0.4,V,True\n"
        + "00103,1,3\n"
        + "00104,1,4,0.0,Violence,WRONG,0.1,0.2,V,0.3,0.4,V,True\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4: offence_code '0010'")
        .hasMessageContaining("line 5: ogrs3_weight 'heavy' is not a number")
        .hasMessageContaining("line 6: 3 columns")
        .hasMessageContaining("line 7: ogrs3_error 'WRONG'");
  }

  @Test
  void refuses_a_file_with_another_header_or_no_rows() {
    assertThatThrownBy(() -> read("code,weight\n00101,0\n")).hasMessageContaining("line 1: the header must be");
    assertThatThrownBy(() -> read(OffenceMappingCsv.HEADER + "\n")).hasMessageContaining("no offence codes");
  }
}
