package org.probatio.demo.web;

import org.probatio.demo.DemoMailbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether demo mode keeps the mail, so the footer can link to the demo's mail viewer. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class DemoMailAdvice {

  private final ObjectProvider<DemoMailbox> mailbox;

  DemoMailAdvice(ObjectProvider<DemoMailbox> mailbox) {
    this.mailbox = mailbox;
  }

  @ModelAttribute("demoMail")
  boolean demoMail() {
    return mailbox.getIfAvailable() != null;
  }
}
