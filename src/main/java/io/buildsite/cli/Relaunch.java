package io.buildsite.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A one-off build is short and works through much data once: Java's default settings suit a long-running
 * server instead, spending the build's CPU compiling code for a peak speed a build never reaches and
 * growing the heap to several times what the build keeps. So {@code build} and {@code check}, started
 * as plain {@code java -jar build-site.jar ...}, run in a second JVM with the serial collector, which
 * keeps the heap near what the build holds (pages are packed until written, so that is little) and is
 * no slower. For a site of up to {@link #QUICK_COMPILER_UP_TO} bytes of content, it also runs with the
 * quick compiler only, which finishes such a build sooner; a bigger site runs long enough for the
 * optimising compiler to pay off. Given any JVM option of their own, or {@code BUILD_SITE_SAME_JVM=1},
 * they run as started. docs/performance.md has the measurements.
 */
final class Relaunch {
    static final String MARK = "build-site.relaunched";
    /** Tells the second JVM the pid of the JVM that started it, to end when that one ends (see {@link #followLauncher}). */
    static final String WATCH_LAUNCHER = "build-site.watch-launcher";
    /** How the second JVM ends when the first is gone: as a kill would have ended it. */
    private static final int KILLED = 128 + 9;
    static final long QUICK_COMPILER_UP_TO = 128L << 20;
    /**
     * A build's young objects die young: a capped young generation keeps the heap smaller in the same
     * time (docs/performance.md has the figures).
     */
    private static final String YOUNG = "-XX:MaxNewSize=96m";
    /** The first Java whose JVM takes an ahead-of-time cache ({@code -XX:AOTCache}, JEP 483). */
    static final int AOT_CACHE_FROM = 25;
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");

    private Relaunch() {
    }

    /** Whether this run should move to a JVM with batch settings. */
    static boolean wanted(String[] args, Supplier<List<String>> jvmOptions, String sameJvm,
                          String relaunched) {
        // This JVM's options are asked for last: reading them loads the management classes, a while.
        return args.length > 0 && BATCH_COMMANDS.contains(args[0]) && relaunched == null && !"1".equals(sameJvm)
                && jvmOptions.get().isEmpty();
    }

    /** The JVM options for a site with {@code contentBytes} of content. */
    static List<String> options(long contentBytes) {
        return contentBytes <= QUICK_COMPILER_UP_TO ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", YOUNG)
                : List.of("-XX:+UseSerialGC", YOUNG);
    }

    /**
     * The command line of the second JVM: the same Java, class path and arguments. When the class path
     * is a jar with a cache beside it, made by the Maven build from a training build of a generated site,
     * the JVM starts from there instead of loading and linking its classes one by one: on Java 25 and
     * later the ahead-of-time cache {@code build-site.aot} (classes loaded and linked, and the training's
     * method profiles, so the compilers start sooner; JEP 483 and 515), recorded when Maven runs on such a
     * Java; else the class-data archive {@code build-site.jsa} (classes only). A cache that does not fit
     * this Java or this jar is ignored without a word.
     */
    static List<String> command(String java, String classPath, List<String> options, String[] args) {
        return command(java, classPath, options, args, Runtime.version().feature());
    }

    static List<String> command(String java, String classPath, List<String> options, String[] args, int javaFeature) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        Path aotCache = javaFeature >= AOT_CACHE_FROM ? besideJar(classPath, ".aot") : null;
        Path archive = classDataArchive(classPath);
        if (aotCache != null) {
            command.add("-XX:AOTCache=" + aotCache);
            command.add("-Xlog:aot*=off");
            command.add("-Xlog:cds*=off");
        } else if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xlog:cds*=off");
        }
        command.add("-D" + MARK + "=true");
        command.add("-D" + WATCH_LAUNCHER + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** {@code x.jsa} beside the class path's only entry {@code x.jar}, when there is one. */
    static Path classDataArchive(String classPath) {
        return besideJar(classPath, ".jsa");
    }

    /** {@code x + suffix} beside the class path's only entry {@code x.jar}, when there is one. */
    private static Path besideJar(String classPath, String suffix) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        try {
            Path file = Path.of(classPath.substring(0, classPath.length() - 4) + suffix);
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** How many bytes the site's content/ and data/ hold (0 when they cannot be read: the build will say why). */
    static long contentBytes(String[] args) {
        String source = ".";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) {
                source = args[i + 1];
            } else if (args[i].startsWith("--source=")) {
                source = args[i].substring("--source=".length());
            }
        }
        long bytes = 0;
        for (String folder : new String[] {"content", "data"}) {
            Path dir = Path.of(source).resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                bytes += files.map(Path::toFile).filter(File::isFile).mapToLong(File::length).sum();
            } catch (IOException | UncheckedIOException | InvalidPathException e) {
                return bytes;
            }
        }
        return bytes;
    }

    /**
     * The environment changes the second JVM needs. Java names files in the locale's character set
     * ({@code sun.jnu.encoding}): under a locale that is not UTF-8 (LANG=C, or one that is not installed) a
     * Vietnamese slug can be no file name at all, so the second JVM gets a UTF-8 one. Its locale is that of
     * file names and of the messages' bytes only: build-site's text does not depend on it.
     */
    static Map<String, String> environment(String fileNameEncoding) {
        return "UTF-8".equalsIgnoreCase(fileNameEncoding) ? Map.of() : Map.of("LC_ALL", "C.UTF-8");
    }

    /** Runs the second JVM and returns its exit code; -1 when this JVM should do the work itself. */
    static int run(String[] args) {
        String java = ProcessHandle.current().info().command().orElse(null);
        String classPath = System.getProperty("java.class.path");
        if (java == null || classPath == null || classPath.isEmpty()) {
            return -1;
        }
        List<String> options = options(contentBytes(args));
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command(java, classPath, options, args))
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment(System.getProperty("sun.jnu.encoding")));
            child = builder.start();
        } catch (IOException | RuntimeException e) {
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

    /**
     * In the second JVM: ends it at once when the JVM that started it is gone (killed with kill -9, say,
     * which runs no shutdown hook to stop this one), so that a build nobody waits for any more does not
     * go on to replace the output. Every few milliseconds this JVM asks whether its parent is still the
     * launcher (on Linux and macOS a process whose parent dies gets another at once, even while the dead
     * one waits to be reaped) and whether the launcher still runs (Windows keeps the old parent's pid).
     * A read of a pipe from the launcher would tell too, but a thread blocked in a read holds up the JVM's
     * exit by 0.3 s. What the build left beside the output, the next build removes.
     *
     * @param launcherPid the launcher's pid, as it passed it
     */
    static void followLauncher(String launcherPid) {
        long launcher;
        try {
            launcher = Long.parseLong(launcherPid);
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle handle = ProcessHandle.of(launcher).orElse(null);
        Thread watch = new Thread(() -> {
            try {
                while (handle != null && parentPid() == launcher && handle.isAlive()) {
                    Thread.sleep(WATCH_EVERY_MS);
                }
            } catch (InterruptedException stopped) {
                return;
            }
            Runtime.getRuntime().halt(KILLED);
        }, "build-site-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static long parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }

    private static final long WATCH_EVERY_MS = 10;
}
