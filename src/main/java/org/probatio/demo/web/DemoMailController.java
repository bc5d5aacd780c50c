package org.probatio.demo.web;

import org.probatio.demo.DemoMailbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The demo's mail viewer: the emails Probatio has sent since it started, when demo mode keeps them. */
@Controller
class DemoMailController {

  private final ObjectProvider<DemoMailbox> mailbox;

  DemoMailController(ObjectProvider<DemoMailbox> mailbox) {
    this.mailbox = mailbox;
  }

  @GetMapping("/demo/mail")
  String mail(Model model) {
    DemoMailbox box = mailbox.getIfAvailable();
    if (box == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("messages", box.sent());
    return "demo/mail";
  }
}
