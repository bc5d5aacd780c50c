package org.probatio.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its bearer-token sign-in, so Swagger UI can try requests. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  private static final String BEARER = "bearer";

  @Bean
  OpenAPI probatioApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Probatio API")
            .version("v1")
            .description("""
                Probation case records for partners and scripts. Sign in with a personal API token \
                (from the API tokens page) or a JWT from the configured issuer, sent as \
                'Authorization: Bearer <token>'. Errors are RFC 9457 problem details; a 400 lists each \
                bad field in 'errors'. Every read and change is audited.""")
            .license(new License().name("Open source")))
        .components(new Components().addSecuritySchemes(BEARER,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A personal API token (prb_...) or a JWT")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
