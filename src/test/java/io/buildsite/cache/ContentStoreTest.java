package io.buildsite.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ContentStoreTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private ContentStore store(long maxBytes) {
        return new ContentStore(dir.resolve("store"), maxBytes, warnings::add);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
            return files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    @Test
    void storedBytesComeBackUnderTheirKeyInTheNextRun() {
        String key = ContentStore.key("tool 1", "body");
        store(1 << 20).put(key, bytes("rendered"));

        assertThat(store(1 << 20).get(key)).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("rendered")));
        assertThat(store(1 << 20).readOnly().get(key)).isPresent();
        assertThat(store(1 << 20).get(ContentStore.key("tool 2", "body"))).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void keysDifferWheneverTheirPartsDoEvenJoinedAlike() {
        assertThat(ContentStore.key("ab", "c")).isNotEqualTo(ContentStore.key("a", "bc"));
        assertThat(ContentStore.key("a", bytes("b"))).isNotEqualTo(ContentStore.key("a", "b"));
        assertThat(ContentStore.key("a", "b")).isEqualTo(ContentStore.key("a", "b")).hasSize(64);
    }

    @Test
    void anEntryCutShortIsIgnoredWithOneWarningAndRemoved() throws IOException {
        String key = ContentStore.key("k");
        ContentStore store = store(1 << 20);
        store.put(key, bytes("a value long enough to cut"));
        Path entry = onlyEntry();
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 5));

        assertThat(store.get(key)).isEmpty();
        assertThat(store.get(key)).isEmpty();
        assertThat(warnings).hasSize(1).allMatch(w -> w.contains("damaged") && w.contains("ignored"));
        assertThat(entry).doesNotExist();
    }

    @Test
    void anAlteredEntryIsIgnored() throws IOException {
        String key = ContentStore.key("k");
        ContentStore store = store(1 << 20);
        store.put(key, bytes("<p>one</p>"));
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 3] ^= 1;
        Files.write(entry, bytes);

        assertThat(store.get(key)).isEmpty();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aFileThatIsNotAnEntryIsIgnored() throws IOException {
        String key = ContentStore.key("k");
        ContentStore store = store(1 << 20);
        store.put(key, bytes("x"));
        Files.writeString(onlyEntry(), "something else entirely, of about the same size as an entry would be.....");

        assertThat(store.get(key)).isEmpty();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aStoreThatCannotBeWrittenStopsStoringWithOneWarning() throws IOException {
        Files.writeString(dir.resolve("store"), "a file where the folder should be");
        ContentStore store = store(1 << 20);

        store.put(ContentStore.key("a"), bytes("1"));
        store.put(ContentStore.key("b"), bytes("2"));

        assertThat(store.get(ContentStore.key("a"))).isEmpty();
        assertThat(warnings).hasSize(1).allMatch(w -> w.contains("cannot be written") && w.contains("without it"));
        assertThat(dir.resolve("store")).hasContent("a file where the folder should be");
    }

    @Test
    void aReadOnlyStoreNeitherWritesNorRemovesAnything() throws IOException {
        String key = ContentStore.key("k");
        store(1 << 20).put(key, bytes("x"));
        Path entry = onlyEntry();
        Files.writeString(entry, "damaged");
        ContentStore reader = store(1 << 20).readOnly();

        reader.put(ContentStore.key("other"), bytes("y"));

        assertThat(reader.get(key)).isEmpty();
        assertThat(entry).hasContent("damaged");
        assertThat(reader.get(ContentStore.key("other"))).isEmpty();
    }

    @Test
    void pruningDropsTheEntriesUsedLongestAgoBeyondTheLimit() throws IOException {
        ContentStore store = store(3 * 1000);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = ContentStore.key("entry " + i);
            keys.add(key);
            store.put(key, new byte[900]);
        }
        // Entry 0 was used last; 1 and 2 longest ago.
        long now = System.currentTimeMillis();
        try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                int i = keys.indexOf(file.getParent().getFileName() + file.getFileName().toString());
                Files.setLastModifiedTime(file, FileTime.fromMillis(now - (i == 0 ? 0 : (10 - i) * 60_000L)));
            }
        }

        ContentStore.Size left = store.prune();

        assertThat(left.entries()).isEqualTo(3);
        assertThat(left.bytes()).isLessThanOrEqualTo(3 * 1000);
        store.touch(keys.get(0));
        assertThat(store.get(keys.get(0))).isPresent();
        assertThat(store.get(keys.get(1))).isEmpty();
        assertThat(store.get(keys.get(2))).isEmpty();
        assertThat(store.size()).isEqualTo(left);
    }
}
