package org.probatio.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * GOV.UK Frontend's images, at the path its stylesheet expects. Its fonts are GOV.UK's own and not served.
 *
 * <p>Resource URLs are not rewritten: the WebJars path is resolved when the file is asked for, and no
 * version strategy is used, so Boot's {@link ResourceUrlEncodingFilter} would only look every link on a
 * page up on the class path (misses are not cached), which took most of a large page's time.
 */
@Configuration(proxyBeanMethods = false)
class WebResources implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/images/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.13.0/dist/govuk/assets/images/");
  }

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
