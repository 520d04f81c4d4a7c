package io.buildsite.assemble;

import io.buildsite.assemble.SearchIndex.Doc;
import io.buildsite.assemble.SearchIndex.DocText;
import io.buildsite.assemble.SearchIndex.Term;
import io.buildsite.model.PackedText;
import io.buildsite.render.TocEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Builds a language's {@link SearchIndex}. Words are folded (tone and vowel marks removed, đ → d) so
 * "dang ky" finds "đăng ký"; the original spellings are kept so an exact match can rank first. A word
 * counts more in a title than in a heading, and more in a heading than in the body.
 */
final class SearchIndexBuilder {
    private static final int MAX_VARIANTS = 31;

    private final List<Doc> docs = new ArrayList<>();
    private final List<DocText> texts = new ArrayList<>();
    private final List<Supplier<DocTerms>> terms = new ArrayList<>();
    private List<DocTerms> counted = List.of();

    /** Adds a page; its words are counted when the index is built (in parallel, or taken from a cache). */
    void add(Doc doc, DocText text, Supplier<DocTerms> words) {
        docs.add(doc);
        texts.add(text);
        terms.add(words);
    }

    /** What a page keeps for its search snippets: headings for deep links, and the start of its text. */
    static DocText textOf(List<TocEntry> headings, String extra, PackedText textStart) {
        List<List<String>> headingPairs = headings.stream().map(h -> List.of(h.id(), h.title())).toList();
        return new DocText(headingPairs, extra, textStart);
    }

    /** The words of each page, in page order, as the last {@link #build()} counted them. */
    List<DocTerms> counted() {
        return counted;
    }

    /** The one page added so far, with its words: for assembling a single page again. */
    record Entry(Doc doc, DocText text, DocTerms terms) {
    }

    Entry only() {
        if (docs.size() != 1) {
            throw new IllegalStateException(docs.size() + " pages, not one");
        }
        return new Entry(docs.get(0), texts.get(0), terms.get(0).get());
    }

    SearchIndex build() {
        List<DocTerms> counted = terms.parallelStream().map(Supplier::get).toList();
        this.counted = counted;
        Map<String, Map<String, Integer>> variants = new HashMap<>();
        // Triples appended to one growing array per term: at 5,000 lessons a small array per posting
        // came to four million of them.
        Map<String, Postings> postings = new HashMap<>();
        for (int doc = 0; doc < counted.size(); doc++) {
            DocTerms words = counted.get(doc);
            for (int g = 0; g < words.terms().length; g++) {
                String term = words.terms()[g];
                int mask = variantMask(words, g, variants.computeIfAbsent(term, k -> new LinkedHashMap<>()));
                postings.computeIfAbsent(term, k -> new Postings()).add(doc, score(words.termWeights()[g]), mask);
            }
        }
        Map<String, Map<String, Term>> chunks = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> entry : new TreeMap<>(variants).entrySet()) {
            String term = entry.getKey();
            chunks.computeIfAbsent(chunkOf(term), k -> new TreeMap<>())
                    .put(term, new Term(List.copyOf(entry.getValue().keySet()), postings.get(term).flat()));
        }
        return new SearchIndex(List.copyOf(docs), chunks, List.copyOf(texts));
    }

    /** A term's postings so far, as flat triples {@code doc, score, variantMask}. */
    private static final class Postings {
        private int[] triples = new int[6];
        private int size;

        void add(int doc, int score, int mask) {
            if (size + 3 > triples.length) {
                triples = Arrays.copyOf(triples, triples.length * 2);
            }
            triples[size++] = doc;
            triples[size++] = score;
            triples[size++] = mask;
        }

        int[] flat() {
            return Arrays.copyOf(triples, size);
        }
    }

    /**
     * The bits of the spellings group {@code g} uses, numbering each spelling the first time the index
     * meets it ({@code known}, in page order), up to {@link #MAX_VARIANTS} spellings per term.
     */
    private static int variantMask(DocTerms words, int g, Map<String, Integer> known) {
        int mask = 0;
        for (int s = words.groupStart()[g]; s < words.groupStart()[g + 1]; s++) {
            Integer variant = known.get(words.spellings()[s]);
            if (variant == null && known.size() < MAX_VARIANTS) {
                variant = known.size();
                known.put(words.spellings()[s], variant);
            }
            if (variant != null) {
                mask |= 1 << variant;
            }
        }
        return mask;
    }

    private static int score(int weight) {
        return (int) Math.round(Math.log1p(weight) * 100);
    }

    /**
     * The index after the words of page {@code doc} changed to {@code now}: equal to building it again,
     * but touching only the terms that page uses or used. Where the page spells a term as before, only
     * its score there can change; a term it spells differently is counted again over its pages, as the
     * variant numbers of later pages may move.
     *
     * @param old the page's words the previous index was built from
     * @param all the words of every page now, the edited one's included
     */
    static SearchIndex update(SearchIndex previous, DocTerms old, List<DocTerms> all, int doc, DocText text) {
        DocTerms now = all.get(doc);
        Set<String> touched = new TreeSet<>(List.of(old.terms()));
        touched.addAll(List.of(now.terms()));
        Map<String, Map<String, Term>> chunks = new TreeMap<>(previous.chunks());
        Set<String> copied = new HashSet<>();
        for (String term : touched) {
            String chunk = chunkOf(term);
            Term before = previous.chunks().getOrDefault(chunk, Map.of()).get(term);
            int g = old.group(term);
            int h = now.group(term);
            Term after;
            if (g >= 0 && h >= 0 && old.sameSpellings(g, now, h)) {
                after = withScore(before, doc, score(now.termWeights()[h]));
            } else {
                TreeSet<Integer> pages = new TreeSet<>();
                for (int i = 0; before != null && i < before.postings().length; i += 3) {
                    pages.add(before.postings()[i]);
                }
                if (h >= 0) {
                    pages.add(doc);
                } else {
                    pages.remove(doc);
                }
                after = pages.isEmpty() ? null : count(term, all, pages);
            }
            if (copied.add(chunk)) {
                chunks.put(chunk, new TreeMap<>(chunks.getOrDefault(chunk, Map.of())));
            }
            if (after == null) {
                chunks.get(chunk).remove(term);
            } else {
                chunks.get(chunk).put(term, after);
            }
        }
        chunks.values().removeIf(Map::isEmpty);
        List<DocText> texts = new ArrayList<>(previous.texts());
        texts.set(doc, text);
        return new SearchIndex(previous.docs(), chunks, List.copyOf(texts));
    }

    private static Term withScore(Term term, int doc, int score) {
        int[] postings = term.postings().clone();
        for (int i = 0; i < postings.length; i += 3) {
            if (postings[i] == doc) {
                postings[i + 1] = score;
                return new Term(term.variants(), postings);
            }
        }
        throw new IllegalStateException("page " + doc + " is not in the postings of a term it uses");
    }

    /** One term's entry counted from scratch over the pages that use it, as {@link #build()} counts it. */
    private static Term count(String term, List<DocTerms> all, SortedSet<Integer> pages) {
        Map<String, Integer> known = new LinkedHashMap<>();
        int[] flat = new int[pages.size() * 3];
        int at = 0;
        for (int doc : pages) {
            DocTerms words = all.get(doc);
            int g = words.group(term);
            flat[at++] = doc;
            flat[at++] = score(words.termWeights()[g]);
            flat[at++] = variantMask(words, g, known);
        }
        return new Term(List.copyOf(known.keySet()), flat);
    }

    /** The chunk a folded term lives in: its first two characters. */
    static String chunkOf(String folded) {
        return folded.substring(0, Math.min(2, folded.length()));
    }
}
