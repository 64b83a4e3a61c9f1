package com.researchbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiler decides whether to rebuild by looking for {@code X.class} beside every {@code X.java}; a file
 * whose types are named otherwise has no such class, looks changed forever, and makes every
 * {@code ./mvnw spring-boot:run} recompile all sources. So every source file declares a type of its own name.
 */
class SourceFilesTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

    @Test
    void everySourceFileDeclaresATypeOfItsOwnName() {
        var misnamed = ROOTS.stream().flatMap(SourceFilesTest::javaFiles)
                .filter(file -> !declaresOwnType(file))
                .map(Path::toString)
                .toList();
        assertThat(misnamed).as("source files without a top-level type of their own name").isEmpty();
    }

    private static Stream<Path> javaFiles(Path root) {
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean declaresOwnType(Path file) {
        var name = file.getFileName().toString().replace(".java", "");
        var declaration = Pattern.compile("(?m)^(?:public |abstract |final |sealed |non-sealed |static )*"
                + "(?:class|interface|record|enum|@interface) " + Pattern.quote(name) + "\\b");
        try {
            return declaration.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
