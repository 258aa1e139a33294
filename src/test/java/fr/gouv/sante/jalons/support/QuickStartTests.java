package fr.gouv.sante.jalons.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a newcomer sees around {@code ./mvnw spring-boot:test-run}: looking for a Docker engine that is
 * not there logs no error, and stopping the launcher with Ctrl-C (or {@code kill}) is a normal end.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuickStartTests {

    @Test
    void lookingForADockerEngineLogsNoErrorWhenThereIsNone(CapturedOutput output) {
        // true or false depending on the machine; either way the search itself stays quiet
        DatabaseChoice.dockerAvailable();

        assertThat(output.getAll())
                .doesNotContain("Could not find a valid Docker environment")
                .doesNotContain("ERROR")
                .doesNotContain("\tat org.testcontainers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aStopBySignalRunsTheShutdownHooksAndExitsWithZero(String signal, @TempDir Path directory) throws Exception {
        // a source file run by the java launcher, not a compiled class: a second main class on the test
        // class path would leave spring-boot:test-run unable to choose the launcher's
        Path launcher = Files.writeString(directory.resolve("StoppedBySignal.java"), """
                class StoppedBySignal {
                    public static void main(String[] args) throws InterruptedException {
                        fr.gouv.sante.jalons.support.StopOnSignal.install();
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopped gracefully")));
                        System.out.println("ready");
                        Thread.sleep(60_000);
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), launcher.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null && !line.equals("ready")) {
                seen.add(line);
            }
            assertThat(line).as("the launcher's output: %s", seen).isEqualTo("ready");

            kill(signal, process.pid());

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lines.readLine()).isEqualTo("stopped gracefully");
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).isZero();
    }
}
