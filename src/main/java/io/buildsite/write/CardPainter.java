package io.buildsite.write;

import io.buildsite.cache.ContentStore;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link ShareCard} as a 1200×630 PNG with Java2D, in the Be Vietnam Pro font packed in the jar
 * (SIL Open Font License, fonts/OFL.txt), so Vietnamese diacritics show whatever fonts the machine has.
 * The same card gives the same bytes: fixed rendering hints, and a PNG written without time or metadata.
 */
final class CardPainter {
    /** Part of every card's name: change it with anything that changes how a card looks. */
    static final String LAYOUT = "1";
    private static final Color BACKGROUND = new Color(0x0a, 0x3d, 0x91);
    private static final Color ACCENT = new Color(0xff, 0xc1, 0x07);
    private static final Color TEXT = Color.WHITE;
    private static final Color MUTED = new Color(0xc8, 0xd6, 0xf0);
    private static final int MARGIN = 80;
    private static final int TITLE_LINES = 3;

    static {
        // Only an image in memory is drawn: no display is needed, nor may one be looked for.
        System.setProperty("java.awt.headless", "true");
    }

    private CardPainter() {
    }

    private static final class Fonts {
        static final byte[] REGULAR_BYTES = resource("fonts/BeVietnamPro-Regular.ttf");
        static final byte[] BOLD_BYTES = resource("fonts/BeVietnamPro-Bold.ttf");
        static final Font REGULAR = font(REGULAR_BYTES);
        static final Font BOLD = font(BOLD_BYTES);
        static final String DIGEST = ContentStore.key(REGULAR_BYTES, BOLD_BYTES);
    }

    /** A digest of the font's files, part of every card's name. */
    static String fontDigest() {
        return Fonts.DIGEST;
    }

    /** The card as PNG bytes. */
    static byte[] png(ShareCard card) {
        BufferedImage image = new BufferedImage(ShareCard.WIDTH, ShareCard.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, ShareCard.WIDTH, ShareCard.HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 24, ShareCard.HEIGHT);
            int width = ShareCard.WIDTH - 2 * MARGIN;
            drawLine(g, Fonts.BOLD.deriveFont(36f), MUTED, card.site(), MARGIN, 70, width);
            int y = 190;
            if (card.course() != null) {
                y = drawLine(g, Fonts.REGULAR.deriveFont(38f), ACCENT, card.course(), MARGIN, y, width) + 16;
            }
            drawTitle(g, card.title(), y, width);
            drawLine(g, Fonts.REGULAR.deriveFont(30f), MUTED, card.language(), MARGIN, ShareCard.HEIGHT - 80, width);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** The title at the largest size that fits in three lines; what is left past them ends in "…". */
    private static void drawTitle(Graphics2D g, String title, int top, int width) {
        Font font = null;
        List<String> lines = List.of();
        for (float size : new float[] {68f, 58f, 50f}) {
            font = Fonts.BOLD.deriveFont(size);
            lines = wrap(g.getFontMetrics(font), title, width);
            if (lines.size() <= TITLE_LINES) {
                break;
            }
        }
        int y = top;
        for (int i = 0; i < Math.min(lines.size(), TITLE_LINES); i++) {
            String line = i == TITLE_LINES - 1 && lines.size() > TITLE_LINES ? lines.get(i) + " …" : lines.get(i);
            y = drawLine(g, font, TEXT, line, MARGIN, y, width) + 8;
        }
    }

    /** Draws one line whose top is at {@code top}, cut with "…" if too wide; returns where it ends below. */
    private static int drawLine(Graphics2D g, Font font, Color color, String text, int x, int top, int width) {
        FontMetrics metrics = g.getFontMetrics(font);
        String shown = text;
        while (metrics.stringWidth(shown) > width && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - 2).stripTrailing() + "…";
        }
        g.setFont(font);
        g.setColor(color);
        g.drawString(shown, x, top + metrics.getAscent());
        return top + metrics.getAscent() + metrics.getDescent();
    }

    /** Words into lines no wider than {@code width}; a word wider than that is a line of its own. */
    private static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(longer) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = CardPainter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the build-site jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the share cards' font cannot be read", e);
        }
    }
}
