package org.probatio.demo.web;

import org.probatio.demo.DemoMailbox;
import org.probatio.security.PathRules;
import org.probatio.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The mail viewer is for administrators, and in demo mode, when it keeps the mail, for everyone signed
 * in (the demo's users try each role). Without demo mode's mailbox there is no such page.
 */
@Component
class DemoMailRules implements PathRules {

  private final ObjectProvider<DemoMailbox> mailbox;

  DemoMailRules(ObjectProvider<DemoMailbox> mailbox) {
    this.mailbox = mailbox;
  }

  @Override
  public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    var viewer = rules.requestMatchers(HttpMethod.GET, "/demo/mail");
    if (mailbox.getIfAvailable() != null) {
      viewer.authenticated();
    } else {
      viewer.hasRole(Role.ADMIN.name());
    }
  }
}
