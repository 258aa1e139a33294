package fr.gouv.sante.jalons.apiaccess.web;

import fr.gouv.sante.jalons.apiaccess.ApiClients;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The write API's own filter chain, ahead of the back office's and the public site's: bearer tokens
 * only, no session, no cookie read, so no CSRF token is needed (a browser cannot send a bearer token on
 * another site's behalf). Also describes the token and the shared answers in the OpenAPI document.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String SCHEME = "jeton";
    static final String TAG = "Campagne (écriture)";
    static final String UNAUTHORIZED = "#/components/responses/NonAuthentifie";
    static final String FORBIDDEN = "#/components/responses/Interdit";
    static final String NOT_FOUND = "#/components/responses/Introuvable";
    static final String THROTTLED = "#/components/responses/TropDeRequetes";
    static final String MALFORMED = "#/components/responses/RequeteIllisible";
    static final String LOCKED = "#/components/responses/NonModifiable";
    static final String STALE = "#/components/responses/VersionPerimee";
    static final String REFUSED = "#/components/responses/ChampsRefuses";
    static final String PRECONDITION = "#/components/responses/IfMatchManquant";

    @Bean
    @Order(0)
    SecurityFilterChain writeApi(HttpSecurity http, ApiClients clients, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/v1/campaigns/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API_CLIENT"))
                .addFilterAt(new BearerTokenFilter(clients, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jalons\"");
                            problems.write(
                                    request, response, problems.problem(HttpStatus.UNAUTHORIZED, "token.missing"));
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, problems.problem(HttpStatus.FORBIDDEN, "forbidden"))))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    OpenApiCustomizer writeApiDescription() {
        return openApi -> {
            openApi.addTagsItem(new Tag()
                    .name(TAG)
                    .description(
                            "Les points d’avancement de la campagne ouverte, écrits par le système d’une organisation"
                                    + " avec un jeton d’API : mêmes droits et mêmes règles que le formulaire, version dans ETag et"
                                    + " If-Match."));
            openApi.getComponents()
                    .addSecuritySchemes(
                            SCHEME,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .description(
                                            "Un jeton d’API créé dans Jalons (Administration ou Mon espace → Jetons"
                                                    + " d’API), pour une organisation : « Authorization: Bearer jalons_… »."));
            Map.of(
                            UNAUTHORIZED, "Jeton absent, inconnu, expiré ou révoqué",
                            FORBIDDEN,
                                    "L’objectif n’est pas piloté par l’organisation du jeton, ou le jeton ne soumet pas",
                            NOT_FOUND, "Objectif inconnu, ou aucune campagne ouverte pour cette période",
                            THROTTLED, "Trop de requêtes pour ce jeton : réessayer après Retry-After secondes",
                            MALFORMED, "Corps JSON illisible, champ inconnu ou valeur d’un mauvais type",
                            LOCKED, "Le point n’est plus modifiable (soumis, validé) ou n’a pas de brouillon",
                            STALE, "If-Match ne porte pas la version enregistrée : relire le point",
                            REFUSED, "Champs refusés, chacun nommé dans errors[].pointer : rien n’est enregistré",
                            PRECONDITION, "If-Match manquant : renvoyer l’ETag lu")
                    .forEach(
                            (ref, description) -> openApi.getComponents()
                                    .addResponses(
                                            ref.substring(ref.lastIndexOf('/') + 1),
                                            new ApiResponse()
                                                    .description(description)
                                                    .content(
                                                            new Content()
                                                                    .addMediaType(
                                                                            org.springframework.http.MediaType
                                                                                    .APPLICATION_PROBLEM_JSON_VALUE,
                                                                            new MediaType()
                                                                                    .schema(
                                                                                            new Schema<>()
                                                                                                    .$ref(
                                                                                                            "#/components/schemas/ProblemDetail"))))));
        };
    }
}
