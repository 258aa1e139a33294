package fr.gouv.sante.jalons.proconnect.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the identity from the provider's userinfo endpoint. ProConnect answers it as a signed JWT
 * ({@code application/jwt}), which Spring Security's own reader does not take (it expects JSON): the
 * JWT is checked like an ID token (signature by the provider's published keys, issuer, audience, not
 * expired) and its claims are the identity. A plain JSON answer, as other OpenID Connect providers and
 * the tests' provider give, is read as it is. {@link org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService}
 * then checks that its {@code sub} is the ID token's.
 */
class ProConnectUserInfo implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private static final TypeReference<Map<String, Object>> CLAIMS = new TypeReference<>() {};

    private final RestClient http;
    private final JsonMapper json;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ProConnectUserInfo(JsonMapper json) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
        this.json = json;
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        ResponseEntity<String> response;
        try {
            response = http.get()
                    .uri(required(
                            registration
                                    .getProviderDetails()
                                    .getUserInfoEndpoint()
                                    .getUri(),
                            "userinfo_endpoint"))
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            "Bearer " + request.getAccessToken().getTokenValue())
                    .accept(JWT, MediaType.APPLICATION_JSON)
                    .retrieve()
                    .toEntity(String.class);
        } catch (RestClientException e) {
            throw failed("userinfo request failed: " + e.getClass().getSimpleName(), e);
        }
        String body = response.getBody();
        if (body == null || body.isBlank()) {
            throw failed("empty userinfo response", null);
        }
        Map<String, Object> claims = JWT.isCompatibleWith(response.getHeaders().getContentType())
                ? decoder(registration).decode(body.strip()).getClaims()
                : parse(body);
        if (!(claims.get("sub") instanceof String)) {
            throw failed("userinfo without sub", null);
        }
        return new DefaultOAuth2User(List.of(), claims, "sub");
    }

    private Map<String, Object> parse(String body) {
        try {
            Map<String, Object> claims = json.readValue(body, CLAIMS);
            // a body of "null" reads as no map at all
            if (claims == null) {
                throw failed("userinfo is JSON null", null);
            }
            return claims;
        } catch (JacksonException e) {
            throw failed("userinfo is neither JSON nor a JWT", e);
        }
    }

    /** One decoder per registration, so that the provider's keys are fetched once and cached. */
    private JwtDecoder decoder(ClientRegistration registration) {
        return decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                            required(registration.getProviderDetails().getJwkSetUri(), "jwks_uri"))
                    .jwsAlgorithms(algorithms -> algorithms.addAll(
                            Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256, SignatureAlgorithm.PS256)))
                    .build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(
                            required(registration.getProviderDetails().getIssuerUri(), "issuer")),
                    new JwtClaimValidator<List<String>>(
                            "aud", audience -> audience != null && audience.contains(registration.getClientId()))));
            return token -> {
                try {
                    return decoder.decode(token);
                } catch (JwtException e) {
                    throw failed("userinfo JWT refused: " + e.getMessage(), e);
                }
            };
        });
    }

    /** The provider's metadata must give it (an issuer-uri configuration reads them all from the provider). */
    private static String required(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw failed("provider metadata without " + name, null);
        }
        return value;
    }

    private static OAuth2AuthenticationException failed(String why, @Nullable Throwable cause) {
        OAuth2Error error = new OAuth2Error("invalid_user_info_response", why, null);
        return cause == null
                ? new OAuth2AuthenticationException(error)
                : new OAuth2AuthenticationException(error, cause);
    }
}
