package com.researchbridge.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The two probes a load balancer uses, over real HTTP and without a session: liveness and readiness answer
 * anonymously with a bare status, readiness turns UP once the node's indexes are built, and nothing else of the
 * actuator is open to an anonymous visitor. Same application context as {@code WebSecurityTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demo"})
class HealthProbesTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpointGroups groups;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAnswersAnonymouslyWithABareStatus() throws Exception {
        var response = get("/actuator/health/liveness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readinessTurnsUpOnceTheIndexesAreBuiltAndShowsNoDetails() throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> response = get("/actuator/health/readiness");
        while (response.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            // not ready yet: the balancer sees 503, never a log-in page
            assertThat(response.statusCode()).isEqualTo(503);
            Thread.sleep(250);
            response = get("/actuator/health/readiness");
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readinessWaitsForTheDatabaseAndBothIndexes() {
        var readiness = groups.get("readiness");
        assertThat(readiness).isNotNull();
        for (String member : new String[] {"readinessState", "db", "matchingIndex", "searchIndex"}) {
            assertThat(readiness.isMember(member)).as(member).isTrue();
        }
        assertThat(groups.get("liveness").isMember("matchingIndex")).isFalse();
    }

    @Test
    void nothingElseOfTheActuatorIsOpenToAnAnonymousVisitor() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/db",
                "/actuator/health/matchingIndex", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/metrics", "/actuator/shutdown"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("\"status\"");
        }
        var post = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/shutdown"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isNotEqualTo(200);
    }
}
