package org.probatio.demo;

import java.util.ArrayList;
import java.util.List;
import org.probatio.demo.DemoAccounts.SignIn;

/** The box of demo sign-in details printed at start-up, plain ASCII so every terminal shows it. */
final class SignInNotice {

  private SignInNotice() {}

  static String text(String address, List<SignIn> signIns, String adminToken) {
    List<String> lines = new ArrayList<>();
    lines.add("Probatio demo: sign in at " + address);
    lines.add("");
    lines.add(String.format("%-14s %-23s %s", "Username", "Role", "Password"));
    for (SignIn signIn : signIns) {
      lines.add(String.format("%-14s %-23s %s", signIn.username(), signIn.role().label(), signIn.password()));
    }
    lines.add("");
    lines.add("API token for admin: " + adminToken);
    lines.add("");
    lines.add("Everyone in the demo region is made up. " + DemoUser.PRACTITIONER_2.username()
        + " is kept out of the limited-access cases.");
    lines.add("Passwords change at every start unless PROBATIO_DEMO_PASSWORD is set.");
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    String border = "+" + "-".repeat(width + 2) + "+";
    StringBuilder box = new StringBuilder(border).append('\n');
    for (String line : lines) {
      box.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |\n");
    }
    return box.append(border).toString();
  }
}
