package io.buildsite.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** The {@code build-site} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Relaunch.wanted(args, java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
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
        CommandLine cli = new CommandLine(new BuildSiteCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageError) {
                return ExitCodes.USAGE;
            }
            if (causedByOutOfMemory(e)) {
                return reportOutOfMemory(commandLine.getErr());
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
            return reportOutOfMemory(err);
        }
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Not a bug and not the content: the site needs more memory than Java was given. */
    private static int reportOutOfMemory(PrintWriter err) {
        err.println("build-site: out of memory: this site needs more than the " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB Java was given; run it with more, e.g. java -Xmx4g -jar build-site.jar ... "
                + "(the previous output is untouched)");
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
