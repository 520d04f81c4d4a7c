package io.buildsite.assemble;

import io.buildsite.assemble.SearchIndex.Doc;
import io.buildsite.assemble.SearchIndex.DocText;
import io.buildsite.assemble.SearchIndex.Term;
import io.buildsite.render.TocEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Builds a language's {@link SearchIndex}. Words are folded (tone and vowel marks removed, đ → d) so
 * "dang ky" finds "đăng ký"; the original spellings are kept so an exact match can rank first. A word
 * counts more in a title than in a heading, and more in a heading than in the body.
 */
final class SearchIndexBuilder {
    /** Plain text kept per document for snippets; enough for any lesson's opening and most matches. */
    static final int TEXT_LIMIT = 20_000;
    private static final int MAX_VARIANTS = 31;

    private final List<Doc> docs = new ArrayList<>();
    private final List<DocText> texts = new ArrayList<>();
    private final List<Supplier<DocTerms>> terms = new ArrayList<>();

    /** Adds a page; its words are counted when the index is built (in parallel, or taken from a cache). */
    void add(Doc doc, DocText text, Supplier<DocTerms> words) {
        docs.add(doc);
        texts.add(text);
        terms.add(words);
    }

    /** What a page keeps for its search snippets: headings for deep links, and the start of its text. */
    static DocText textOf(List<TocEntry> headings, String text) {
        List<List<String>> headingPairs = headings.stream().map(h -> List.of(h.id(), h.title())).toList();
        return new DocText(headingPairs, text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text);
    }

    SearchIndex build() {
        List<DocTerms> counted = terms.parallelStream().map(Supplier::get).toList();
        Map<String, Map<String, Integer>> variants = new HashMap<>();
        Map<String, List<int[]>> postings = new HashMap<>();
        for (int doc = 0; doc < counted.size(); doc++) {
            DocTerms words = counted.get(doc);
            for (int g = 0; g < words.terms().length; g++) {
                String term = words.terms()[g];
                Map<String, Integer> known = variants.computeIfAbsent(term, k -> new LinkedHashMap<>());
                int mask = 0;
                for (int s = words.groupStart()[g]; s < words.groupStart()[g + 1]; s++) {
                    String spelling = words.spellings()[s];
                    Integer variant = known.get(spelling);
                    if (variant == null && known.size() < MAX_VARIANTS) {
                        variant = known.size();
                        known.put(spelling, variant);
                    }
                    if (variant != null) {
                        mask |= 1 << variant;
                    }
                }
                postings.computeIfAbsent(term, k -> new ArrayList<>())
                        .add(new int[] {doc, (int) Math.round(Math.log1p(words.termWeights()[g]) * 100), mask});
            }
        }
        Map<String, Map<String, Term>> chunks = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> entry : new TreeMap<>(variants).entrySet()) {
            String term = entry.getKey();
            List<int[]> list = postings.get(term);
            int[] flat = new int[list.size() * 3];
            for (int i = 0; i < list.size(); i++) {
                System.arraycopy(list.get(i), 0, flat, i * 3, 3);
            }
            chunks.computeIfAbsent(chunkOf(term), k -> new TreeMap<>())
                    .put(term, new Term(List.copyOf(entry.getValue().keySet()), flat));
        }
        return new SearchIndex(List.copyOf(docs), chunks, List.copyOf(texts));
    }

    /** The chunk a folded term lives in: its first two characters. */
    static String chunkOf(String folded) {
        return folded.substring(0, Math.min(2, folded.length()));
    }
}
