package io.buildsite.model;

/**
 * Where a piece of content came from.
 *
 * @param path              relative to the source root, forward slashes
 * @param bodyLine          1-based line of the file on which the body starts, so body positions map to file lines
 * @param contentHash       a hash of the file's text: a translation records its original's, to notice changes;
 *                          null for a file a build does not need it of (one without translations)
 * @param translationOfHash for a translation, the original's hash it was made from
 *                          ({@code translation_of_hash}); null if not recorded
 */
public record Source(String path, int bodyLine, String contentHash, String translationOfHash) {
    public Source(String path, int bodyLine) {
        this(path, bodyLine, null, null);
    }

    /** The path of the original a translation belongs to: {@code x.en.md} → {@code x.md}. */
    public static String originalPath(String path, String lang, String defaultLanguage) {
        if (lang.equals(defaultLanguage)) {
            return path;
        }
        int dot = path.lastIndexOf('.');
        String suffix = "." + lang;
        String base = path.substring(0, dot);
        return base.endsWith(suffix) ? base.substring(0, base.length() - suffix.length()) + path.substring(dot) : path;
    }
}
