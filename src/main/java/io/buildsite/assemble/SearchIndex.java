package io.buildsite.assemble;

import io.buildsite.model.PackedText;
import io.buildsite.render.RenderedBody;
import io.buildsite.text.TextStart;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One language's search index, split so a browser loads only what a query needs: the document list,
 * the chunk of terms sharing the query words' first two letters, and the texts of the top results
 * for their snippets. See docs/search.md for the files.
 *
 * @param docs   every searchable page
 * @param chunks two-letter prefix of a folded term → folded term → its entry
 * @param texts  per document (same order as {@code docs}): headings and plain text, for snippets
 */
public record SearchIndex(List<Doc> docs, Map<String, Map<String, Term>> chunks, List<DocText> texts) {

    /**
     * @param kind    {@code course}, {@code lesson}, {@code quiz} or {@code post}
     * @param path    relative to the language root
     * @param context where it belongs, e.g. the course and section of a lesson
     * @param lang    language of its content
     */
    public record Doc(String title, String path, String kind, String context, String lang) {
        /**
         * The words of the page's own address, its last folder ({@code 01-kien-truc-cka-kubeadm} →
         * {@code kien truc cka kubeadm}): authors often name a page there in the site's language when its
         * title is in another. None for a part of a page (a path with {@code #}); numbers alone are left
         * out. search.js reads the same words from the path.
         */
        public String addressWords() {
            if (path.contains("#")) {
                return "";
            }
            String folder = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return Arrays.stream(folder.substring(folder.lastIndexOf('/') + 1).split("[-_.]+"))
                    .filter(word -> !word.chars().allMatch(Character::isDigit))
                    .collect(Collectors.joining(" "));
        }
    }

    /**
     * A folded term: the spellings it was folded from ({@code đăng}, {@code dang}, …) and its postings,
     * as flat triples {@code docIndex, score, variantMask} (bit i set: the doc uses spelling i).
     */
    public record Term(List<String> variants, int[] postings) {
    }

    /**
     * @param headings  {@code [id, title]} pairs of the page's h2/h3, for deep links
     * @param extra     a description that comes before the body's text (may be null)
     * @param textStart the start of the body's plain text, packed until the snippet file is written
     */
    public record DocText(List<List<String>> headings, String extra, PackedText textStart) {
        /** Plain text kept per document for snippets: enough for any lesson's opening and most matches. */
        public static final int LIMIT = RenderedBody.TEXT_KEPT;

        /** The snippet text: the description, then the body's text, cut at {@link #LIMIT} characters. */
        public String text() {
            return TextStart.of(join(extra, textStart.text()), LIMIT);
        }

        /** A description, then a text, on lines of their own; either may be missing. */
        static String join(String first, String second) {
            if (first == null || first.isBlank()) {
                return second == null ? "" : second;
            }
            return second == null || second.isBlank() ? first : first + "\n" + second;
        }
    }
}
