package io.buildsite.release;

import io.buildsite.testing.Command;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The launcher and the CI scripts pass shellcheck (which .ci/run installs), the launcher as POSIX sh. */
class ShellScriptsTest {
    @Test
    void theScriptsPassShellcheck() throws IOException {
        assumeTrue(Command.available("shellcheck"), "shellcheck is not installed");

        Command.Result result = Command.run(RepositoryFiles.ROOT, Map.of("PATH", System.getenv("PATH")),
                List.of("shellcheck", "bin/build-site", ".ci/release-assets", ".ci/run"));

        assertThat(result.stdout() + result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theLauncherIsPosixShAndTheCmdLauncherKeepsWindowsLineEnds() {
        assertThat(RepositoryFiles.text(RepositoryFiles.ROOT.resolve("bin/build-site"))).startsWith("#!/bin/sh\n");
        assertThat(RepositoryFiles.text(RepositoryFiles.ROOT.resolve("bin/build-site.cmd")))
                .startsWith("@echo off\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    }
}
