package org.probatio.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** GOV.UK Frontend's images, at the path its stylesheet expects. Its fonts are GOV.UK's own and not served. */
@Configuration(proxyBeanMethods = false)
class WebResources implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/images/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.13.0/dist/govuk/assets/images/");
  }
}
