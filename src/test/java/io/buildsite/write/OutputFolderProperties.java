package io.buildsite.write;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever relative path it is asked to write, the output folder never writes outside itself. */
class OutputFolderProperties {
    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("..", ".", "a", "b.html", "../x", "/abs", "c/", "", "..\\y", "~")
                .list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("/", parts));
    }

    @Property(tries = 300)
    void neverWritesOutsideTheOutput(@ForAll("paths") String relative) throws IOException {
        Path root = Files.createTempDirectory("prop");
        try {
            Path output = root.resolve("out");
            OutputFolder folder = OutputFolder.open(output);
            try {
                folder.write(relative, new byte[] {1});
            } catch (IOException refused) {
                // refusing is fine; writing outside is not
            }
            try (Stream<Path> all = Files.walk(root)) {
                assertThat(all.filter(Files::isRegularFile).map(root::relativize).map(Path::toString))
                        .allMatch(p -> p.startsWith(".out.tmp-") || p.startsWith(".out.lock-"));
            }
            folder.abandon();
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
