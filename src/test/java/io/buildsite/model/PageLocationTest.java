package io.buildsite.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A site published under a sub-path: https://example.github.io/repo/. */
class PageLocationTest {
    private static final SiteConfig CONFIG = new SiteConfig("Site", "https://example.github.io/repo/", List.of("vi", "en"),
            "vi", Map.of(), Map.of(), null);

    private static PageLocation at(String lang, String path) {
        return new PageLocation(CONFIG, lang, path);
    }

    @Test
    void homeIsTheSiteRootsIndex() {
        PageLocation home = at("vi", "");

        assertThat(home.file()).isEqualTo("index.html");
        assertThat(home.toLanguageRoot()).isEqualTo("./");
        assertThat(home.toSiteRoot()).isEqualTo("./");
    }

    @Test
    void englishHomeIsOneLevelBelowTheSiteRoot() {
        PageLocation home = at("en", "");

        assertThat(home.file()).isEqualTo("en/index.html");
        assertThat(home.toLanguageRoot()).isEqualTo("./");
        assertThat(home.toSiteRoot()).isEqualTo("../");
    }

    @Test
    void lessonLinksBackRelatively() {
        PageLocation lesson = at("vi", "lessons/c/l/");

        assertThat(lesson.file()).isEqualTo("lessons/c/l/index.html");
        assertThat(lesson.toLanguageRoot()).isEqualTo("../../../");
        assertThat(lesson.toSiteRoot()).isEqualTo("../../../");
    }

    @Test
    void englishLessonIsOneLevelDeeperFromTheSiteRoot() {
        PageLocation lesson = at("en", "lessons/c/l/");

        assertThat(lesson.file()).isEqualTo("en/lessons/c/l/index.html");
        assertThat(lesson.toLanguageRoot()).isEqualTo("../../../");
        assertThat(lesson.toSiteRoot()).isEqualTo("../../../../");
    }

    @Test
    void notFoundPageLinksFromTheBasePath() {
        PageLocation notFound = at("vi", "404.html");

        assertThat(notFound.file()).isEqualTo("404.html");
        assertThat(notFound.toLanguageRoot()).isEqualTo("/repo/");
        assertThat(notFound.toSiteRoot()).isEqualTo("/repo/");
    }

    @Test
    void englishNotFoundPageLinksFromTheEnglishBasePath() {
        PageLocation notFound = at("en", "404.html");

        assertThat(notFound.file()).isEqualTo("en/404.html");
        assertThat(notFound.toLanguageRoot()).isEqualTo("/repo/en/");
        assertThat(notFound.toSiteRoot()).isEqualTo("/repo/");
    }

    @Test
    void notFoundPageOfASiteAtTheDomainRootLinksFromSlash() {
        SiteConfig root = CONFIG.withBaseUrl("https://example.org/");

        assertThat(new PageLocation(root, "vi", "404.html").toLanguageRoot()).isEqualTo("/");
        assertThat(new PageLocation(root, "en", "404.html").toLanguageRoot()).isEqualTo("/en/");
    }

    @Test
    void hrefToTheSamePageInTheOtherLanguage() {
        assertThat(at("vi", "lessons/c/l/").hrefTo("en", "lessons/c/l/")).isEqualTo("../../../en/lessons/c/l/");
        assertThat(at("en", "lessons/c/l/").hrefTo("vi", "lessons/c/l/")).isEqualTo("../../../../lessons/c/l/");
    }

    @Test
    void absoluteUrlIncludesTheSubPathAndLanguage() {
        assertThat(PageLocation.url(CONFIG, "en", "lessons/c/l/")).isEqualTo("https://example.github.io/repo/en/lessons/c/l/");
        assertThat(PageLocation.url(CONFIG, "vi", "")).isEqualTo("https://example.github.io/repo/");
    }

    @Test
    void feedFileIsNotAFolder() {
        assertThat(at("en", "feed.xml").file()).isEqualTo("en/feed.xml");
    }
}
