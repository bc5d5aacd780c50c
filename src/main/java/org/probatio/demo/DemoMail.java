package org.probatio.demo;

import java.time.Clock;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * In demo mode with no SMTP server configured ({@code spring.mail.host} or {@code spring.mail.jndi-name}),
 * the application's mail sender is the {@link DemoMailbox}, so the demo's emails can be read on its
 * mail viewer page. With a server configured, demo mode sends real email through it like any other.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMail.WithoutSmtp.class)
class DemoMail {

  @Bean
  DemoMailbox demoMailbox(Clock clock) {
    return new DemoMailbox(clock);
  }

  /** Demo mode on (as {@link DemoMode} decides it) and no mail server configured. */
  static class WithoutSmtp implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return matches(context.getEnvironment());
    }

    static boolean matches(Environment environment) {
      boolean smtp = !environment.getProperty("spring.mail.host", "").isBlank()
          || !environment.getProperty("spring.mail.jndi-name", "").isBlank();
      DemoProperties demo = Binder.get(environment).bindOrCreate("probatio.demo", DemoProperties.class);
      return !smtp && demo.on(environment);
    }
  }
}
