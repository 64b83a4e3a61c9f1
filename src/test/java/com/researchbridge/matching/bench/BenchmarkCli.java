package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.MatchingWeights;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark commands of the matcher, each printing its figures (run by {@link BenchmarkMain}):
 * <pre>
 *   bench-expertise ../shared/bench/expertise-goldstandard
 *   bench-speed 10000,100000 [EXHAUSTIVE_BUDGET_SECONDS]
 *   bench-ntrex ../shared/bench/crosslingual/ntrex_4way.tsv
 *   bench-crosslingual src/test/resources/matching/crosslingual-dev
 *   bench-search 100000 [DATABASE_DIRECTORY]
 *   bench-pivots src/test/resources/matching/crosslingual-dev [MORE_DATA_DIRECTORIES...]
 *   bench-pivot-weights src/test/resources/matching/crosslingual-dev [WEIGHT,WEIGHT...]
 * </pre>
 */
public final class BenchmarkCli {

    public static final List<String> COMMANDS = List.of("bench-expertise", "bench-speed", "bench-ntrex", "bench-crosslingual",
            "bench-search", "bench-pivots", "bench-pivot-weights");

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String[], ConfigurableApplicationContext> application;

    public BenchmarkCli(PrintStream out, PrintStream err) {
        this(out, err, null);
    }

    /** {@code application} starts the site with extra arguments (for {@code bench-search}). */
    public BenchmarkCli(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> application) {
        this.out = out;
        this.err = err;
        this.application = application;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public int run(String[] args) {
        if (args[0].equals("bench-speed")) {
            return speed(args.length > 1 ? args[1] : "10000,100000", args.length > 2 ? args[2] : "900");
        }
        if (args[0].equals("bench-search")) {
            try {
                Path dir = args.length > 2 ? Path.of(args[2])
                        : Path.of(System.getProperty("java.io.tmpdir"), "researchbridge-bench-search");
                new SearchBenchmark(out, application).run(Integer.parseInt(args.length > 1 ? args[1] : "100000"), dir);
                return 0;
            } catch (Exception e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
        }
        if (args[0].equals("bench-ntrex") && args.length > 1 && Files.isRegularFile(Path.of(args[1]))) {
            try {
                new ParallelNewsBenchmark(out).run(Path.of(args[1]));
                return 0;
            } catch (Exception e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
        }
        if (args.length < 2 || !Files.isDirectory(Path.of(args[1]))) {
            err.println("usage: " + args[0] + " DATA_DIRECTORY");
            return 2;
        }
        try {
            return switch (args[0]) {
                case "bench-expertise" -> expertise(Path.of(args[1]));
                case "bench-pivots" -> {
                    new PivotAblationBenchmark(out).run(java.util.Arrays.stream(args, 1, args.length).map(Path::of).toList());
                    yield 0;
                }
                case "bench-pivot-weights" -> {
                    new PivotAblationBenchmark(out).weights(Path.of(args[1]), java.util.Arrays.stream(
                            (args.length > 2 ? args[2] : "0,0.1,0.2,0.3,0.5,0.8").split(","))
                            .map(String::strip).map(Double::parseDouble).toList());
                    yield 0;
                }
                case "bench-crosslingual" -> {
                    new CrossLanguageBenchmark(out).run(Path.of(args[1]));
                    yield 0;
                }
                default -> 2;
            };
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int speed(String sizes, String budget) {
        try {
            var list = java.util.Arrays.stream(sizes.split(",")).map(String::strip).map(Integer::parseInt).toList();
            if (list.stream().anyMatch(n -> n < 20) || Double.parseDouble(budget) <= 0) {
                throw new NumberFormatException();
            }
            new SpeedBenchmark(out, Double.parseDouble(budget)).run(list);
            return 0;
        } catch (NumberFormatException e) {
            err.println("usage: bench-speed SIZE[,SIZE...] [EXHAUSTIVE_BUDGET_SECONDS]  (sizes of at least 20)");
            return 2;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int expertise(Path dir) throws Exception {
        out.println("Expertise gold standard (title + abstract), weights " + MatchingWeights.DEFAULT);
        var benchmark = new ExpertiseBenchmark(dir, out);
        var result = benchmark.run(MatchingWeights.DEFAULT);
        out.println();
        out.println("| method | loss | easy | hard |");
        out.println("|---|---|---|---|");
        benchmark.publishedBaselines().forEach((algorithm, r) -> out.printf(Locale.ROOT,
                "| %s (published predictions, our metric code) | %.3f | %.3f | %.3f |%n", algorithm, r.loss(), r.easy(), r.hard()));
        out.printf(Locale.ROOT, "| ResearchBridge matcher | %.3f | %.3f | %.3f |%n", result.loss(), result.easy(), result.hard());
        return 0;
    }
}
