package fr.gouv.sante.jalons.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * ProConnect stood in for by mock-oauth2-server (an OpenID Connect provider in-process, on a free port
 * of loopback, issuer {@value #ISSUER}), for the tests and the local launcher. Its sign-in page (ours,
 * {@code proconnect/login.html}) asks for the address, and optionally the SIRET and uid, that the
 * identity will carry; it signs the ID token and answers the userinfo endpoint and
 * {@code end_session_endpoint} as ProConnect does (in JSON where ProConnect signs the userinfo).
 */
public final class MockProConnect {

    public static final String ISSUER = "proconnect";

    public static final String CLIENT_ID = "jalons-local";

    private static MockProConnect shared;

    private final MockOAuth2Server server;

    private MockProConnect(MockOAuth2Server server) {
        this.server = server;
    }

    /** Starts a provider on {@code port} (0: any free one) whose interactive sign-in page is ours. */
    public static MockProConnect start(int port) {
        Path page;
        try (InputStream html = MockProConnect.class.getResourceAsStream("/proconnect/login.html")) {
            if (html == null) {
                throw new IllegalStateException("proconnect/login.html is missing from the test classpath");
            }
            page = Files.createTempFile("jalons-proconnect-login", ".html");
            page.toFile().deleteOnExit();
            Files.copy(html, page, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String config = JsonMapper.shared()
                .writeValueAsString(Map.of("interactiveLogin", true, "loginPagePath", page.toString()));
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(config));
        server.start(InetAddress.getLoopbackAddress(), port);
        return new MockProConnect(server);
    }

    /** One provider for every test context that asks for ProConnect, started at the first. */
    public static synchronized MockProConnect shared() {
        if (shared == null) {
            shared = start(0);
        }
        return shared;
    }

    public String issuerUri() {
        return server.issuerUrl(ISSUER).toString();
    }

    public String endSessionUri() {
        return server.endSessionEndpointUrl(ISSUER).toString();
    }

    /** Spring's standard properties of the registration {@code proconnect}, pointing at this provider. */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.security.oauth2.client.registration.proconnect.client-id", CLIENT_ID);
        properties.put(
                "spring.security.oauth2.client.registration.proconnect.client-secret", "not-checked-by-the-mock");
        properties.put("spring.security.oauth2.client.provider.proconnect.issuer-uri", issuerUri());
        return properties;
    }

    public void stop() {
        server.shutdown();
    }

    /** Test contexts that sign in with ProConnect: the shared provider, configured as the registration. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            MockProConnect proConnect = shared();
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context,
                    proConnect.springProperties().entrySet().stream()
                            .map(property -> property.getKey() + "=" + property.getValue())
                            .toArray(String[]::new));
            context.getBeanFactory().registerSingleton("mockProConnect", proConnect);
        }
    }
}
