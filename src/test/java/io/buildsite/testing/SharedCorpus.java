package io.buildsite.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real content beside the project; tests that need it skip themselves where it is absent. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path root() {
        Path corpus = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("content")), "../shared/corpus is not present");
        return corpus;
    }
}
