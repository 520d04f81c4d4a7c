package io.buildsite.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** The {@code build-site} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line without exiting, so tests can call it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BuildSiteCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("build-site: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            commandLine.getErr().println("This is a bug in build-site, not in your content: please report it with "
                    + "the lines above.");
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli.execute(args);
    }
}
