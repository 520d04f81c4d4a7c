package io.buildsite.write;

import io.buildsite.assemble.SearchIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Writes a language's search index as the small JSON files the browser fetches on first use
 * (format in docs/search.md): {@code search/docs.json}, {@code search/t/<prefix>.json} and
 * {@code search/x/<doc>.json}.
 */
final class SearchFiles {
    static final int FORMAT = 1;

    private SearchFiles() {
    }

    /** The files {@link #write} writes below {@code dir} for {@code index}. */
    static List<String> names(String dir, SearchIndex index) {
        List<String> names = new ArrayList<>();
        names.add(dir + "docs.json");
        index.chunks().keySet().forEach(chunk -> names.add(chunkFile(dir, chunk)));
        for (int i = 0; i < index.texts().size(); i++) {
            names.add(textFile(dir, i));
        }
        return names;
    }

    /** The files of {@code old} in {@code dir} that {@code now} (null: no index any more) has not: a term or a page gone. */
    static List<String> gone(String dir, SearchIndex old, SearchIndex now) {
        List<String> gone = new ArrayList<>();
        for (String chunk : old.chunks().keySet()) {
            if (now == null || !now.chunks().containsKey(chunk)) {
                gone.add(chunkFile(dir, chunk));
            }
        }
        for (int i = now == null ? 0 : now.texts().size(); i < old.texts().size(); i++) {
            gone.add(textFile(dir, i));
        }
        return gone;
    }

    private static String chunkFile(String dir, String chunk) {
        return dir + "t/" + chunk + ".json";
    }

    private static String textFile(String dir, int doc) {
        return dir + "x/" + doc + ".json";
    }

    /**
     * Writes the files below {@code dir} (e.g. {@code en/search/}) and returns how many. With the index
     * written before into the same sink, only the files that differ from it are written again.
     */
    static int write(OutputSink folder, String dir, SearchIndex index, SearchIndex previous) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        for (SearchIndex.Doc doc : index.docs()) {
            docs.add(Arrays.asList(doc.title(), doc.path(), doc.kind(), doc.context(), doc.lang()));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("v", FORMAT);
        meta.put("docs", docs);
        meta.put("chunks", List.copyOf(index.chunks().keySet()));
        int files = 0;
        if (previous == null || !previous.docs().equals(index.docs())
                || !previous.chunks().keySet().equals(index.chunks().keySet())) {
            folder.write(dir + "docs.json", SearchJson.bytes(meta));
            files++;
        }
        AtomicInteger chunks = new AtomicInteger();
        ParallelWrites.each(List.copyOf(index.chunks().entrySet()), chunk -> {
            if (previous != null && sameTerms(previous.chunks().get(chunk.getKey()), chunk.getValue())) {
                return;
            }
            Map<String, Object> terms = new LinkedHashMap<>();
            chunk.getValue().forEach((term, entry) -> terms.put(term, List.of(entry.variants(), entry.postings())));
            folder.write(chunkFile(dir, chunk.getKey()), SearchJson.bytes(terms));
            chunks.incrementAndGet();
        });
        files += chunks.get();
        // One small file per page: written on all cores, as there are as many as there are pages.
        AtomicInteger texts = new AtomicInteger();
        ParallelWrites.each(IntStream.range(0, index.texts().size()).boxed().toList(), i -> {
            SearchIndex.DocText text = index.texts().get(i);
            if (previous != null && i < previous.texts().size() && previous.texts().get(i).equals(text)) {
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("h", text.headings());
            body.put("b", text.text());
            folder.write(textFile(dir, i), SearchJson.bytes(body));
            texts.incrementAndGet();
        });
        files += texts.get();
        return files;
    }

    private static boolean sameTerms(Map<String, SearchIndex.Term> before, Map<String, SearchIndex.Term> now) {
        if (before == null || !before.keySet().equals(now.keySet())) {
            return false;
        }
        for (Map.Entry<String, SearchIndex.Term> entry : now.entrySet()) {
            SearchIndex.Term old = before.get(entry.getKey());
            if (!old.variants().equals(entry.getValue().variants())
                    || !Arrays.equals(old.postings(), entry.getValue().postings())) {
                return false;
            }
        }
        return true;
    }
}
