package dev.tinta.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Decodes a JPEG or PNG once and encodes it at smaller sizes, the same bytes on every run: the
 * writers get fixed settings and no metadata (ImageIO's JPEG writer then writes a plain JFIF
 * header, with no date, software name or EXIF block), and streams stay in memory, never in
 * ImageIO's shared file cache.
 */
final class VariantEncoder {
  /** JPEG quality, as ImageIO's 0 to 1 scale (libjpeg's 80). */
  static final float JPEG_QUALITY = 0.8f;

  /**
   * What decides the bytes of a variant; part of the content hash, so a change here renames every
   * variant and leaves the old cache entries unused.
   */
  static final String RECIPE =
      "tinta-images/1 thumbnailator-0.4.21 jpeg-q" + JPEG_QUALITY + "-progressive png-default";

  private VariantEncoder() {}

  /** A size to make. */
  record Size(int width, int height) {}

  /**
   * Decodes {@code bytes} and encodes one copy per size, widest first; each is resized from the
   * previous one, which is as sharp as resizing the original and much quicker.
   *
   * @param sizes in decreasing width, each smaller than the image
   * @throws BadImageException when the pixels cannot be decoded (damaged or truncated data, a
   *     colour model ImageIO cannot read)
   */
  static List<byte[]> encode(ImageHeader header, byte[] bytes, List<Size> sizes)
      throws BadImageException {
    BufferedImage image = oriented(decode(header.format(), bytes), header.orientation());
    int type =
        image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    List<byte[]> out = new ArrayList<>();
    BufferedImage from = image;
    for (Size size : sizes) {
      BufferedImage resized;
      try {
        resized =
            Thumbnails.of(from)
                .forceSize(size.width(), size.height())
                .imageType(type)
                .asBufferedImage();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in-memory images: no I/O happens
      }
      out.add(write(header.format(), resized));
      from = resized;
    }
    return out;
  }

  private static BufferedImage decode(ImageFormat format, byte[] bytes) throws BadImageException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = HeaderReader.reader(format, in);
      List<String> truncated = new ArrayList<>();
      try {
        reader.setInput(in, true, true);
        // libjpeg reports a file cut short as a warning and fills the rest with grey
        reader.addIIOReadWarningListener(
            (source, warning) -> {
              String w = warning.toLowerCase(Locale.ROOT);
              if (w.contains("truncated") || w.contains("premature end")) {
                truncated.add(warning);
              }
            });
        BufferedImage image = reader.read(0);
        if (!truncated.isEmpty()) {
          throw new BadImageException(
              "is cut short: " + truncated.get(0),
              "the file was not copied completely; copy or export it again");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("Unsupported Image Type")) {
        throw new BadImageException(
            "uses a colour model ImageIO cannot read (CMYK or YCCK)",
            "save it as an RGB " + HeaderReader.name(format));
      }
      throw HeaderReader.damaged(format, e);
    }
  }

  private static BufferedImage oriented(BufferedImage image, int orientation) {
    if (orientation == 1) {
      return image;
    }
    return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(image);
  }

  private static byte[] write(ImageFormat format, BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format.extension()).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format == ImageFormat.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        // progressive: smaller for photos, and shown coarse-to-fine while it loads
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // to memory: no I/O happens
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
