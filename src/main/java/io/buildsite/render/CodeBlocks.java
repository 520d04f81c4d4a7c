package io.buildsite.render;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
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

    /**
     * A pre without a code element gets one holding its content, moved rather than copied (a copy at every
     * level of pres within pres grew with the square of their depth). The pres inside it are then part of
     * its code and stay as written; their languages still count, as they did when their content was copied.
     */
    static void apply(BodyElements body, Set<String> languages) {
        Set<Element> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element pre : body.pres()) {
            Element code = firstChildCode(pre);
            if (hasAncestorIn(pre, moved)) {
                languages.add(languageOf(code));
                continue;
            }
            if (code == null) {
                code = new Element("code");
                code.appendChildren(new ArrayList<>(pre.childNodes()));
                pre.appendChild(code);
                moved.add(pre);
            }
            String language = languageOf(code);
            code.classNames(Set.of("language-" + language));
            pre.addClass("language-" + language);
            if (language.equals("mermaid")) {
                // No diagram renderer ships (none comes as a WebJar): the class is a theme's hook.
                pre.addClass("mermaid");
            }
            languages.add(language);
            if (pre.parent() != null && !pre.parent().hasClass("code-block")) {
                // Built directly: wrap(html) would run the HTML parser once per block.
                Element block = new Element("div").attr("class", "code-block");
                pre.before(block);
                block.appendChild(pre);
                block.attr("data-lang", language);
                block.prependElement("button").attr("type", "button").addClass("copy-code").attr("hidden", true);
            }
        }
    }

    /** The language its {@code language-*} or {@code lang-*} class names (the last one); {@code text} without. */
    private static String languageOf(Element code) {
        String language = null;
        if (code != null) {
            for (String cls : code.classNames()) {
                if (cls.startsWith("language-") || cls.startsWith("lang-")) {
                    language = cls.substring(cls.indexOf('-') + 1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return language == null ? "text" : language;
    }

    private static boolean hasAncestorIn(Element element, Set<Element> ancestors) {
        if (ancestors.isEmpty()) {
            return false;
        }
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (ancestors.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
