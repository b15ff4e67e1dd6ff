package dev.tinta.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponsiveImagesTest {
  @TempDir Path tmp;

  private ResponsiveImages images() {
    return new ResponsiveImages(tmp.resolve("cache"), ".tinta-cache/images");
  }

  @Test
  void aLargeJpegGetsEveryWidthWithItsProportions() throws IOException {
    byte[] jpeg = TestImages.jpeg(2000, 1333, 1);

    ImageResult.Sized sized = (ImageResult.Sized) images().process("photo.jpg", jpeg);

    assertThat(sized.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(sized.width()).isEqualTo(2000);
    assertThat(sized.height()).isEqualTo(1333);
    String hash = ResponsiveImages.hashOf(jpeg);
    assertThat(sized.variants())
        .extracting(v -> v.width() + "x" + v.height() + " " + v.nameFor("photo.jpg"))
        .containsExactly(
            "480x320 photo-480w-" + hash.substring(0, 10) + ".jpg",
            "960x640 photo-960w-" + hash.substring(0, 10) + ".jpg",
            "1600x1066 photo-1600w-" + hash.substring(0, 10) + ".jpg");
    for (ImageResult.Variant v : sized.variants()) {
      assertThat(v.file()).isEqualTo(tmp.resolve("cache/" + hash + "-" + v.width() + ".jpg"));
      BufferedImage decoded = TestImages.decode(Files.readAllBytes(v.file()));
      assertThat(decoded.getWidth()).isEqualTo(v.width());
      assertThat(decoded.getHeight()).isEqualTo(v.height());
    }
  }

  @Test
  void imagesAreNeverMadeWider() {
    ResponsiveImages images = images();

    ImageResult.Sized mid =
        (ImageResult.Sized) images.process("a.jpg", TestImages.jpeg(1000, 500, 2));
    ImageResult.Sized narrow =
        (ImageResult.Sized) images.process("b.jpg", TestImages.jpeg(480, 300, 3));
    ImageResult.Sized exact =
        (ImageResult.Sized) images.process("c.png", TestImages.png(1600, 100, 4, false));

    assertThat(mid.variants()).extracting(ImageResult.Variant::width).containsExactly(480, 960);
    assertThat(mid.variants()).extracting(ImageResult.Variant::height).containsExactly(240, 480);
    assertThat(narrow.variants()).isEmpty();
    assertThat(narrow.width()).isEqualTo(480);
    assertThat(exact.variants()).extracting(ImageResult.Variant::width).containsExactly(480, 960);
  }

  @Test
  void pngVariantsArePngsThatKeepTransparency() throws IOException {
    ImageResult.Sized sized =
        (ImageResult.Sized) images().process("logo.png", TestImages.png(1200, 600, 5, true));

    assertThat(sized.format()).isEqualTo(ImageFormat.PNG);
    ImageResult.Variant small = sized.variants().get(0);
    assertThat(small.nameFor("logo.png")).endsWith(".png").startsWith("logo-480w-");
    BufferedImage decoded = TestImages.decode(Files.readAllBytes(small.file()));
    assertThat(decoded.getColorModel().hasAlpha()).isTrue();
    assertThat(decoded.getWidth()).isEqualTo(480);
    assertThat(decoded.getHeight()).isEqualTo(240);
  }

  @Test
  void gifAndWebpAreSizedFromTheirHeadersAndNotResized() {
    ResponsiveImages images = images();

    assertThat(images.process("anim.gif", TestImages.gif(1200, 90)))
        .isEqualTo(new ImageResult.Sized(ImageFormat.GIF, 1200, 90, List.of()));
    assertThat(images.process("photo.webp", webpLossless(2000, 1000)))
        .isEqualTo(new ImageResult.Sized(ImageFormat.WEBP, 2000, 1000, List.of()));
    assertThat(tmp.resolve("cache")).doesNotExist();
  }

  @Test
  void gifAndWebpFilesAreSizedFromTheirFirstBytes() throws IOException {
    Path gif = tmp.resolve("anim.gif");
    Files.write(gif, TestImages.gif(640, 480));
    Path webp = tmp.resolve("photo.webp");
    Files.write(webp, webpLossless(300, 200));
    Path jpegNamedGif = tmp.resolve("really-a-photo.gif");
    Files.write(jpegNamedGif, TestImages.jpeg(600, 400, 14));

    assertThat(images().process("anim.gif", gif))
        .isEqualTo(new ImageResult.Sized(ImageFormat.GIF, 640, 480, List.of()));
    assertThat(images().process("photo.webp", webp))
        .isEqualTo(new ImageResult.Sized(ImageFormat.WEBP, 300, 200, List.of()));
    ImageResult.Sized photo =
        (ImageResult.Sized) images().process("really-a-photo.gif", jpegNamedGif);
    assertThat(photo.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(photo.variants().get(0).nameFor("really-a-photo.gif"))
        .startsWith("really-a-photo-480w-")
        .endsWith(".jpg");
  }

  @Test
  void svgIsSizedFromItsRootElement() {
    ResponsiveImages images = images();
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" viewBox=\"0 0 320 60\"/>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] relative =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 320 60\"/>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(images.process("map.svg", svg))
        .isEqualTo(new ImageResult.Sized(ImageFormat.SVG, 640, 120, List.of()));
    assertThat(images.process("map.svg", relative)).isEqualTo(new ImageResult.Unsized());
  }

  @Test
  void otherFilesAreNotSized() {
    assertThat(images().process("diagram.bmp", new byte[] {'B', 'M'}))
        .isEqualTo(new ImageResult.Unsized());
  }

  @ParameterizedTest(name = "EXIF before JFIF: {0}")
  @ValueSource(booleans = {true, false})
  void aSidewaysPhotoIsSizedAndResizedAsItIsShown(boolean beforeJfif) throws IOException {
    // stored 1200 wide and 800 high, shown turned a quarter clockwise (EXIF orientation 6)
    byte[] jpeg = TestImages.withOrientation(TestImages.jpeg(1200, 800, 6), 6, beforeJfif);

    ImageResult.Sized sized = (ImageResult.Sized) images().process("phone.jpg", jpeg);

    assertThat(sized.width()).isEqualTo(800);
    assertThat(sized.height()).isEqualTo(1200);
    ImageResult.Variant v = sized.variants().get(0);
    assertThat(v.width() + "x" + v.height()).isEqualTo("480x720");
    BufferedImage decoded = TestImages.decode(Files.readAllBytes(v.file()));
    assertThat(decoded.getWidth()).isEqualTo(480);
    assertThat(decoded.getHeight()).isEqualTo(720);
    // the red corner, top left as stored, is top right as shown
    assertThat(red(decoded.getRGB(decoded.getWidth() - 5, 5))).isTrue();
    assertThat(red(decoded.getRGB(5, 5))).isFalse();
  }

  @Test
  void theCacheIsUsedInsteadOfEncodingAgain() throws IOException {
    byte[] jpeg = TestImages.jpeg(1700, 1000, 7);
    ResponsiveImages first = images();
    ImageResult.Sized made = (ImageResult.Sized) first.process("p.jpg", jpeg);
    assertThat(first.stats()).isEqualTo(new ResponsiveImages.Stats(0, 3));
    // a cache entry with other bytes: if the next run encoded again, it would replace them
    Path entry = made.variants().get(1).file();
    Files.write(entry, new byte[] {1, 2, 3});

    ResponsiveImages second = images();
    ImageResult again = second.process("p.jpg", jpeg);

    assertThat(again).isEqualTo(made);
    assertThat(second.stats()).isEqualTo(new ResponsiveImages.Stats(3, 0));
    assertThat(Files.readAllBytes(entry)).containsExactly(1, 2, 3);
  }

  @Test
  void aMissingCacheEntryIsMadeAgainAlone() throws IOException {
    byte[] jpeg = TestImages.jpeg(1700, 1000, 8);
    ImageResult.Sized made = (ImageResult.Sized) images().process("p.jpg", jpeg);
    byte[] before = Files.readAllBytes(made.variants().get(0).file());
    Files.delete(made.variants().get(0).file());

    ResponsiveImages second = images();
    second.process("p.jpg", jpeg);

    assertThat(second.stats()).isEqualTo(new ResponsiveImages.Stats(2, 1));
    assertThat(Files.readAllBytes(made.variants().get(0).file())).isEqualTo(before);
  }

  @Test
  void variantsAreTheSameBytesEveryTimeAndCarryNoMetadata() throws IOException {
    byte[] jpeg = TestImages.jpeg(1000, 700, 9);
    ImageResult.Sized a =
        (ImageResult.Sized) new ResponsiveImages(tmp.resolve("a"), "a").process("x.jpg", jpeg);
    ImageResult.Sized b =
        (ImageResult.Sized) new ResponsiveImages(tmp.resolve("b"), "b").process("x.jpg", jpeg);

    for (int i = 0; i < a.variants().size(); i++) {
      byte[] bytes = Files.readAllBytes(a.variants().get(i).file());
      assertThat(bytes).isEqualTo(Files.readAllBytes(b.variants().get(i).file()));
      assertThat(JpegMarkers.of(bytes))
          .as("markers before the first scan")
          .containsExactly("SOI", "APP0 JFIF", "DQT", "DQT", "SOF2", "DHT", "DHT", "SOS");
    }
  }

  @Test
  void aFileThatIsNotAnImageIsUnreadable() {
    ImageResult result = images().process("photo.jpg", "<html>oops</html>".getBytes());

    assertThat(result)
        .isEqualTo(
            new ImageResult.Unreadable(
                "is not a JPEG file (its first bytes are not an image's)",
                "open it in an image editor and save it again as JPEG"));
  }

  @Test
  void aDamagedHeaderIsUnreadable() {
    byte[] jpeg = Arrays.copyOf(TestImages.jpeg(800, 600, 10), 200);

    ImageResult result = images().process("photo.jpg", jpeg);

    assertThat(result).isInstanceOf(ImageResult.Unreadable.class);
    assertThat(((ImageResult.Unreadable) result).message()).startsWith("is a damaged JPEG file: ");
  }

  @Test
  void aFileCutShortIsUnreadable() {
    byte[] whole = TestImages.jpeg(1200, 800, 11);
    byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);

    ImageResult result = images().process("photo.jpg", cut);

    assertThat(result)
        .isEqualTo(
            new ImageResult.Unreadable(
                "is cut short: Truncated File - Missing EOI marker",
                "the file was not copied completely; copy or export it again"));
    assertThat(tmp.resolve("cache")).doesNotExist();
  }

  @Test
  void aHugeImageIsRefusedFromItsHeaderBeforeAnythingIsDecoded() {
    // 20,000 × 20,000 pixels would take 1.6 GB decoded; the file has only its header
    ImageResult png = images().process("scan.png", TestImages.pngHeaderOnly(20_000, 20_000));
    ImageResult jpeg =
        images()
            .process("pano.jpg", TestImages.jpegClaiming(TestImages.jpeg(64, 64, 12), 9000, 5000));

    assertThat(png)
        .isEqualTo(
            new ImageResult.Unreadable(
                "is 20000 × 20000 pixels (400.0 megapixels), over tinta's limit of 40 megapixels",
                "scale it down to at most 4000 pixels wide before adding it; "
                    + "tinta makes the smaller copies itself"));
    assertThat(((ImageResult.Unreadable) jpeg).message())
        .isEqualTo("is 9000 × 5000 pixels (45.0 megapixels), over tinta's limit of 40 megapixels");
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = tmp.resolve("big.jpg");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(ResponsiveImages.MAX_FILE_BYTES + 1); // sparse: nothing is written
    }

    assertThat(images().process("big.jpg", big))
        .isEqualTo(
            new ImageResult.Unreadable(
                "is 104.9 MB, over tinta's limit of 100 MB for an image",
                "scale it down before adding it; tinta makes the smaller copies itself"));
  }

  @Test
  void aCacheThatCannotBeWrittenIsAProblemNamingTheFolder() throws IOException {
    Path notAFolder = tmp.resolve("cache");
    Files.writeString(notAFolder, "a file where the cache folder should be");

    assertThatThrownBy(() -> images().process("p.jpg", TestImages.jpeg(900, 600, 13)))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::file, Problem::line)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(".tinta-cache/images", 0)));
  }

  private static boolean red(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return r > 200 && g < 60 && b < 60;
  }

  /** The header of a lossless WebP file: RIFF, VP8L chunk, signature, 14-bit sizes less one. */
  static byte[] webpLossless(int width, int height) {
    byte[] b = new byte[30];
    System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
    System.arraycopy("WEBPVP8L".getBytes(), 0, b, 8, 8);
    b[20] = 0x2f;
    int bits = (width - 1) | (height - 1) << 14;
    b[21] = (byte) bits;
    b[22] = (byte) (bits >> 8);
    b[23] = (byte) (bits >> 16);
    b[24] = (byte) (bits >> 24);
    return b;
  }
}
