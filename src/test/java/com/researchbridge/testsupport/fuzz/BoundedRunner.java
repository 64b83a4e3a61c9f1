package com.researchbridge.testsupport.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs one fuzz input through a parser on a worker thread with a time bound, so that a catastrophic regular
 * expression or a quadratic loop fails the property instead of hanging the build, and keeps the figures we
 * quote: how many inputs ran and the longest single one.
 */
public final class BoundedRunner {

    private final String parser;
    private final Duration bound;
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong longestNanos = new AtomicLong();
    private volatile int longestInputLength;
    private ExecutorService worker = newWorker();

    public BoundedRunner(String parser, Duration bound) {
        this.parser = parser;
        this.bound = bound;
    }

    /**
     * The parser's result; rethrows what the parser threw (the property decides which rejections are allowed) and
     * fails with the input's size when the bound is passed.
     */
    public <T> T run(int inputLength, Supplier<T> parse) {
        return run(inputLength, null, parse);
    }

    /** As {@link #run(int, Supplier)}; {@code sample} (the input, or its start) is quoted when the bound is passed. */
    public <T> T run(int inputLength, String sample, Supplier<T> parse) {
        Future<T> future = worker.submit(parse::get);
        long start = System.nanoTime();
        try {
            T result = future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            record(System.nanoTime() - start, inputLength);
            return result;
        } catch (TimeoutException hang) {
            future.cancel(true);
            // The stuck thread cannot be stopped; it is a daemon, abandoned with its executor.
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError(parser + " took longer than " + bound.toMillis() + " ms on an input of "
                    + inputLength + " characters/bytes" + (sample == null ? "" : ", starting " + quoted(sample)));
        } catch (ExecutionException e) {
            record(System.nanoTime() - start, inputLength);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Runs the parser once outside the figures: the first call loads and initialises its classes (Jackson,
     * jbibtex, Lucene), which on a busy machine alone can take most of a second.
     */
    public void warmUp(Runnable parse) {
        try {
            parse.run();
        } catch (RuntimeException ignored) {
            // only the class loading matters here
        }
    }

    private static String quoted(String sample) {
        var s = new StringBuilder("\"");
        sample.codePoints().limit(300).forEach(c -> s.append(c >= 0x20 && c < 0x7F && c != '\\' && c != '"'
                ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return s.append(sample.length() > 300 ? "\"…" : "\"").toString();
    }

    private void record(long nanos, int inputLength) {
        inputs.incrementAndGet();
        if (nanos > longestNanos.get()) {
            longestNanos.set(nanos);
            longestInputLength = inputLength;
        }
    }

    public long inputs() {
        return inputs.get();
    }

    /** Prints the figures to standard output, one line, and stops the worker. */
    public void report() {
        System.out.printf("FUZZ %-22s inputs: %,6d   longest single input: %,7.1f ms (input of %,d chars/bytes)%n",
                parser, inputs.get(), longestNanos.get() / 1e6, longestInputLength);
        worker.shutdownNow();
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, "fuzz-" + parser);
            thread.setDaemon(true);
            return thread;
        });
    }
}
