package org.anju.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description names its two ways in: staff call with HTTP Basic; owners' apps and
 * mini-programs with the bearer token from {@code POST /api/v1/owner/login}, on
 * {@code /api/v1/owner/**} only; signing in and the providers' hooks need neither.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String STAFF = "staff";

	static final String OWNER = "owner";

	@Bean
	OpenAPI anjuApi() {
		return new OpenAPI()
			.info(new Info().title("Anju (安居) API").version("v1")
				.description("The complaint desk of a property-management company."))
			.components(new Components()
				.addSecuritySchemes(STAFF, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("A staff account's username and password."))
				.addSecuritySchemes(OWNER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An owner's token from POST /api/v1/owner/login (mobile and SMS code).")))
			.addSecurityItem(new SecurityRequirement().addList(STAFF));
	}

	/** Each operation says which way in it takes. */
	@Bean
	OpenApiCustomizer waysIn() {
		return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			if (path.startsWith("/api/v1/owner/login") || path.startsWith("/api/v1/hooks/")) {
				operation.setSecurity(List.of());
			}
			else if (path.startsWith("/api/v1/owner/")) {
				operation.setSecurity(List.of(new SecurityRequirement().addList(OWNER)));
			}
		}));
	}

}
