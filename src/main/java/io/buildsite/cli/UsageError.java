package io.buildsite.cli;

import java.io.PrintWriter;

/**
 * A command line that cannot be run as given (an option's value, a source that is not a site): the
 * reason has been printed, and the run ends with {@link ExitCodes#USAGE}.
 */
final class UsageError extends Exception {
    UsageError() {
        super(null, null, false, false);
    }

    /** Says {@code problem} on {@code err}, as every usage error is said, and gives the error to throw. */
    static UsageError said(String problem, PrintWriter err) {
        err.println("build-site: " + problem);
        err.flush();
        return new UsageError();
    }
}
