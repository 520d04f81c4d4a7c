package io.buildsite.release;

import io.buildsite.testing.Command;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.buildsite.release.RepositoryFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action's own steps (action.yml's bash scripts), run as the runner runs them, with the environment
 * their env: gives them: the download from a release laid out by .ci/release-assets (as a file: address),
 * the check with its annotations, the build. The steps of other actions it uses are theirs to test.
 */
class ActionStepsIT {
    private static final String REPOSITORY = "owner/site-tool";

    @TempDir
    Path dir;
    private Path workspace;
    private final Map<String, String> outputs = new HashMap<>();

    @BeforeEach
    void workspace() throws IOException {
        workspace = Files.createDirectories(dir.resolve("workspace"));
    }

    @Test
    void theReleaseTheActionIsPinnedToIsDownloadedAndChecked() throws IOException {
        Path releases = publish("download/v" + ReleaseAssetsIT.VERSION);

        Command.Result download = download(releases, "", "v" + ReleaseAssetsIT.VERSION);

        assertThat(download.exitCode()).as(download.stderr()).isZero();
        assertThat(download.stdout()).contains("build-site.jar: OK", "build-site " + ReleaseAssetsIT.VERSION);
        assertThat(dir.resolve("runner-temp/build-site/build-site.jar")).hasSameBinaryContentAs(ReleaseAssetsIT.JAR);
    }

    @Test
    void unpinnedTheLatestReleaseIsDownloaded() throws IOException {
        Path releases = publish("latest/download");

        Command.Result download = download(releases, "", "main");

        assertThat(download.exitCode()).as(download.stderr()).isZero();
        assertThat(download.stdout()).contains("build-site " + ReleaseAssetsIT.VERSION);
    }

    @Test
    void aJarThatDoesNotMatchItsChecksumIsNotRun() throws IOException {
        Path releases = publish("download/v" + ReleaseAssetsIT.VERSION);
        Files.write(releases.resolve("download/v" + ReleaseAssetsIT.VERSION + "/build-site.jar"), new byte[] {0},
                StandardOpenOption.APPEND);

        Command.Result download = download(releases, ReleaseAssetsIT.VERSION, "");

        assertThat(download.exitCode()).isNotZero();
        assertThat(download.stdout()).contains("build-site.jar: FAILED").doesNotContain("build-site " + ReleaseAssetsIT.VERSION);
    }

    @Test
    void theCheckAnnotatesTheFilesOfASiteInAFolderByTheirPathInTheRepository() throws IOException {
        TestSite.in(workspace.resolve("site")).file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .course("c", "title: C\nsections:\n  - title: S\n    lessons:\n      - slug: missing");
        paths("./site/");

        Command.Result strict = check("site", "true");
        Command.Result lenient = check("site", "false");

        assertThat(strict.stdout()).contains("::warning file=site/content/series/cat/c/index.md,line=6,col=1::lesson 'missing'");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(lenient.exitCode()).isZero();
    }

    @Test
    void theSiteIsBuiltIntoTheOutputTheActionNames() throws IOException {
        TestSite.in(workspace).file("site.yaml", "title: T\nbase_url: https://example.org/\n").course("c", "title: C");
        paths(".");

        Command.Result build = step("build", Map.of("JAR", ReleaseAssetsIT.JAR.toString(), "SOURCE", ".", "BASE_URL",
                "https://example.org/course/", "STRICT", "true", "OUTPUT", outputs.get("output")));

        assertThat(build.exitCode()).as(build.stderr()).isZero();
        assertThat(Path.of(outputs.get("output"))).isEqualTo(dir.resolve("runner-temp/build-site-output"));
        assertThat(Path.of(outputs.get("output")).resolve("index.html")).content().contains("https://example.org/course/");
        assertThat(outputs).containsEntry("annotation-prefix", "");
    }

    /** A release as .ci/release-assets lays it out, at {@code <releases>/<where>} under the repository's address. */
    private Path publish(String where) throws IOException {
        Path releases = dir.resolve("server").resolve(REPOSITORY).resolve("releases");
        assertThat(ReleaseAssetsIT.layOut(ReleaseAssetsIT.VERSION, releases.resolve(where)).run().exitCode()).isZero();
        return releases;
    }

    private Command.Result download(Path releases, String version, String actionRef) throws IOException {
        paths(".");
        assertThat(releases).isDirectory();
        return step("download", Map.of("VERSION", version, "SERVER_URL", dir.resolve("server").toUri().toString(),
                "ACTION_REPOSITORY", REPOSITORY, "ACTION_REF", actionRef, "JAR", outputs.get("jar")));
    }

    private Command.Result check(String source, String strict) throws IOException {
        return step("check", Map.of("JAR", ReleaseAssetsIT.JAR.toString(), "SOURCE", source, "BASE_URL", "",
                "STRICT", strict, "PREFIX", outputs.get("annotation-prefix")));
    }

    /** The paths step, whose outputs the other steps take. */
    private void paths(String source) throws IOException {
        Path written = dir.resolve("github-output");
        Files.deleteIfExists(written);
        assertThat(step("paths", Map.of("SOURCE", source, "OUTPUT", "", "JAR", ""), written).exitCode()).isZero();
        Files.readAllLines(written).forEach(line -> outputs.put(line.substring(0, line.indexOf('=')),
                line.substring(line.indexOf('=') + 1)));
    }

    private Command.Result step(String id, Map<String, String> env) throws IOException {
        return step(id, env, dir.resolve("github-output-" + id));
    }

    /** Runs the step {@code id} as the runner does (bash -eo pipefail), with exactly the env it declares. */
    private Command.Result step(String id, Map<String, String> env, Path githubOutput) throws IOException {
        Map<String, Object> step = RepositoryFiles.actionSteps().stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow();
        assertThat(env).as("the env of step %s", id).containsOnlyKeys(map(step.get("env")).keySet());
        Path script = Files.writeString(dir.resolve(id + ".sh"), (String) step.get("run"));
        Map<String, String> all = new HashMap<>(env);
        all.put("PATH", System.getenv("PATH"));
        all.put("HOME", dir.toString());
        all.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner-temp")).toString());
        all.put("GITHUB_OUTPUT", githubOutput.toString());
        return Command.run(workspace, all, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
    }
}
