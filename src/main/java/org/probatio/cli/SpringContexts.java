package org.probatio.cli;

import org.probatio.Probatio;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A context without the web server, for commands that need the database. */
final class SpringContexts {

  private SpringContexts() {}

  static ConfigurableApplicationContext withDatabase() {
    return new SpringApplicationBuilder(Probatio.class)
        .web(WebApplicationType.NONE)
        .properties("spring.main.log-startup-info=false")
        // an argument, not a default property: application.yml's own setting would win over a default
        .run("--probatio.demo.enabled=false");
  }

}
