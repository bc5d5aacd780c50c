package org.probatio.demo.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.probatio.demo.DemoMailbox;
import org.probatio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The demo's mail viewer, drawn by the application's own templates. The shared test context runs with
 * demo mode off and a real SMTP server, so the page is given a mailbox of its own here.
 */
@IntegrationTest
class DemoMailPageTest {

  @Autowired SpringTemplateEngine templates;

  MockMvc viewer(Map<String, Object> beans) {
    StaticListableBeanFactory factory = new StaticListableBeanFactory(beans);
    ThymeleafViewResolver thymeleaf = new ThymeleafViewResolver();
    thymeleaf.setTemplateEngine(templates);
    thymeleaf.setCharacterEncoding("UTF-8");
    return MockMvcBuilders.standaloneSetup(new DemoMailController(factory.getBeanProvider(DemoMailbox.class)))
        .setViewResolvers(thymeleaf).build();
  }

  @Test
  void the_viewer_lists_each_message_with_its_recipients_and_body() throws Exception {
    DemoMailbox mailbox = new DemoMailbox(Clock.systemUTC());
    MimeMessage message = mailbox.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
    helper.setFrom("probatio@localhost");
    helper.setTo("jo.officer@probatio.example");
    helper.setCc("spo@probatio.example");
    helper.setSubject("Case allocated to you: CRN A123456");
    helper.setText("Dear Jo Officer,\n\nSign in to see the case.");
    mailbox.send(message);

    viewer(Map.of("demoMailbox", mailbox)).perform(get("/demo/mail")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("Demo mail",
            "Case allocated to you: CRN A123456", "jo.officer@probatio.example", "Copied to", "spo@probatio.example",
            "Dear Jo Officer,\n\nSign in to see the case.")));
  }

  @Test
  void without_demo_modes_mailbox_there_is_no_viewer() throws Exception {
    viewer(Map.of()).perform(get("/demo/mail")).andExpect(status().isNotFound());
  }
}
