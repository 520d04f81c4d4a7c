package io.buildsite.load;

import java.util.List;

/**
 * A content file name split into stem, language and extension: {@code 01-x.en.md} is stem
 * {@code 01-x} in {@code en}; {@code 01-x.md} is the stem in the default language.
 */
record FileName(String stem, String lang, String extension) {

    static FileName parse(String name, List<String> languages, String defaultLanguage) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String base = dot < 0 ? name : name.substring(0, dot);
        int langDot = base.lastIndexOf('.');
        if (langDot > 0) {
            String suffix = base.substring(langDot + 1);
            if (languages.contains(suffix) && !suffix.equals(defaultLanguage)) {
                return new FileName(base.substring(0, langDot), suffix, extension);
            }
        }
        return new FileName(base, defaultLanguage, extension);
    }

    /** The stem without its ordering number: {@code 01-bai-1-x} gives {@code bai-1-x}. */
    String unnumbered() {
        return stem.replaceFirst("^\\d+[-_.]", "");
    }
}
