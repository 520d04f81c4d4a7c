package io.buildsite.write;

import io.buildsite.cache.ContentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Share cards are drawn once and kept by their content in the build cache. */
class ShareCardsTest {
    private static final ShareCard CARD = new ShareCard("Pods", "Kubernetes", "Exam prep", "English");

    @TempDir
    Path cache;

    private final List<String> warnings = new ArrayList<>();

    private ShareCards cards() {
        return new ShareCards(new ContentStore(cache, 1 << 20, warnings::add));
    }

    @Test
    void aSecondBuildDrawsNoCardTheFirstKept() {
        ShareCards first = cards();
        byte[] drawn = first.png(CARD);
        first.save();

        ShareCards second = cards();

        assertThat(second.png(CARD)).isEqualTo(drawn);
        assertThat(second.drawings()).isZero();
        assertThat(first.drawings()).isOne();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCardDrawnByABuildThatDidNotSaveIsDrawnAgain() {
        cards().png(CARD);

        ShareCards next = cards();
        next.png(CARD);

        assertThat(next.drawings()).isOne();
    }

    @Test
    void aCardAskedForTwiceInOneBuildIsDrawnOnce() {
        ShareCards cards = new ShareCards();
        cards.png(CARD);
        cards.png(new ShareCard(CARD.title(), CARD.course(), CARD.site(), CARD.language()));

        assertThat(cards.drawings()).isOne();
    }

    @Test
    void cardsOfOtherWordsHaveOtherFiles() {
        ShareCard other = new ShareCard(CARD.title(), CARD.course(), CARD.site(), "Tiếng Việt");

        assertThat(other.file()).isNotEqualTo(CARD.file()).startsWith("cards/").endsWith(".png");
    }
}
