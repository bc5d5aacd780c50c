package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probatio.demo.DemoAccounts.SignIn;
import org.probatio.security.Role;

class SignInNoticeTest {

  @Test
  void shows_the_address_each_sign_in_and_the_token_in_a_box_of_even_width() {
    String box = SignInNotice.text("http://localhost:8080", List.of(
        new SignIn("practitioner", Role.PRACTITIONER, "B-m4hH2oTB1zr4Df"),
        new SignIn("vlo", Role.VLO, "nb6tJI7PbaHT7_9N")), "prb_token");

    assertThat(box).contains("http://localhost:8080", "practitioner", "Practitioner", "B-m4hH2oTB1zr4Df",
        "Victim liaison officer", "nb6tJI7PbaHT7_9N", "prb_token");
    List<String> lines = box.lines().toList();
    assertThat(lines.get(0)).matches("\\+-+\\+");
    assertThat(lines).allSatisfy(line -> assertThat(line).hasSameSizeAs(lines.get(0)));
  }
}
