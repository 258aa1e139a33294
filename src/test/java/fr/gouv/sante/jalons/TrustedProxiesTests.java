package fr.gouv.sante.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Which proxies may set the client's address ({@code X-Forwarded-For}) and scheme
 * ({@code X-Forwarded-Proto}): a real Tomcat configured by Spring Boot from the packaged
 * {@code application.properties}, with or without {@code JALONS_TRUSTED_PROXIES}, answering the
 * address and scheme a servlet sees (the ones the login throttling and the Secure cookie use).
 * The application's own tests set the property to loopback (see {@code JalonsTest}), hence no
 * Spring context here.
 */
class TrustedProxiesTests {

    private static final String CLIENT = "203.0.113.7";

    @Test
    void byDefaultNoProxyIsTrustedNotEvenLoopback() throws Exception {
        assertThat(seenBehind(Map.of())).isEqualTo("127.0.0.1 http");
    }

    @Test
    void aConfiguredProxyGivesTheClientsAddressAndScheme() throws Exception {
        assertThat(seenBehind(Map.of("JALONS_TRUSTED_PROXIES", "10\\.0\\.0\\.5|127\\.0\\.0\\.1")))
                .isEqualTo(CLIENT + " https");
    }

    @Test
    void aProxyThatIsNotTheConfiguredOneIsNotBelieved() throws Exception {
        assertThat(seenBehind(Map.of("JALONS_TRUSTED_PROXIES", "10\\.0\\.0\\.5")))
                .isEqualTo("127.0.0.1 http");
    }

    /** A request from loopback claiming to forward {@link #CLIENT} over HTTPS: what the servlet saw. */
    private static String seenBehind(Map<String, Object> environmentVariables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        // the packaged configuration, and this test's variables instead of the machine's
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", environmentVariables));
        environment
                .getPropertySources()
                .addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        Binder binder = Binder.get(environment);
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new TomcatWebServerFactoryCustomizer(
                        environment,
                        binder.bindOrCreate("server", ServerProperties.class),
                        binder.bindOrCreate("server.tomcat", TomcatServerProperties.class),
                        binder.bindOrCreate("spring.web", WebProperties.class))
                .customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("echo", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                        response.getWriter().print(request.getRemoteAddr() + " " + request.getScheme());
                    }
                })
                .addMapping("/"));
        server.start();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                    .header("X-Forwarded-For", CLIENT)
                    .header("X-Forwarded-Proto", "https")
                    .GET()
                    .build();
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } finally {
            server.stop();
        }
    }
}
