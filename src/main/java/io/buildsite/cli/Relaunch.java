package io.buildsite.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A one-off build is short and works through much data once: Java's default settings suit a long-running
 * server instead, spending the build's CPU compiling code for a peak speed a build never reaches and
 * growing the heap to several times what the build keeps. So {@code build} and {@code check}, started
 * as plain {@code java -jar build-site.jar ...}, run in a second JVM with the quick compiler only and the
 * serial collector (on the 1,000-lesson benchmark: a quarter faster, a third of the memory). Given any
 * JVM option of their own, or {@code BUILD_SITE_SAME_JVM=1}, they run as started.
 */
final class Relaunch {
    static final String MARK = "build-site.relaunched";
    static final List<String> BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");

    private Relaunch() {
    }

    /** Whether this run should move to a JVM with batch settings. */
    static boolean wanted(String[] args, List<String> jvmOptions, String sameJvm, String relaunched) {
        return args.length > 0 && BATCH_COMMANDS.contains(args[0]) && jvmOptions.isEmpty()
                && relaunched == null && !"1".equals(sameJvm);
    }

    /** The command line of the second JVM: the same Java, class path and arguments. */
    static List<String> command(String java, String classPath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(BATCH_OPTIONS);
        command.add("-D" + MARK + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the second JVM and returns its exit code; -1 when it could not be started. */
    static int run(String[] args) {
        String java = ProcessHandle.current().info().command().orElse(null);
        String classPath = System.getProperty("java.class.path");
        if (java == null || classPath == null || classPath.isEmpty()) {
            return -1;
        }
        Process child;
        try {
            child = new ProcessBuilder(command(java, classPath, args)).inheritIO().start();
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
