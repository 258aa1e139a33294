package fr.gouv.sante.jalons.proconnect.domain;

import fr.gouv.sante.jalons.account.ProConnectSignIn;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea.Access;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea.Rule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in with ProConnect, the State's OpenID Connect federation for agents, when the registration
 * {@value #REGISTRATION} is configured by Spring's standard properties
 * ({@code spring.security.oauth2.client.registration.proconnect.*} and
 * {@code spring.security.oauth2.client.provider.proconnect.issuer-uri}); without them the sign-in
 * bean is absent (a null bean, which {@code ObjectProvider.getIfAvailable()} gives as null), no path
 * opens, and the sign-in page shows the password form alone. Authorization code flow with PKCE, nonce
 * and state; the identity signs in to an existing account ({@link ProConnectAccounts}); signing out
 * also ends the ProConnect session (its {@code end_session_endpoint}).
 *
 * <p>Whether it is configured is read when the application starts, not by a bean condition: a build
 * with Spring AOT settles the conditions at build time, and ProConnect is configured at deployment.
 * For the same reason the registration is read from the properties here, and Spring Boot's OAuth2
 * client configuration, whose registration repository exists only when its condition held, is
 * excluded (application.properties): it would fetch the issuer's discovery document a second time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ProConnect {

    static final String REGISTRATION = ProConnectSignIn.REGISTRATION;

    /** Spring Security's default paths: the button's link, and the redirect URI registered at ProConnect. */
    static final String AUTHORIZATION_PATH =
            DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/" + REGISTRATION;

    static final String CALLBACK_PATH = "/login/oauth2/code/" + REGISTRATION;

    /** What Jalons asks ProConnect for: the address it matches, the uid and SIRET it checks, the name. */
    static final Set<String> SCOPES = Set.of("openid", "email", "given_name", "usual_name", "uid", "siret");

    private static final Logger LOG = LoggerFactory.getLogger(ProConnect.class);

    /** Any other failure: the provider's error, a refused consent, a stale state. */
    static final String FAILED = "echec";

    /** Null, so absent for its users, when no registration {@value #REGISTRATION} is configured. */
    @Bean
    @Nullable
    ProConnectSignIn proConnectSignIn(OAuth2ClientProperties properties, ProConnectAccounts accounts, JsonMapper json) {
        ClientRegistration registration = configured(properties);
        return registration == null ? null : new OidcSignIn(registration, accounts, json);
    }

    /** The button's link and ProConnect's way back, open to anyone in the back office's chain once configured. */
    @Bean
    BackOfficeArea proConnectPages(OAuth2ClientProperties properties) {
        List<Rule> rules = properties.getRegistration().containsKey(REGISTRATION)
                ? List.of(new Rule(Access.ANYONE, AUTHORIZATION_PATH, CALLBACK_PATH))
                : List.of();
        return () -> rules;
    }

    /**
     * The registration as Spring Boot would build it from the properties (fetching the issuer's
     * discovery document when only {@code issuer-uri} is given), or null when none is configured.
     */
    private static @Nullable ClientRegistration configured(OAuth2ClientProperties properties) {
        if (!properties.getRegistration().containsKey(REGISTRATION)) {
            return null;
        }
        return new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations()
                .get(REGISTRATION);
    }

    /** What the back office's chain adds for ProConnect, and how a ProConnect session signs out. */
    static final class OidcSignIn implements ProConnectSignIn {

        private static final SecureRandom RANDOM = new SecureRandom();

        /**
         * Jalons calls no API with ProConnect's access token: it is not kept (Spring would keep it in
         * memory, on one node only), so a session holds the ID token alone.
         */
        private static final OAuth2AuthorizedClientRepository TOKENS_NOT_KEPT = new OAuth2AuthorizedClientRepository() {
            // the interface's signature, not ours
            @SuppressWarnings("TypeParameterUnusedInFormals")
            @Override
            public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                    String registrationId, Authentication principal, HttpServletRequest request) {
                return null;
            }

            @Override
            public void saveAuthorizedClient(
                    OAuth2AuthorizedClient client,
                    Authentication principal,
                    HttpServletRequest request,
                    HttpServletResponse response) {}

            @Override
            public void removeAuthorizedClient(
                    String registrationId,
                    Authentication principal,
                    HttpServletRequest request,
                    HttpServletResponse response) {}
        };

        private final ClientRegistrationRepository registrations;
        private final ProConnectAccounts accounts;
        private final OidcUserService identities = new OidcUserService();

        /**
         * The registration as configured, with Jalons's scopes whatever the properties say: the client id,
         * secret and issuer are enough to configure (else Spring would ask for every scope ProConnect
         * publishes, or for {@code openid} alone).
         */
        OidcSignIn(ClientRegistration registration, ProConnectAccounts accounts, JsonMapper json) {
            this.registrations =
                    new InMemoryClientRegistrationRepository(ClientRegistration.withClientRegistration(registration)
                            .scope(SCOPES)
                            .build());
            this.accounts = accounts;
            identities.setOauth2UserService(new ProConnectUserInfo(json));
            // the address, uid and SIRET are only in the userinfo: always read it
            identities.setRetrieveUserInfo(request -> true);
        }

        @Override
        public List<String> origins() {
            ClientRegistration registration = registrations.findByRegistrationId(REGISTRATION);
            if (registration == null) {
                return List.of();
            }
            Object endSession =
                    registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            return Stream.of(
                            registration.getProviderDetails().getAuthorizationUri(),
                            endSession == null ? null : endSession.toString())
                    .filter(Objects::nonNull)
                    .map(uri -> UriComponentsBuilder.fromUriString(uri)
                            .replacePath(null)
                            .replaceQuery(null)
                            .fragment(null)
                            .build()
                            .toUriString())
                    .distinct()
                    .toList();
        }

        @Override
        public void configure(HttpSecurity http, String loginPage, AuthenticationSuccessHandler landing)
                throws Exception {
            DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                    registrations, DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            // PKCE for a confidential client too (state, and nonce with the openid scope, are Spring's own)
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login.loginPage(loginPage)
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(TOKENS_NOT_KEPT)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK_PATH))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::signIn))
                    .successHandler(landing)
                    .failureHandler(
                            (request, response, exception) -> refused(request, response, exception, loginPage)));
        }

        private OidcUser signIn(OidcUserRequest request) {
            OidcUser identity = identities.loadUser(request);
            return accounts.signIn(
                    new ProConnectIdentity(identity.getEmail(), claim(identity, "uid"), claim(identity, "siret")),
                    identity.getIdToken());
        }

        private static @Nullable String claim(OidcUser identity, String name) {
            Object value = identity.getClaims().get(name);
            return value == null ? null : String.valueOf(value);
        }

        /**
         * The sign-in page, saying why: a refusal names what it needs (the address; or the two SIRETs)
         * through a flash attribute, in the session the sign-in already opened, not in the address bar.
         */
        private static void refused(
                HttpServletRequest request,
                HttpServletResponse response,
                AuthenticationException exception,
                String loginPage)
                throws IOException {
            String reason = FAILED;
            if (exception instanceof ProConnectRefused refusal) {
                reason = refusal.reason().parameter();
                FlashMap flash = new FlashMap();
                flash.put(REFUSAL_DETAILS, refusal.details());
                flash.setTargetRequestPath(request.getContextPath() + loginPage);
                new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            } else {
                LOG.warn(
                        "ProConnect sign-in failed: {}",
                        exception instanceof OAuth2AuthenticationException oauth
                                ? oauth.getError().getErrorCode() + " "
                                        + oauth.getError().getDescription()
                                : exception.getClass().getSimpleName());
            }
            response.sendRedirect(request.getContextPath() + loginPage + "?" + REFUSAL_PARAMETER + "=" + reason);
        }

        /**
         * Where signing out leads a ProConnect session: ProConnect's {@code end_session_endpoint}, with the
         * ID token as {@code id_token_hint}, a {@code state} and the way back ({@link #SIGNED_OUT_PATH}),
         * which must be registered at ProConnect as a post-logout redirect URI. Null for any other session, or
         * when the provider publishes no such endpoint.
         */
        @Override
        public @Nullable String endSession(HttpServletRequest request, @Nullable Authentication authentication) {
            if (!(authentication instanceof OAuth2AuthenticationToken token
                    && REGISTRATION.equals(token.getAuthorizedClientRegistrationId())
                    && token.getPrincipal() instanceof OidcUser principal)) {
                return null;
            }
            ClientRegistration registration = registrations.findByRegistrationId(REGISTRATION);
            Object endpoint = registration == null
                    ? null
                    : registration
                            .getProviderDetails()
                            .getConfigurationMetadata()
                            .get("end_session_endpoint");
            if (endpoint == null) {
                return null;
            }
            String back =
                    UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                                    .replacePath(request.getContextPath())
                                    .replaceQuery(null)
                                    .build()
                                    .toUriString()
                            + SIGNED_OUT_PATH;
            byte[] state = new byte[16];
            RANDOM.nextBytes(state);
            return UriComponentsBuilder.fromUri(URI.create(endpoint.toString()))
                    .queryParam("id_token_hint", principal.getIdToken().getTokenValue())
                    .queryParam("state", Base64.getUrlEncoder().withoutPadding().encodeToString(state))
                    .queryParam("post_logout_redirect_uri", back)
                    .encode()
                    .build()
                    .toUriString();
        }
    }
}
