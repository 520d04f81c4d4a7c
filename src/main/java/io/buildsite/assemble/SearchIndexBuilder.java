package io.buildsite.assemble;

import io.buildsite.assemble.SearchIndex.Doc;
import io.buildsite.assemble.SearchIndex.DocText;
import io.buildsite.assemble.SearchIndex.Term;
import io.buildsite.render.TocEntry;
import io.buildsite.text.Slugify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a language's {@link SearchIndex}. Words are folded (tone and vowel marks removed, đ → d) so
 * "dang ky" finds "đăng ký"; the original spellings are kept so an exact match can rank first. A word
 * counts more in a title than in a heading, and more in a heading than in the body.
 */
final class SearchIndexBuilder {
    /** Plain text kept per document for snippets; enough for any lesson's opening and most matches. */
    static final int TEXT_LIMIT = 20_000;
    private static final int TITLE_WEIGHT = 10;
    private static final int HEADING_WEIGHT = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_VARIANTS = 31;
    /** Latin letters and digits once folded: what Vietnamese and English words become. */
    private static final Pattern INDEXABLE = Pattern.compile("[a-z0-9]+");

    private final List<Doc> docs = new ArrayList<>();
    private final List<DocText> texts = new ArrayList<>();
    /** folded term → (spelling → index) and postings under construction. */
    private final Map<String, Building> terms = new HashMap<>();

    private static final class Building {
        final Map<String, Integer> variants = new LinkedHashMap<>();
        final List<int[]> postings = new ArrayList<>();
    }

    void add(Doc doc, List<TocEntry> headings, String text) {
        int index = docs.size();
        docs.add(doc);
        List<List<String>> headingPairs = headings.stream().map(h -> List.of(h.id(), h.title())).toList();
        texts.add(new DocText(headingPairs, text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text));
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> masks = new HashMap<>();
        count(doc.title(), TITLE_WEIGHT, counts, masks);
        for (TocEntry heading : headings) {
            count(heading.title(), HEADING_WEIGHT, counts, masks);
        }
        count(text, 1, counts, masks);
        counts.forEach((folded, weight) -> terms.get(folded).postings.add(
                new int[] {index, (int) Math.round(Math.log1p(weight[0]) * 100), masks.get(folded)}));
    }

    private void count(String text, int weight, Map<String, int[]> counts, Map<String, Integer> masks) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String spelling = m.group().toLowerCase(Locale.ROOT);
            String folded = Slugify.fold(spelling);
            if (folded.length() < 2 || !INDEXABLE.matcher(folded).matches()) {
                continue;
            }
            counts.computeIfAbsent(folded, k -> new int[1])[0] += weight;
            Building term = terms.computeIfAbsent(folded, k -> new Building());
            Integer variant = term.variants.get(spelling);
            if (variant == null && term.variants.size() < MAX_VARIANTS) {
                variant = term.variants.size();
                term.variants.put(spelling, variant);
            }
            if (variant != null) {
                masks.merge(folded, 1 << variant, (a, b) -> a | b);
            } else {
                masks.putIfAbsent(folded, 0);
            }
        }
    }

    SearchIndex build() {
        Map<String, Map<String, Term>> chunks = new TreeMap<>();
        for (Map.Entry<String, Building> entry : new TreeMap<>(terms).entrySet()) {
            Building b = entry.getValue();
            int[] flat = new int[b.postings.size() * 3];
            for (int i = 0; i < b.postings.size(); i++) {
                System.arraycopy(b.postings.get(i), 0, flat, i * 3, 3);
            }
            String folded = entry.getKey();
            chunks.computeIfAbsent(chunkOf(folded), k -> new TreeMap<>())
                    .put(folded, new Term(List.copyOf(b.variants.keySet()), flat));
        }
        return new SearchIndex(List.copyOf(docs), chunks, List.copyOf(texts));
    }

    /** The chunk a folded term lives in: its first two characters. */
    static String chunkOf(String folded) {
        return folded.substring(0, Math.min(2, folded.length()));
    }
}
