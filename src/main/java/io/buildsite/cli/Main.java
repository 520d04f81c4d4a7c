package io.buildsite.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/** The {@code build-site} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Share cards are drawn into images in memory: no display is ever needed or looked for.
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty(Relaunch.WATCH_LAUNCHER) != null) {
            Relaunch.followLauncher(System.getProperty(Relaunch.WATCH_LAUNCHER));
        }
        if (Relaunch.wanted(args, () -> ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getenv("BUILD_SITE_SAME_JVM"), System.getProperty(Relaunch.MARK))) {
            int code = Relaunch.run(args);
            if (code >= 0) {
                System.exit(code);
            }
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line without exiting, so tests can call it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with commands made by {@code commands}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory commands) {
        CommandLine cli = new CommandLine(new BuildSiteCommand(), commands);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageError) {
                return ExitCodes.USAGE;
            }
            String environment = EnvironmentFailure.describe(e);
            if (environment != null) {
                return reportEnvironment(environment, commandLine.getErr());
            }
            commandLine.getErr().println("build-site: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            commandLine.getErr().println("This is a bug in build-site, not in your content: please report it with "
                    + "the lines above.");
            return ExitCodes.INTERNAL_ERROR;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return reportEnvironment(EnvironmentFailure.describe(e), err);
        }
    }

    /** Not a bug and not the content: the machine failed the run (see {@link EnvironmentFailure}). */
    private static int reportEnvironment(String line, PrintWriter err) {
        err.println("build-site: " + line);
        err.flush();
        return ExitCodes.ENVIRONMENT;
    }
}
