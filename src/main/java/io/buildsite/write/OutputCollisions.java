package io.buildsite.write;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.StaticFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file of the output has one maker. A copied file (from {@code content/} or {@code static/}) that
 * would replace a generated one, or another copied file, is an error at the copied file; so are two
 * pages at one address, at the later page's source. Otherwise whichever was written last would win, and
 * which one that is may change from build to build.
 */
final class OutputCollisions {
    /**
     * A file build-site generates.
     *
     * @param file   its path in the output
     * @param source the content file or template that makes it, for diagnostics
     * @param page   for a page, its address in its language tree (the same in every language); else null
     */
    record Generated(String file, String source, String page) {
    }

    private OutputCollisions() {
    }

    /** Reports every collision and returns whether there was one. */
    static boolean report(List<Generated> generated, List<StaticFile> copied, Diagnostics diagnostics) {
        boolean any = false;
        Map<String, Generated> byFile = new HashMap<>();
        for (Generated file : generated) {
            Generated earlier = byFile.putIfAbsent(file.file(), file);
            if (earlier != null) {
                any = true;
                diagnostics.error(file.source(), 1, 1, file.page() != null && earlier.page() != null
                        ? "its page " + file.page() + " is also made by " + earlier.source() + ": give one of them another slug"
                        : "would replace the generated " + file.file() + ": rename or move it");
            }
        }
        Map<String, String> folders = new HashMap<>();
        byFile.keySet().forEach(file -> addFolders(file, "the generated " + file, folders));
        copied.forEach(file -> addFolders(file.outputPath(), file.source(), folders));
        Map<String, StaticFile> copiedByFile = new HashMap<>();
        List<StaticFile> ordered = new ArrayList<>(copied);
        ordered.sort(Comparator.comparing(StaticFile::outputPath).thenComparing(StaticFile::source));
        for (StaticFile file : ordered) {
            String problem = problem(file, byFile, copiedByFile, folders);
            copiedByFile.putIfAbsent(file.outputPath(), file);
            if (problem != null) {
                any = true;
                diagnostics.error(file.source(), 1, 1, problem);
            }
        }
        return any;
    }

    private static String problem(StaticFile file, Map<String, Generated> generated, Map<String, StaticFile> copied,
                                  Map<String, String> folders) {
        String path = file.outputPath();
        if (generated.containsKey(path)) {
            return "would replace the generated " + path + ": rename or move it";
        }
        if (copied.containsKey(path)) {
            return "would replace " + copied.get(path).source() + " (both are published as " + path
                    + "): rename or move one of them";
        }
        if (folders.containsKey(path)) {
            return "would take the place of the folder " + path + "/ that " + folders.get(path)
                    + " needs: rename or move it";
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            if (generated.containsKey(folder)) {
                return "needs a folder " + folder + "/ where the generated " + folder + " is: rename or move it";
            }
        }
        return null;
    }

    /** Notes each folder above {@code file}, with what needs it (the first to). */
    private static void addFolders(String file, String maker, Map<String, String> folders) {
        for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
            folders.putIfAbsent(file.substring(0, slash), maker);
        }
    }
}
