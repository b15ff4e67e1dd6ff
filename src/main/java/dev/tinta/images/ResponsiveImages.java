package dev.tinta.images;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Sizes local images and makes their resized variants: {@link #WIDTHS} pixels wide, never wider
 * than the original, for JPEG and PNG. Variants are cached by the SHA-256 of the source's bytes
 * (and of the encoder's settings), so a rebuild re-encodes nothing that did not change, and their
 * names carry that hash, so a browser or CDN never shows a stale one. Thread-safe: images are
 * processed in parallel, each the same way every time; a memory budget keeps the big ones from
 * being decoded all at once.
 */
public final class ResponsiveImages {
  /** The widths of the variants, in pixels. */
  public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

  /** The largest image file read: 100 MiB. */
  static final long MAX_FILE_BYTES = 100L << 20;

  /** Where the cache lives in a site folder. */
  public static final String CACHE_FOLDER = ".tinta-cache/images";

  /** Bytes of memory one pixel of the original may take while it is decoded and resized. */
  private static final long BYTES_PER_PIXEL = 12;

  private final ImageCache cache;
  private final String cacheLabel;

  /** Megapixels that may be decoded at once: half the heap. */
  private final Semaphore memory;

  private final int budget;

  /**
   * @param cacheDir the variant cache, created when the first variant is made
   * @param cacheLabel how messages name that folder ({@code .tinta-cache/images})
   */
  public ResponsiveImages(Path cacheDir, String cacheLabel) {
    // Java2D resizes the images; without a display, AWT must not try to open one
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    this.cache = new ImageCache(cacheDir);
    this.cacheLabel = cacheLabel;
    long megapixels = Runtime.getRuntime().maxMemory() / 2 / (BYTES_PER_PIXEL * 1_000_000);
    this.budget = (int) Math.max(1, Math.min(Integer.MAX_VALUE, megapixels));
    this.memory = new Semaphore(budget, true);
  }

  /** The cache of the site in {@code siteDir}: {@value #CACHE_FOLDER}. */
  public static ResponsiveImages forSite(Path siteDir) {
    return new ResponsiveImages(siteDir.resolve(CACHE_FOLDER), CACHE_FOLDER);
  }

  /** How many variants this instance took from the cache and how many it made. */
  public record Stats(int reused, int made) {}

  public Stats stats() {
    return new Stats(cache.reused(), cache.made());
  }

  /**
   * Sizes the image in {@code file} and makes its variants.
   *
   * @param name the file's name, for its expected format
   * @throws SiteException when the cache folder cannot be written (the user's disk or permissions)
   */
  public ImageResult process(String name, Path file) {
    Optional<ImageFormat> named = ImageFormat.byName(name);
    if (named.isEmpty()) {
      return new ImageResult.Unsized();
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return new ImageResult.Unreadable(
            String.format(
                Locale.ROOT,
                "is %.1f MB, over tinta's limit of %d MB for an image",
                size / 1e6,
                MAX_FILE_BYTES >> 20),
            "scale it down before adding it; tinta makes the smaller copies itself");
      }
      if (named.get() == ImageFormat.GIF || named.get() == ImageFormat.WEBP) {
        // their size is in the first 30 bytes, and they are not resized: the rest is not read
        byte[] head = head(file);
        if (ImageFormat.sniff(head).filter(ImageFormat::resizable).isEmpty()) {
          return process(name, head);
        }
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new ImageResult.Unreadable(
          "cannot be read: " + e.getMessage(), "check that the file exists and can be read");
    }
    return process(name, bytes);
  }

  /**
   * Sizes the image in {@code bytes} and makes its variants.
   *
   * @param name the file's name, for its expected format
   * @throws SiteException when the cache folder cannot be written
   */
  public ImageResult process(String name, byte[] bytes) {
    Optional<ImageFormat> named = ImageFormat.byName(name);
    if (named.isEmpty()) {
      return new ImageResult.Unsized();
    }
    try {
      if (named.get() == ImageFormat.SVG) {
        return SvgSize.of(bytes)
            .<ImageResult>map(s -> new ImageResult.Sized(ImageFormat.SVG, s[0], s[1], List.of()))
            .orElseGet(ImageResult.Unsized::new);
      }
      ImageHeader header = HeaderReader.read(named.get(), bytes);
      if (!header.format().resizable()) {
        return new ImageResult.Sized(header.format(), header.width(), header.height(), List.of());
      }
      return new ImageResult.Sized(
          header.format(), header.width(), header.height(), variants(header, bytes));
    } catch (BadImageException e) {
      return new ImageResult.Unreadable(e.getMessage(), e.hint());
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(64);
    }
  }

  /** The variants of a JPEG or PNG, from the cache or made now, narrowest first. */
  private List<ImageResult.Variant> variants(ImageHeader header, byte[] bytes)
      throws BadImageException {
    String hash = hashOf(bytes);
    List<VariantEncoder.Size> sizes = new ArrayList<>();
    for (int i = WIDTHS.size() - 1; i >= 0; i--) {
      int w = WIDTHS.get(i);
      if (w < header.width()) {
        long h = ((long) header.height() * w * 2 + header.width()) / (2L * header.width());
        sizes.add(new VariantEncoder.Size(w, (int) Math.max(1, h)));
      }
    }
    List<Path> files = new ArrayList<>();
    boolean missing = false;
    for (VariantEncoder.Size s : sizes) {
      Path f = cache.file(hash, s.width(), header.format());
      files.add(f);
      missing |= !cache.has(f);
    }
    if (missing) {
      List<byte[]> encoded = encode(header, bytes, sizes);
      for (int i = 0; i < sizes.size(); i++) {
        if (!Files.isRegularFile(files.get(i))) {
          store(files.get(i), encoded.get(i));
        }
      }
    }
    List<ImageResult.Variant> out = new ArrayList<>();
    for (int i = sizes.size() - 1; i >= 0; i--) {
      VariantEncoder.Size s = sizes.get(i);
      String suffix =
          "-" + s.width() + "w-" + hash.substring(0, 10) + "." + header.format().extension();
      out.add(new ImageResult.Variant(s.width(), s.height(), suffix, files.get(i)));
    }
    return out;
  }

  private List<byte[]> encode(ImageHeader header, byte[] bytes, List<VariantEncoder.Size> sizes)
      throws BadImageException {
    int permits = (int) Math.min(budget, Math.max(1, header.pixels() / 1_000_000));
    memory.acquireUninterruptibly(permits);
    try {
      return VariantEncoder.encode(header, bytes, sizes);
    } finally {
      memory.release(permits);
    }
  }

  private void store(Path entry, byte[] bytes) {
    try {
      cache.put(entry, bytes);
    } catch (IOException e) {
      throw new SiteException(
          Problem.inFile(cacheLabel, "cannot write the image cache: " + e)
              .withHint("check the folder's permissions and the free disk space"));
    }
  }

  /** SHA-256 of the encoder's settings and the source's bytes, in hex. */
  public static String hashOf(byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(VariantEncoder.RECIPE.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
