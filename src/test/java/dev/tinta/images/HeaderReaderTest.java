package dev.tinta.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.testing.TestImages;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {

  @Test
  void jpegAndPngSizesComeFromTheirHeaders() throws BadImageException {
    assertThat(HeaderReader.read(ImageFormat.JPEG, TestImages.jpeg(321, 123, 1)))
        .isEqualTo(new ImageHeader(ImageFormat.JPEG, 321, 123, 1));
    assertThat(HeaderReader.read(ImageFormat.PNG, TestImages.pngHeaderOnly(7000, 5000)))
        .isEqualTo(new ImageHeader(ImageFormat.PNG, 7000, 5000, 1));
  }

  @Test
  void theFormatIsTheOneTheBytesShowWhateverTheName() throws BadImageException {
    assertThat(HeaderReader.read(ImageFormat.JPEG, TestImages.png(30, 20, 1, false)).format())
        .isEqualTo(ImageFormat.PNG);
  }

  @Test
  void gifLogicalScreen() throws BadImageException {
    assertThat(HeaderReader.read(ImageFormat.GIF, TestImages.gif(300, 2)))
        .isEqualTo(new ImageHeader(ImageFormat.GIF, 300, 2, 1));
  }

  @Test
  void webpInItsThreeKinds() throws BadImageException {
    byte[] lossy = riff("VP8 ");
    lossy[23] = (byte) 0x9d;
    lossy[24] = 0x01;
    lossy[25] = 0x2a;
    lossy[26] = (byte) 0x20; // 800, with scale bits
    lossy[27] = (byte) (0x03 | 0x40);
    lossy[28] = (byte) 0x58; // 600
    lossy[29] = 0x02;
    byte[] extended = riff("VP8X");
    extended[24] = (byte) 0x7f; // 1920 - 1 = 0x77f
    extended[25] = 0x07;
    extended[27] = (byte) 0x37; // 1080 - 1 = 0x437
    extended[28] = 0x04;

    assertThat(HeaderReader.read(ImageFormat.WEBP, lossy))
        .isEqualTo(new ImageHeader(ImageFormat.WEBP, 800, 600, 1));
    assertThat(HeaderReader.read(ImageFormat.WEBP, extended))
        .isEqualTo(new ImageHeader(ImageFormat.WEBP, 1920, 1080, 1));
    assertThat(HeaderReader.read(ImageFormat.WEBP, ResponsiveImagesTest.webpLossless(16383, 3)))
        .isEqualTo(new ImageHeader(ImageFormat.WEBP, 16383, 3, 1));
  }

  @Test
  void aWebpWithoutAFrameHeaderIsDamaged() {
    assertThatThrownBy(() -> HeaderReader.read(ImageFormat.WEBP, riff("JUNK")))
        .isInstanceOf(BadImageException.class)
        .hasMessage("is a damaged WebP file: no VP8 header");
  }

  @Test
  void aGifOfNoPixelsIsDamaged() {
    byte[] gif = TestImages.gif(4, 4);
    gif[6] = 0;
    gif[7] = 0;
    assertThatThrownBy(() -> HeaderReader.read(ImageFormat.GIF, gif))
        .isInstanceOf(BadImageException.class)
        .hasMessage("is a damaged GIF file: its size is 0 × 4");
  }

  private static byte[] riff(String chunk) {
    byte[] b = new byte[30];
    System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
    System.arraycopy("WEBP".getBytes(), 0, b, 8, 4);
    System.arraycopy(chunk.getBytes(), 0, b, 12, 4);
    return b;
  }
}
