package io.buildsite.release;

import io.buildsite.testing.Command;
import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/build-site chooses a Java 17 or later (25 preferred) and runs the jar beside it with it. Here the
 * Javas are scripts that answer {@code -version} as a JDK does and otherwise say which they are and what
 * they were given; ReleaseAssetsIT runs the script on real Javas and the real jar.
 */
class LauncherScriptTest {
    /** The exit code for "no Java 17 or later, or no build-site.jar", as the script documents it. */
    private static final int NOT_FOUND = 127;

    @TempDir
    Path dir;
    private Path launcher;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void layOut() throws IOException {
        launcher = install(dir.resolve("dist"));
        Files.createFile(dir.resolve("dist/build-site.jar"));
        env.put("PATH", Files.createDirectories(dir.resolve("empty-path")).toString());
        env.put("BUILD_SITE_JAVA_HOMES", "");
    }

    @Test
    void javaHomeOfJava17OrLaterIsUsedAsItIs() throws IOException {
        env.put("JAVA_HOME", fakeJava("jdk-17", "17.0.15").toString());
        onPath("jdk-25", "25");

        assertThat(ranJava()).isEqualTo("ran jdk-17");
    }

    @Test
    void otherwiseTheFirstJava25OnPathOrInTheJavaHomesRuns() throws IOException {
        onPath("jdk-17", "17.0.15");
        fakeJava("jdk-21", "21.0.8");
        fakeJava("jdk-25", "25.0.1");

        assertThat(ranJava("jdk-2*", "absent")).isEqualTo("ran jdk-25");
    }

    @Test
    void withoutAJava25TheFirstJava17OrLaterRuns() throws IOException {
        onPath("jdk-11", "11.0.2");
        fakeJava("jdk-17", "17.0.15");
        fakeJava("jdk-21", "21-ea");

        assertThat(ranJava("jdk-17", "jdk-21")).isEqualTo("ran jdk-17");
    }

    @Test
    void aJavaHomeOlderThan17IsPassedOver() throws IOException {
        env.put("JAVA_HOME", fakeJava("jdk-8", "1.8.0_392").toString());
        onPath("jdk-17", "17.0.15");

        assertThat(ranJava()).isEqualTo("ran jdk-17");
    }

    @Test
    void theArgumentsReachTheJarAsGivenAndJavasExitCodeIsTheLaunchers() throws IOException {
        env.put("JAVA_HOME", fakeJava("jdk-25", "25").toString());

        Command.Result result = run("build", "--base-url", "https://example.org/a b/", "");

        assertThat(result.stdout().lines()).containsExactly("ran jdk-25", "-jar", dir.resolve("dist/build-site.jar").toString(),
                "build", "--base-url", "https://example.org/a b/", "");
        assertThat(result.exitCode()).isEqualTo(7);
    }

    @Test
    void theJarInLibBesideTheScriptsFolderIsFound() throws IOException {
        Path script = install(dir.resolve("opt/bin"));
        Files.createDirectories(dir.resolve("opt/lib"));
        Files.createFile(dir.resolve("opt/lib/build-site.jar"));
        env.put("JAVA_HOME", fakeJava("jdk-25", "25").toString());

        assertThat(run(script).stdout()).contains(dir.resolve("opt/bin/../lib/build-site.jar").toString());
    }

    @Test
    void aLinkToTheScriptRunsTheJarBesideTheScriptItself() throws IOException {
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("usr-bin")).resolve("build-site"), launcher);
        env.put("JAVA_HOME", fakeJava("jdk-25", "25").toString());
        env.put("PATH", "/usr/bin:/bin");

        assertThat(run(link).stdout()).contains(dir.resolve("dist/build-site.jar").toString());
    }

    @Test
    void withOnlyOlderJavasItSaysSoOnOneLineAndEndsWithItsOwnCode() throws IOException {
        Path java11 = fakeJava("jdk-11", "11.0.2");
        env.put("JAVA_HOME", java11.toString());
        env.put("PATH", java11.resolve("bin").toString());

        Command.Result result = run("build");

        assertThat(result.exitCode()).isEqualTo(NOT_FOUND);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderrLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("build-site: needs Java 17 or later")
                .contains("the newest found is Java 11 (" + java11.resolve("bin/java") + ")", "https://adoptium.net/"));
    }

    @Test
    void withNoJavaAtAllItSaysWhereItLooked() throws IOException {
        Command.Result result = run("build");

        assertThat(result.exitCode()).isEqualTo(NOT_FOUND);
        assertThat(result.stderrLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("none found in JAVA_HOME, on PATH or in BUILD_SITE_JAVA_HOMES"));
    }

    @Test
    void withoutTheJarItSaysWhereItLooked() throws IOException {
        Files.delete(dir.resolve("dist/build-site.jar"));
        env.put("JAVA_HOME", fakeJava("jdk-25", "25").toString());

        Command.Result result = run("build");

        assertThat(result.exitCode()).isEqualTo(NOT_FOUND);
        assertThat(result.stderrLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("build-site: build-site.jar is neither beside this script nor in ../lib/"));
    }

    /** Copies bin/build-site into {@code folder}, as a release or an install lays it out. */
    static Path install(Path folder) throws IOException {
        Path script = Files.createDirectories(folder).resolve("build-site");
        Files.copy(ProjectSite.root().resolve("bin/build-site"), script, StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    /** A Java home {@code jdks/name} whose bin/java says it is {@code version}. */
    private Path fakeJava(String name, String version) throws IOException {
        Path home = dir.resolve("jdks").resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = -version ]; then
                    echo 'openjdk version "%s" 2025-09-16' >&2
                    exit 0
                fi
                echo "ran %s"
                for argument in "$@"; do echo "$argument"; done
                exit 7
                """.formatted(version, name));
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return home;
    }

    private void onPath(String name, String version) throws IOException {
        env.put("PATH", fakeJava(name, version).resolve("bin").toString());
    }

    /** Which fake Java the launcher ran, with {@code homes} (under jdks/) as BUILD_SITE_JAVA_HOMES. */
    private String ranJava(String... homes) throws IOException {
        List<String> folders = Stream.of(homes).map(home -> dir.resolve("jdks").resolve(home).toString()).toList();
        env.put("BUILD_SITE_JAVA_HOMES", String.join(":", folders));
        return run().stdout().lines().findFirst().orElse("");
    }

    private Command.Result run(String... args) throws IOException {
        return run(launcher, args);
    }

    private Command.Result run(Path script, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return Command.run(dir, env, command);
    }
}
