package org.probatio.demo;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The {@code probatio.demo} settings: whether demo mode is on, the region's size and seed, fixed secrets. */
@ConfigurationProperties("probatio.demo")
record DemoProperties(
    @DefaultValue("auto") String enabled,
    @DefaultValue("3000") int people,
    @DefaultValue("2026") long seed,
    @DefaultValue("") String password,
    @DefaultValue("") String apiToken) {

  /** On as configured: the embedded database is in use when no database URL is set. */
  boolean on(org.springframework.core.env.Environment environment) {
    return on(environment.getProperty("spring.datasource.url", "").isBlank());
  }

  /** auto means on with the embedded database, which is what a newcomer runs; true and false force it. */
  boolean on(boolean embeddedDatabase) {
    return switch (enabled.strip().toLowerCase(Locale.ROOT)) {
      case "auto" -> embeddedDatabase;
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalStateException(
          "probatio.demo.enabled (PROBATIO_DEMO) must be auto, true or false, not '" + enabled + "'");
    };
  }

  Optional<String> fixedPassword() {
    return password.isBlank() ? Optional.empty() : Optional.of(password);
  }

  @Nullable String fixedApiToken() {
    return apiToken.isBlank() ? null : apiToken;
  }
}
