package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoPropertiesTest {

  @ParameterizedTest(name = "enabled={0}, embedded database={1}: demo mode {2}")
  @CsvSource({
      "auto,  true,  true",
      "auto,  false, false",
      "AUTO,  true,  true",
      "true,  false, true",
      "true,  true,  true",
      "false, true,  false",
      "false, false, false"})
  void auto_turns_demo_mode_on_only_with_the_embedded_database(String enabled, boolean embedded, boolean on) {
    assertThat(settings(enabled, "", "").on(embedded)).isEqualTo(on);
  }

  @Test
  void any_other_setting_is_refused_with_the_choices() {
    assertThatThrownBy(() -> settings("yes", "", "").on(true)).hasMessageContaining("must be auto, true or false");
  }

  @Test
  void a_blank_password_or_token_means_a_fresh_one_at_every_start() {
    assertThat(settings("auto", " ", "").fixedPassword()).isEmpty();
    assertThat(settings("auto", "", "").fixedApiToken()).isNull();
    assertThat(settings("auto", "letmein-demo", "prb_x").fixedPassword()).contains("letmein-demo");
    assertThat(settings("auto", "", "prb_x").fixedApiToken()).isEqualTo("prb_x");
  }

  private static DemoProperties settings(String enabled, String password, String apiToken) {
    return new DemoProperties(enabled, 300, 1, password, apiToken);
  }
}
