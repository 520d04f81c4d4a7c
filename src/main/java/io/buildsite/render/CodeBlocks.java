package io.buildsite.render;

import org.jsoup.nodes.Element;

import java.util.Set;

/**
 * Code blocks get a copy button (hidden until the script can make it work) and a language class
 * for the highlighter; the languages used are collected so only their grammars are shipped.
 */
final class CodeBlocks {
    private CodeBlocks() {
    }

    /** What {@code pre > code} finds first: the first child element that is a code element. */
    private static Element firstChildCode(Element pre) {
        for (Element child : pre.children()) {
            if (child.normalName().equals("code")) {
                return child;
            }
        }
        return null;
    }

    static void apply(BodyElements body, Set<String> languages) {
        for (Element pre : body.pres()) {
            Element code = firstChildCode(pre);
            if (code == null) {
                code = new Element("code");
                code.appendChildren(pre.childNodesCopy());
                pre.empty().appendChild(code);
            }
            String language = null;
            for (String cls : code.classNames()) {
                if (cls.startsWith("language-") || cls.startsWith("lang-")) {
                    language = cls.substring(cls.indexOf('-') + 1).toLowerCase(java.util.Locale.ROOT);
                }
            }
            if (language == null) {
                language = "text";
            }
            code.classNames(Set.of("language-" + language));
            pre.addClass("language-" + language);
            languages.add(language);
            if (pre.parent() == null) {
                continue; // a pre inside a pre, moved into the outer one's code: not on the page as such
            }
            if (!pre.parent().hasClass("code-block")) {
                // Built directly: wrap(html) would run the HTML parser once per block.
                Element block = new Element("div").attr("class", "code-block");
                pre.before(block);
                block.appendChild(pre);
                block.attr("data-lang", language);
                block.prependElement("button").attr("type", "button").addClass("copy-code").attr("hidden", true);
            }
        }
    }
}
