package io.buildsite.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure of the machine rather than of build-site or of the content: a full disk, a folder that may not
 * be written, a file removed during the build, a name the file system or the locale cannot hold, too
 * little memory. Each is told in one line that names the file and the cause (exit code 4); every other
 * failure is a bug. Paths are handled as text here: a name the locale cannot encode is no {@code Path}.
 */
public final class EnvironmentFailure {
    /** The operating system's words for failures that have no file name attached (an error of write(2)). */
    private static final Set<String> SYSTEM_ERRORS = Set.of("No space left on device", "Disk quota exceeded",
            "Input/output error", "Read-only file system", "File too large", "Too many open files", "Stale file handle");
    /** Reasons that concern the file written to, not the one read from, when a copy fails. */
    private static final Set<String> FULL = Set.of("No space left on device", "Disk quota exceeded", "File too large");
    /** What a build keeps beside its output while it runs (see OutputFolder): shown as the output. */
    private static final Pattern BESIDE_THE_OUTPUT = Pattern.compile(
            "/\\.([^/]+)\\.(?:tmp|old|lock)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=/|$)");
    private static final String MALFORMED = "Malformed input or input contains unmappable characters";

    private EnvironmentFailure() {
    }

    /** The line to print for {@code failure}, after "build-site: "; null when it is not the machine's. */
    public static String describe(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            String line = line(t);
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    private static String line(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "out of memory: this site needs more than the " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB Java was given; run it with more, e.g. java -Xmx4g -jar build-site.jar ... "
                    + "(the previous output is untouched)";
        }
        if (t instanceof InvalidPathException e && e.getReason().startsWith(MALFORMED)) {
            return shown(e.getInput()) + ": this name cannot be a file name here, as the locale's character set ("
                    + System.getProperty("sun.jnu.encoding") + ") lacks some of its letters: run build-site with a "
                    + "UTF-8 locale, e.g. LC_ALL=C.UTF-8";
        }
        if (t instanceof FileAlreadyExistsException) {
            // Each file is written once, into a folder of its own: a file already there is build-site's mistake.
            return null;
        }
        if (t instanceof NoSuchFileException e) {
            return shown(e.getFile()) + ": file was removed during the build";
        }
        if (t instanceof AccessDeniedException e) {
            return shown(e.getFile()) + ": permission denied";
        }
        if (t instanceof NotDirectoryException e) {
            return shown(e.getFile()) + ": not a folder";
        }
        if (t instanceof FileSystemException e) {
            String reason = e.getReason() == null ? "cannot be used" : e.getReason();
            if (FULL.contains(reason)) {
                return lowerFirst(reason) + " while writing " + shown(e.getOtherFile() != null ? e.getOtherFile() : e.getFile());
            }
            if (reason.equals("File name too long")) {
                return shown(e.getFile()) + ": file name too long for this file system";
            }
            return shown(e.getFile()) + ": " + lowerFirst(reason);
        }
        if (t instanceof IOException && t.getMessage() != null && SYSTEM_ERRORS.contains(t.getMessage())) {
            return lowerFirst(t.getMessage());
        }
        return null;
    }

    /** A path as the user knows it: the output rather than the folder it is written in, from here when below it. */
    static String shown(String path) {
        if (path == null) {
            return "a file";
        }
        String file = path;
        Matcher beside = BESIDE_THE_OUTPUT.matcher(file);
        if (beside.find() && beside.end() == file.length()) {
            // The folder itself could not be made: it is the folder it was to be made in that refused.
            file = beside.start() == 0 ? "/" : file.substring(0, beside.start());
        } else {
            file = beside.replaceAll("/$1");
        }
        String here = System.getProperty("user.dir") + "/";
        return file.startsWith(here) && file.length() > here.length() ? file.substring(here.length()) : file;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
