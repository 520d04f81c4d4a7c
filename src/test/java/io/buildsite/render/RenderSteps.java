package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** Scratch timing of each render step on one body (not a test). Arguments: LESSON_FILE ROUNDS. */
public final class RenderSteps {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        String body = text.substring(text.indexOf("\n---\n", 4) + 5);
        int rounds = Integer.parseInt(args[1]);
        MarkdownRenderer markdown = new MarkdownRenderer();
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        long[] t = new long[12];
        for (int r = 0; r < rounds; r++) {
            boolean count = r >= rounds / 2;
            long a = System.nanoTime();
            String escaped = PreBlocks.escapeStrayAngles(body);
            long b = System.nanoTime();
            String html = markdown.render(body);
            long c = System.nanoTime();
            Document dirty = Jsoup.parseBodyFragment(html, "https://build-site.invalid/page/");
            long d = System.nanoTime();
            Document clean = sanitizer.clean(dirty);
            clean.outputSettings().prettyPrint(false);
            long e = System.nanoTime();
            Element root = clean.body();
            HeadingAnchors.apply(root, new HashSet<>());
            Tables.apply(root);
            Callouts.apply(root);
            long f = System.nanoTime();
            Set<String> langs = new TreeSet<>();
            CodeBlocks.apply(root, langs);
            long g = System.nanoTime();
            String out = root.html();
            long h = System.nanoTime();
            String plain = root.text();
            long i = System.nanoTime();
            if (count) {
                t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e; t[5] += g - f; t[6] += h - g; t[7] += i - h;
            }
            if (out.length() + plain.length() + escaped.length() == 0) {
                System.out.println();
            }
        }
        String[] names = {"escapeStrayAngles", "markdown (incl. escape)", "jsoup parse", "clean", "anchors+tables+callouts", "code blocks", "html()", "text()"};
        int n = rounds - rounds / 2;
        System.out.printf("body %d chars%n", body.length());
        for (int k = 0; k < names.length; k++) {
            System.out.printf("%-26s %7.3f ms%n", names[k], t[k] / 1e6 / n);
        }
    }
}
