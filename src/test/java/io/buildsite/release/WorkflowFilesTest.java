package io.buildsite.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.buildsite.release.RepositoryFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The workflows, the action and the JBang catalog do what docs/deploy.md says, with the actions it lists. */
class WorkflowFilesTest {
    private static final Pattern USES = Pattern.compile("([\\w.-]+/[\\w.-]+)@v(\\d+)(\\.\\d+)*");
    private static final String DEFAULT_BRANCH_ONLY =
            "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";

    @Test
    void everyActionUsedIsAtTheMajorTheDeployGuideLists() {
        Map<String, Integer> majors = RepositoryFiles.documentedMajors();
        List<String> uses = new ArrayList<>();
        RepositoryFiles.workflows().forEach(file -> uses.addAll(uses(RepositoryFiles.steps(RepositoryFiles.yaml(file)))));
        uses.addAll(uses(RepositoryFiles.actionSteps()));
        uses.addAll(uses(RepositoryFiles.steps(RepositoryFiles.yaml(RepositoryFiles.exampleWorkflow()))));

        assertThat(majors).containsKeys("actions/checkout", "actions/setup-java", "actions/cache",
                "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages");
        assertThat(uses).isNotEmpty().allSatisfy(use -> {
            Matcher pinned = USES.matcher(use);
            assertThat(pinned.matches()).as("%s names owner/name@vN", use).isTrue();
            assertThat(majors).as("the deploy guide's table").containsKey(pinned.group(1));
            assertThat(Integer.parseInt(pinned.group(2))).as(use).isEqualTo(majors.get(pinned.group(1)));
        });
    }

    @Test
    void noWorkflowGrantsWritingToAllItsJobs() {
        assertThat(RepositoryFiles.workflows()).hasSize(3).allSatisfy(file ->
                assertThat(String.valueOf(RepositoryFiles.yaml(file).get("permissions"))).as(file.toString()).doesNotContain("write"));
    }

    @Test
    void thePagesWorkflowChecksPullRequestsAndDeploysOnlyFromTheDefaultBranch() {
        Map<String, Object> pages = RepositoryFiles.yaml(RepositoryFiles.workflow("pages.yml"));
        Map<String, Object> jobs = map(pages.get("jobs"));
        Map<String, Object> deploy = map(jobs.get("deploy"));

        assertThat(map(pages.get("on"))).containsKeys("push", "pull_request", "workflow_dispatch");
        assertThat(map(map(pages.get("on")).get("push"))).containsEntry("branches", List.of("main"));
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat((String) deploy.get("if")).isEqualTo("github.event_name != 'pull_request' && " + DEFAULT_BRANCH_ONLY);
        assertThat(map(deploy.get("permissions"))).containsEntry("pages", "write").containsEntry("id-token", "write");
        assertThat(String.valueOf(map(jobs.get("build")).get("permissions"))).doesNotContain("write");
    }

    @Test
    void thePagesWorkflowRunsThisCheckoutsActionOnAJarBuiltInTheJobOnJava25() {
        List<Map<String, Object>> steps = RepositoryFiles.steps(RepositoryFiles.yaml(RepositoryFiles.workflow("pages.yml")));
        int build = indexOf(steps, step -> String.valueOf(step.get("run")).startsWith("mvn -B -DskipTests package"));
        int action = indexOf(steps, step -> "./".equals(step.get("uses")));

        assertThat(build).isNotNegative().isLessThan(action);
        assertThat(map(steps.get(action).get("with"))).containsEntry("jar", "target/build-site.jar")
                .containsEntry("java-version", "25").containsEntry("base-url", "${{ steps.pages.outputs.base_url }}/");
        assertThat(steps).anySatisfy(step -> assertThat(map(step.get("with"))).containsEntry("java-version", "25"));
    }

    @Test
    void ciRunsTheWholeTestSuiteOnPullRequestsAndPushesToMainOnDebian() {
        Map<String, Object> ci = RepositoryFiles.yaml(RepositoryFiles.workflow("ci.yml"));
        Map<String, Object> job = map(map(ci.get("jobs")).get("test"));

        assertThat(map(ci.get("on"))).containsOnlyKeys("push", "pull_request");
        assertThat(map(map(ci.get("on")).get("push"))).containsEntry("branches", List.of("main"));
        assertThat(map(job.get("container")).get("image")).asString().startsWith("debian:");
        assertThat(RepositoryFiles.steps(ci)).extracting(step -> step.get("run")).contains("bash .ci/run");
    }

    @Test
    void aVersionTagIsTestedLaidOutByTheReleaseScriptAndPublished() {
        Map<String, Object> release = RepositoryFiles.yaml(RepositoryFiles.workflow("release.yml"));
        List<Map<String, Object>> steps = RepositoryFiles.steps(release);
        int test = indexOf(steps, step -> "bash .ci/run -Drevision=\"${GITHUB_REF_NAME#v}\"".equals(step.get("run")));
        int layOut = indexOf(steps, step ->
                "sh .ci/release-assets \"${GITHUB_REF_NAME#v}\" target/build-site.jar dist".equals(step.get("run")));
        int publish = indexOf(steps, step -> String.valueOf(step.get("uses")).startsWith("softprops/action-gh-release@"));

        assertThat(map(release.get("on"))).containsOnlyKeys("push");
        assertThat(map(map(release.get("on")).get("push"))).containsOnlyKeys("tags").containsEntry("tags", List.of("v*"));
        assertThat(test).isNotNegative().isLessThan(layOut);
        assertThat(layOut).isLessThan(publish);
        assertThat(map(steps.get(publish).get("with"))).containsEntry("files", "dist/*").containsEntry("fail_on_unmatched_files", true);
        assertThat(steps).anySatisfy(step -> assertThat(map(step.get("with"))).containsEntry("java-version", "25"));
        assertThat(map(map(map(release.get("jobs")).get("release")).get("permissions"))).containsEntry("contents", "write");
    }

    @Test
    void theActionsInputsHaveTheDocumentedDefaultsAndItNamesItsOutput() {
        Map<String, Object> action = RepositoryFiles.yaml(RepositoryFiles.ACTION);
        Map<String, Object> inputs = map(action.get("inputs"));

        assertThat(inputs).containsOnlyKeys("version", "source", "base-url", "strict", "output", "jar", "java-version",
                "upload-pages");
        assertThat(defaults(inputs)).containsEntry("version", "").containsEntry("source", ".").containsEntry("base-url", "")
                .containsEntry("strict", "true").containsEntry("jar", "").containsEntry("java-version", "25")
                .containsEntry("upload-pages", "true");
        assertThat(map(map(action.get("outputs")).get("output"))).containsEntry("value", "${{ steps.paths.outputs.output }}");
        assertThat(map(action.get("runs"))).containsEntry("using", "composite");
        assertThat(RepositoryFiles.text(RepositoryFiles.DEPLOY_GUIDE))
                .contains(inputs.keySet().stream().map(name -> "| `" + name + "` |").toList());
    }

    @Test
    void theActionUploadsForPagesOnlyOnTheDefaultBranchAndNeverForAPullRequest() {
        Map<String, Object> upload = RepositoryFiles.actionSteps().stream()
                .filter(step -> String.valueOf(step.get("uses")).startsWith("actions/upload-pages-artifact@")).findFirst().orElseThrow();

        assertThat(((String) upload.get("if")).replaceAll("\\s+", " ").strip()).isEqualTo("inputs.upload-pages == 'true'"
                + " && !startsWith(github.event_name, 'pull_request') && " + DEFAULT_BRANCH_ONLY);
    }

    @Test
    void theActionKeepsTheBuildCacheOfTheSiteBetweenRuns() {
        Map<String, Object> cache = RepositoryFiles.actionSteps().stream()
                .filter(step -> String.valueOf(step.get("uses")).startsWith("actions/cache@")).findFirst().orElseThrow();

        assertThat(map(cache.get("with"))).containsEntry("path", "${{ inputs.source }}/.build-site-cache")
                .containsKeys("key", "restore-keys");
    }

    @Test
    void theDeployGuidesExampleBuildsOnPullRequestsAndDeploysOnPushes() {
        Map<String, Object> example = RepositoryFiles.yaml(RepositoryFiles.exampleWorkflow());
        Map<String, Object> jobs = map(example.get("jobs"));

        assertThat(map(example.get("on"))).containsKeys("push", "pull_request");
        assertThat(map(jobs.get("deploy"))).containsEntry("if", "github.event_name == 'push'").containsEntry("needs", "build");
        assertThat(RepositoryFiles.steps(example)).extracting(step -> String.valueOf(step.get("uses")))
                .anyMatch(uses -> uses.matches("build-site/build-site@v\\d+\\.\\d+\\.\\d+"));
    }

    @Test
    void jbangRunsTheLatestReleasedJarOnJava17OrLater() throws IOException {
        JsonNode alias = new ObjectMapper().readTree(RepositoryFiles.ROOT.resolve("jbang-catalog.json").toFile())
                .path("aliases").path("build-site");

        assertThat(alias.path("script-ref").asText())
                .matches("https://github\\.com/[\\w.-]+/[\\w.-]+/releases/latest/download/build-site\\.jar");
        assertThat(alias.path("java").asText()).isEqualTo("17+");
    }

    private static List<String> uses(List<Map<String, Object>> steps) {
        return steps.stream().map(step -> (String) step.get("uses"))
                .filter(uses -> uses != null && !uses.startsWith("./")).toList();
    }

    private static Map<String, Object> defaults(Map<String, Object> inputs) {
        Map<String, Object> defaults = new java.util.TreeMap<>();
        inputs.forEach((name, input) -> defaults.put(name, map(input).get("default")));
        return defaults;
    }

    private static int indexOf(List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> which) {
        for (int i = 0; i < steps.size(); i++) {
            if (which.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
