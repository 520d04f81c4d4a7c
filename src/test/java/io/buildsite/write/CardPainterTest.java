package io.buildsite.write;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A share card is a 1200×630 PNG whose Vietnamese words show with every diacritic. */
class CardPainterTest {
    private static final ShareCard KUBERNETES = new ShareCard("Kiến trúc Kubernetes — Bài 1: ổn định",
            "Chứng chỉ Kubernetes CKA", "Ôn thi chứng chỉ", "Tiếng Việt");
    /** Channels may differ this much where another rasterizer smooths an edge otherwise. */
    private static final int DELTA = 48;

    @Test
    void drawsA1200By630Png() throws IOException {
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(CardPainter.png(KUBERNETES)));

        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
    }

    @Test
    void drawsTheVietnameseTitleAsTheStoredImageShowsIt() throws IOException {
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(CardPainter.png(KUBERNETES)));
        BufferedImage expected;
        try (InputStream in = getClass().getResourceAsStream("/share-cards/kubernetes-lesson.png")) {
            expected = ImageIO.read(in);
        }

        assertThat(differingPixels(drawn, expected)).isLessThanOrEqualTo(1200 * 630 / 100);
    }

    @Test
    void drawsAnotherTitleOtherwise() throws IOException {
        BufferedImage other = ImageIO.read(new ByteArrayInputStream(CardPainter.png(new ShareCard(
                "Kien truc Kubernetes - Bai 1: on dinh", KUBERNETES.course(), KUBERNETES.site(), KUBERNETES.language()))));
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(CardPainter.png(KUBERNETES)));

        assertThat(differingPixels(other, drawn)).isGreaterThan(1200 * 630 / 100);
    }

    @Test
    void drawsTheSameBytesForTheSameCard() {
        assertThat(CardPainter.png(KUBERNETES)).isEqualTo(CardPainter.png(new ShareCard(KUBERNETES.title(),
                KUBERNETES.course(), KUBERNETES.site(), KUBERNETES.language())));
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int most = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    most = Math.max(most, Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)));
                }
                if (most > DELTA) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
