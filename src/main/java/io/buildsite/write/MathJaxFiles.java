package io.buildsite.write;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * MathJax for the pages with TeX math, taken from the {@code mathjax} WebJar on the classpath: its TeX to
 * HTML component (assistive MathML and the menu are built into it), the fonts that output draws with and
 * the TeX extensions its autoload fetches for a macro it does not know. A browser fetches a font or an
 * extension only when a formula needs it; the rest of the WebJar (SVG output, MathML input, speech, lazy
 * typesetting) is not shipped.
 */
final class MathJaxFiles {
    /** Where the files go in the output; the page's loader finds them beside itself. */
    static final String FOLDER = "assets/mathjax/";
    /** What is shipped, as files or folders of the WebJar; the scripts leave their {@code es5/} behind. */
    private static final List<String> SHIPPED = List.of("LICENSE", "es5/tex-chtml.js",
            "es5/output/chtml/fonts/woff-v2/", "es5/input/tex/extensions/");
    /** Every TeX package in one file: autoload never asks for it. */
    private static final String ALL_PACKAGES = "es5/input/tex/extensions/all-packages.js";
    private static final String SCRIPTS = "es5/";

    private static List<String> names;
    private static Map<String, byte[]> files;

    private MathJaxFiles() {
    }

    /** The paths under {@link #FOLDER} of the files, listed without reading them. */
    static synchronized List<String> names() throws IOException {
        if (names == null) {
            names = List.copyOf(read(false).keySet());
        }
        return names;
    }

    /** The files to write under {@link #FOLDER}, by their path there, read from the WebJar once. */
    static synchronized Map<String, byte[]> all() throws IOException {
        if (files == null) {
            files = Collections.unmodifiableMap(read(true));
        }
        return files;
    }

    /** The shipped files by their path under {@link #FOLDER}, with their bytes or, unless {@code bytes}, empty. */
    private static Map<String, byte[]> read(boolean bytes) throws IOException {
        String base = WebJars.root("mathjax");
        URL url = MathJaxFiles.class.getClassLoader().getResource(base + SHIPPED.get(1));
        if (url == null) {
            throw new IOException("missing from the mathjax WebJar: " + base + SHIPPED.get(1));
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("the mathjax WebJar is not a jar: " + url);
        }
        jarConnection.setUseCaches(false);
        Map<String, byte[]> found = new TreeMap<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                String path = name.startsWith(base) ? name.substring(base.length()) : "";
                if (!entry.isDirectory() && shipped(path)) {
                    found.put(path.startsWith(SCRIPTS) ? path.substring(SCRIPTS.length()) : path,
                            bytes ? read(jar, entry) : new byte[0]);
                }
            }
        }
        return found;
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static boolean shipped(String path) {
        return !path.equals(ALL_PACKAGES) && SHIPPED.stream().anyMatch(
                file -> file.endsWith("/") ? path.startsWith(file) && path.indexOf('/', file.length()) < 0
                        : path.equals(file));
    }
}
