package io.buildsite.cli;

import io.buildsite.build.SiteLayout;
import io.buildsite.testing.FolderSnapshot;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code build-site init}: a new site that builds as it is, written without replacing a file of the author's. */
class InitCommandTest {
    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("mysite");
    }

    private TestSite.Result init(Path folder, String... options) {
        return TestSite.run(Stream.concat(Stream.of("init", folder.toString()), Stream.of(options)).toArray(String[]::new));
    }

    private static void assertNoProblem(TestSite.Result result) {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEqualTo("0 errors, 0 warnings\n");
    }

    @Test
    void aNewSitePassesTheStrictCheck() {
        init(site());

        assertNoProblem(TestSite.run("check", "--strict", "--quiet", "--source", site().toString()));
    }

    @Test
    void aNewSiteBuildsWithoutAWarningAtTheAddressItsWorkflowGives() {
        init(site());

        assertNoProblem(TestSite.in(site()).build("--strict", "--base-url", "https://example.github.io/mysite/"));
    }

    @Test
    void aNewSiteBuildsWithoutAWarningAsItIs() {
        init(site());

        assertNoProblem(TestSite.in(site()).build());
    }

    @Test
    void itsTranslationsAreCurrent() {
        init(site());

        TestSite.Result translations = TestSite.run("translations", "--source", site().toString());

        assertThat(translations.stdout()).endsWith("0 missing, 0 stale, 0 without translation_of_hash, 3 current\n");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "mine");
        Map<String, String> before = FolderSnapshot.of(dir);

        TestSite.Result result = init(dir);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).isEqualTo("build-site: " + dir + " is not empty: init starts a site in a new or empty "
                + "folder (--force adds the site's files beside yours, and replaces none)\n");
        assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void withForceAnExistingSiteYamlIsKeptByteForByteAndTheRestWritten() throws IOException {
        byte[] mine = "title: Mine\r\n# kept as it is\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("site.yaml"), mine);

        TestSite.Result result = init(dir, "--force");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(dir.resolve("site.yaml")).hasBinaryContent(mine);
        assertThat(result.stdout()).contains("kept    site.yaml (it was there: not replaced)");
        assertThat(dir.resolve("data/quizzes/linux-co-ban.json")).isRegularFile();
    }

    @Test
    void theGitignoreListsTheOutputAndTheCache() throws IOException {
        init(site());

        assertThat(Files.readAllLines(site().resolve(".gitignore")))
                .contains(SiteLayout.OUTPUT_FOLDER + "/", SiteLayout.CACHE_FOLDER + "/");
    }

    @Test
    void theWorkflowIsTheDeployGuidesExamplePinnedToThisRelease() throws IOException {
        init(site());

        String workflow = Files.readString(site().resolve(".github/workflows/pages.yml"));

        String guide = Files.readString(Path.of("docs/deploy.md"));
        String example = guide.substring(guide.indexOf("```yaml\nname: Site\n") + 8, guide.indexOf("```", guide.indexOf("```yaml\nname: Site\n") + 8));
        String release = SiteSkeleton.release(BuildSiteCommand.version());
        assertThat(new Yaml().<Object>load(workflow)).isEqualTo(new Yaml().load(
                example.replaceFirst(SiteSkeleton.ACTION + "@v[0-9.]+", SiteSkeleton.ACTION + "@v" + release)));
        assertThat(workflow).contains(SiteSkeleton.ACTION + "@v" + release + "\n").doesNotContain("SNAPSHOT");
    }

    @Test
    void itSaysWhatItWroteAndWhatToDoNext() {
        TestSite.Result result = init(site());

        assertThat(result.stdout()).startsWith("created site.yaml\ncreated .gitignore\n")
                .contains("cd " + site() + "\n", "build-site serve");
    }

    @Test
    void everyFileOfTheSkeletonFolderIsWritten() throws IOException {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources.resolve("init"))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> resources.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(SiteSkeleton.FILES.stream().map(SiteSkeleton::resource).toList());
        }
    }
}
