package io.buildsite.load;

import io.buildsite.model.ImageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.buildsite.testing.TestImages.picture;
import static org.assertj.core.api.Assertions.assertThat;

/** The size the load stage reads of an image file, as a browser would show it. */
class ImageSizesTest {
    @TempDir
    Path dir;

    private ImageSize sizeOf(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return ImageSizes.of(file);
    }

    private ImageSize svg(String root) throws IOException {
        return sizeOf("d.svg", ("<?xml version=\"1.0\"?>\n" + root + "<rect width=\"1\" height=\"1\"/></svg>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPngJpegAndGifGiveTheirPixelSize() throws IOException {
        assertThat(sizeOf("a.png", picture("png", 30, 20))).isEqualTo(new ImageSize(30, 20));
        assertThat(sizeOf("b.jpg", picture("jpeg", 50, 40))).isEqualTo(new ImageSize(50, 40));
        assertThat(sizeOf("c.gif", picture("gif", 70, 60))).isEqualTo(new ImageSize(70, 60));
    }

    @Test
    void aPngsSizeIsReadFromItsHeaderAloneWithoutItsPixels() throws IOException {
        byte[] header = Arrays.copyOf(picture("png", 300, 200), 33); // signature and IHDR chunk only

        assertThat(sizeOf("a.png", header)).isEqualTo(new ImageSize(300, 200));
    }

    @Test
    void aPictureIsMeasuredByWhatItIsNotByItsName() throws IOException {
        assertThat(sizeOf("a.jpg", picture("png", 30, 20))).isEqualTo(new ImageSize(30, 20));
    }

    @Test
    void aFileThatIsNoPictureHasNoSize() throws IOException {
        assertThat(sizeOf("a.png", "not an image".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void kindsThatAreNotReadHaveNoSize() throws IOException {
        assertThat(sizeOf("a.webp", picture("png", 30, 20))).isNull();
        assertThat(sizeOf("a.pdf", picture("png", 30, 20))).isNull();
    }

    @Test
    void anSvgWithWidthAndHeightHasThem() throws IOException {
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80px\" viewBox=\"0 0 12 4\">"))
                .isEqualTo(new ImageSize(120, 80));
    }

    @Test
    void anSvgWithAViewBoxAloneHasTheViewBoxsSize() throws IOException {
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-5 -5 400.4 300\">"))
                .isEqualTo(new ImageSize(400, 300));
    }

    @Test
    void anSvgWithOneLengthTakesTheOtherFromTheViewBoxsProportions() throws IOException {
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" viewBox=\"0,0,400,300\">"))
                .isEqualTo(new ImageSize(200, 150));
    }

    @Test
    void anSvgsRelativeLengthsGiveWayToTheViewBox() throws IOException {
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"2em\" viewBox=\"0 0 40 30\">"))
                .isEqualTo(new ImageSize(40, 30));
    }

    @Test
    void anSvgsAbsoluteUnitsAreCssPixels() throws IOException {
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1in\" height=\"2.54cm\">"))
                .isEqualTo(new ImageSize(96, 96));
    }

    @Test
    void anSvgWithNeitherLengthsNorViewBoxHasNoSize() throws IOException {
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"50%\">")).isNull();
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 0 10\">")).isNull();
    }

    @Test
    void aCleanedSvgOfTheContentHasTheSizeOfItsRoot() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 48\" onload=\"x()\"/>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SvgSanitizer.clean(svg).size()).isEqualTo(new ImageSize(64, 48));
    }
}
