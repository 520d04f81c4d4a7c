package io.buildsite.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ToolFingerprintTest {
    @TempDir
    Path dir;

    private Path jar(String name, String template, long time) throws IOException {
        Path jar = dir.resolve(name);
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry("templates/page.html");
            entry.setTime(time);
            zip.putNextEntry(entry);
            zip.write(template.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(time));
        return jar;
    }

    @Test
    void theSameJarBuiltAgainLaterIsTheSameTool() throws IOException {
        String first = ToolFingerprint.of(jar("a/build-site.jar", "<main>", 1_000_000).toString());

        Files.delete(dir.resolve("a/build-site.jar"));
        String again = ToolFingerprint.of(jar("a/build-site.jar", "<main>", 9_000_000).toString());

        assertThat(again).isEqualTo(first);
    }

    @Test
    void aJarWithAnyFileChangedIsAnotherTool() throws IOException {
        String before = ToolFingerprint.of(jar("a/build-site.jar", "<main>", 1_000_000).toString());
        String after = ToolFingerprint.of(jar("a/build-site.jar", "<main class=x>", 1_000_000).toString());

        assertThat(after).isNotEqualTo(before);
    }
}
