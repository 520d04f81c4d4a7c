package io.buildsite.cli;

/** What a run of build-site tells the shell. */
public final class ExitCodes {
    /** The site was built (warnings allowed unless --strict). */
    public static final int OK = 0;
    /** The content has errors (or warnings, under --strict); the previous output is untouched. */
    public static final int CONTENT_ERRORS = 1;
    /** The command line is wrong, or the output folder was refused. */
    public static final int USAGE = 2;
    /** A bug in build-site itself. */
    public static final int INTERNAL_ERROR = 3;
    /**
     * The machine failed the run: a full disk, a folder that may not be written, a file removed while
     * building, a file name the locale cannot hold, too little memory. The previous output is untouched.
     */
    public static final int ENVIRONMENT = 4;

    private ExitCodes() {
    }
}
