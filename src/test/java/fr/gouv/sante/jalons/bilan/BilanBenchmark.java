package fr.gouv.sante.jalons.bilan;

import fr.gouv.sante.jalons.bilan.domain.BilanAssembler;
import fr.gouv.sante.jalons.bilan.domain.BilanPdf;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: the benchmark {@code scripts/bench-bilan.sh} runs, which prints how long the semester
 * report of the 65 objectives takes to build (data, then PDF), cold and warm, in elapsed time and in
 * CPU time of the thread that builds it (the one that stays comparable on a busy machine). Skipped by
 * {@code ./mvnw verify} (it asserts nothing about time; figures belong in docs/performance.md).
 */
@JalonsTest
@EnabledIfSystemProperty(named = "jalons.benchmark", matches = "true")
class BilanBenchmark {

    static final int RUNS = Integer.getInteger("jalons.benchmark.runs", 5);

    @Autowired
    BilanAssembler assembler;

    @Autowired
    BilanPdf pdf;

    @Test
    void generateTheReferenceBilan() throws Exception {
        List<String> lines = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            Bilan bilan = assembler.assemble("2024-S2", Instant.now());
            long assembled = System.nanoTime();
            long assembledCpu = threads.getCurrentThreadCpuTime();
            byte[] document = pdf.render(bilan);
            long rendered = System.nanoTime();
            long renderedCpu = threads.getCurrentThreadCpuTime();
            double data = (assembled - start) / 1e6;
            double render = (rendered - assembled) / 1e6;
            double renderCpu = (renderedCpu - assembledCpu) / 1e6;
            totals.add(data + render);
            cpus.add((renderedCpu - startCpu) / 1e6);
            bytes = document.length;
            lines.add(String.format(
                    Locale.ROOT,
                    "%-6s %3d objectives  data %7.0f ms  pdf %7.0f ms (cpu %6.0f ms)  total %7.0f ms (cpu %6.0f ms)"
                            + "  %,d bytes",
                    run == 0 ? "cold" : "run " + run,
                    bilan.objectiveCount(),
                    data,
                    render,
                    renderCpu,
                    data + render,
                    cpus.get(run),
                    document.length));
            if (run == 0) {
                Files.createDirectories(Path.of("target", "bench"));
                Files.write(Path.of("target", "bench", "bilan-2024-S2.pdf"), document);
            }
        }
        List<Double> warm = totals.subList(1, totals.size()).stream().sorted().toList();
        List<Double> warmCpu = cpus.subList(1, cpus.size()).stream().sorted().toList();
        lines.add(String.format(
                Locale.ROOT,
                "cold %.0f ms; warm median %.0f ms, min %.0f ms, max %.0f ms (%d runs); %,d bytes",
                totals.get(0),
                warm.get(warm.size() / 2),
                warm.get(0),
                warm.get(warm.size() - 1),
                warm.size(),
                bytes));
        lines.add(String.format(
                Locale.ROOT,
                "cpu: cold %.0f ms; warm median %.0f ms, min %.0f ms",
                cpus.get(0),
                warmCpu.get(warmCpu.size() / 2),
                warmCpu.get(0)));
        Files.write(Path.of("target", "bench", "bilan.txt"), lines);
        lines.forEach(System.out::println);
    }
}
