package io.buildsite.release;

import io.buildsite.testing.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * .ci/release-assets, as the release workflow runs it, on the jar this build packaged: what it lays out
 * for the GitHub release, and the launcher it lays out running that jar on a real Java.
 */
class ReleaseAssetsIT {
    static final Path JAR = Path.of(System.getProperty("build-site.jar", "target/build-site.jar"));
    static final String VERSION = System.getProperty("build-site.version");
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    @Test
    void theReleaseHoldsTheJarTheLaunchersAndTheirChecksums() throws IOException {
        Path dist = layOut(VERSION, dir.resolve("dist")).dist();

        try (Stream<Path> files = Files.list(dist)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("build-site.jar", "build-site", "build-site.cmd", "SHA256SUMS");
        }
        assertThat(dist.resolve("build-site.jar")).hasSameBinaryContentAs(JAR);
        assertThat(dist.resolve("build-site")).hasSameBinaryContentAs(RepositoryFiles.ROOT.resolve("bin/build-site")).isExecutable();
        assertThat(dist.resolve("build-site.cmd")).hasSameBinaryContentAs(RepositoryFiles.ROOT.resolve("bin/build-site.cmd"));
    }

    @Test
    void theChecksumsVerifyAndATamperedFileFails() throws IOException {
        Path dist = layOut(VERSION, dir.resolve("dist")).dist();
        List<String> check = List.of("sha256sum", "--check", "SHA256SUMS");

        Command.Result verified = Command.run(dist, shell(), check);
        Files.writeString(dist.resolve("build-site"), "\n", java.nio.file.StandardOpenOption.APPEND);
        Command.Result tampered = Command.run(dist, shell(), check);

        assertThat(verified.exitCode()).isZero();
        assertThat(verified.stdout().lines()).containsExactly("build-site.jar: OK", "build-site: OK", "build-site.cmd: OK");
        assertThat(tampered.exitCode()).isNotZero();
        assertThat(tampered.stdout()).contains("build-site: FAILED");
    }

    @Test
    void theLaunchersVersionIsTheReleasesWithJavaOnPath() throws IOException {
        Path dist = layOut(VERSION, dir.resolve("dist")).dist();
        Path path = Files.createDirectories(dir.resolve("path"));
        Path java = Files.writeString(path.resolve("java"), "#!/bin/sh\nexec '" + JAVA_HOME.resolve("bin/java") + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Map<String, String> env = Map.of("PATH", path.toString(), "BUILD_SITE_JAVA_HOMES", "");

        Command.Result result = Command.run(dir, env, List.of(dist.resolve("build-site").toString(), "--version"));

        assertThat(result.stdout()).isEqualTo("build-site " + VERSION + "\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theLaunchersVersionIsTheReleasesWithOnlyJavaHome() throws IOException {
        Path dist = layOut(VERSION, dir.resolve("dist")).dist();
        Map<String, String> env = Map.of("JAVA_HOME", JAVA_HOME.toString(), "BUILD_SITE_JAVA_HOMES", "",
                "PATH", Files.createDirectories(dir.resolve("no-java")).toString());

        Command.Result result = Command.run(dir, env, List.of(dist.resolve("build-site").toString(), "--version"));

        assertThat(result.stdout()).isEqualTo("build-site " + VERSION + "\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void aJarOfAnotherVersionIsNotReleased() throws IOException {
        LaidOut result = layOut("9.9.9", dir.resolve("dist"));

        assertThat(result.run().exitCode()).isEqualTo(1);
        assertThat(result.run().stderr()).contains("the jar says 'build-site " + VERSION + "', not 'build-site 9.9.9'");
        assertThat(result.dist()).isEmptyDirectory();
    }

    @Test
    void aFolderThatHoldsFilesIsNotReleasedInto() throws IOException {
        Path dist = Files.createDirectories(dir.resolve("dist"));
        Files.writeString(dist.resolve("old.jar"), "old");

        LaidOut result = layOut(VERSION, dist);

        assertThat(result.run().exitCode()).isEqualTo(2);
        assertThat(result.run().stderr()).contains("is not empty");
        try (Stream<Path> files = Files.list(dist)) {
            assertThat(files).containsExactly(dist.resolve("old.jar"));
        }
    }

    @Test
    void aTagThatIsNotAVersionIsRefused() throws IOException {
        LaidOut result = layOut("v" + VERSION, dir.resolve("dist"));

        assertThat(result.run().exitCode()).isEqualTo(2);
        assertThat(result.run().stderr()).contains("is not a version like 1.2.3");
    }

    record LaidOut(Command.Result run, Path dist) {
    }

    /** sh .ci/release-assets version JAR dist, from the repository's root, as the release workflow runs it. */
    static LaidOut layOut(String version, Path dist) throws IOException {
        Command.Result run = Command.run(RepositoryFiles.ROOT, shell(),
                List.of("sh", ".ci/release-assets", version, JAR.toString(), dist.toString()));
        return new LaidOut(run, dist);
    }

    /** The test's own PATH, and its Java as JAVA_HOME. */
    static Map<String, String> shell() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("JAVA_HOME", JAVA_HOME.toString());
        return env;
    }
}
