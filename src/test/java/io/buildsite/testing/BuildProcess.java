package io.buildsite.testing;

import io.buildsite.cli.Main;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** build-site started as a program of its own, as a shell or CI starts it, from the test class path. */
public final class BuildProcess {
    private BuildProcess() {
    }

    /**
     * {@code java [jvmOptions] -cp <test class path> io.buildsite.cli.Main args}, with an environment that
     * asks for neither a JVM option nor the same JVM unless {@code env} does.
     */
    public static ProcessBuilder of(List<String> jvmOptions, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("BUILD_SITE_SAME_JVM");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        return builder;
    }

    /** A course with {@code lessons} lessons of some text each, enough for a build that takes seconds. */
    public static TestSite manyLessons(TestSite site, int lessons) throws java.io.IOException {
        site.file("site.yaml", "title: T\nbase_url: https://example.org/\n").course("c", "title: C");
        String body = ("<p>" + "Nội dung bài học về git và github. ".repeat(40) + "</p>\n").repeat(8);
        for (int i = 1000; i < 1000 + lessons; i++) {
            site.lesson("c", i + "-l.md", "title: L" + i, body);
        }
        return site;
    }
}
