package dev.tinta.pipeline;

import dev.tinta.html.ImageLookup;
import dev.tinta.html.ImageResolver;
import dev.tinta.images.ImageResult;
import dev.tinta.images.ResponsiveImages;
import dev.tinta.model.OutputFile;
import dev.tinta.model.ProcessedHtml;
import dev.tinta.model.SizedImage;
import dev.tinta.parallel.Workers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local images of one build: which file is published at each site path (the site's {@code
 * static/}, the theme's, post folders), what each image is (read once per build, and across dev
 * server rebuilds while it does not change), and the variant files to publish for the bodies that
 * show them. Thread-safe: bodies are processed in parallel, and an image two of them show is read
 * once.
 */
final class SiteImages implements ImageResolver {
  private final Path siteDir;
  private final ResponsiveImages images;
  private final ImageMemo memo;
  private final Workers workers;

  /** The published files, by site path ({@code /img/a.png}). */
  private final Map<String, OutputFile> bySitePath = new HashMap<>();

  /** Site paths by the site-relative file they are published from. */
  private final Map<String, String> sitePathBySource = new HashMap<>();

  private final Map<String, CompletableFuture<ImageLookup>> lookups = new ConcurrentHashMap<>();

  /** The cache file of each variant looked up, by the variant's site path. */
  private final Map<String, Path> variants = new ConcurrentHashMap<>();

  /**
   * @param published the static files and post-folder files of the site, as {@link
   *     StaticFiles#collect} lists them
   */
  SiteImages(
      Path siteDir,
      List<OutputFile> published,
      ResponsiveImages images,
      ImageMemo memo,
      Workers workers) {
    this.siteDir = siteDir;
    this.images = images;
    this.memo = memo;
    this.workers = workers;
    for (OutputFile f : published) {
      bySitePath.put("/" + f.path(), f);
      if (f instanceof OutputFile.Copied c) {
        sitePathBySource.put(relative(c.source()), "/" + f.path());
      }
    }
  }

  /** The images of this build, with what {@code reuse} keeps of the last build's. */
  static SiteImages of(Path siteDir, List<OutputFile> published, Reuse reuse, Workers workers) {
    return new SiteImages(
        siteDir, published, ResponsiveImages.forSite(siteDir), reuse.images(), workers);
  }

  ImageMemo memo() {
    return memo;
  }

  @Override
  public ImageLookup atSitePath(String sitePath) {
    if (!bySitePath.containsKey(sitePath)) {
      return new ImageLookup.Missing(
          "no file " + StaticFiles.FOLDER + sitePath + ", nor a post folder's file at that path");
    }
    return lookup(sitePath);
  }

  @Override
  public ImageLookup atSource(String sourcePath) {
    String sitePath = sitePathBySource.get(sourcePath);
    if (sitePath != null) {
      return lookup(sitePath);
    }
    if (Files.isRegularFile(siteDir.resolve(sourcePath))) {
      return new ImageLookup.Missing(
          sourcePath
              + " is not published: put images in the post's own folder (beside index.md) or in "
              + StaticFiles.FOLDER
              + "/");
    }
    return new ImageLookup.Missing("no file " + sourcePath);
  }

  /** Reads the images side by side on the build's pool; the caller's thread takes part. */
  @Override
  public void prepare(List<String> sitePaths, List<String> sourcePaths) {
    Set<String> paths = new TreeSet<>();
    sitePaths.stream().filter(bySitePath::containsKey).forEach(paths::add);
    sourcePaths.stream().map(sitePathBySource::get).filter(p -> p != null).forEach(paths::add);
    paths.removeIf(lookups::containsKey);
    if (paths.size() > 1) {
      workers.forEach(new ArrayList<>(paths), this::lookup);
    }
  }

  /** Reads the image at {@code sitePath} once per build, however many bodies show it. */
  private ImageLookup lookup(String sitePath) {
    CompletableFuture<ImageLookup> mine = new CompletableFuture<>();
    CompletableFuture<ImageLookup> theirs = lookups.putIfAbsent(sitePath, mine);
    if (theirs != null) {
      try {
        return theirs.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      mine.complete(read(sitePath, bySitePath.get(sitePath)));
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }

  private ImageLookup read(String sitePath, OutputFile file) {
    String label;
    ImageResult result;
    String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
    if (file instanceof OutputFile.Copied c) {
      label = relative(c.source());
      result = memo.get(label, c.source()).orElseGet(() -> readFile(label, name, c.source()));
    } else {
      label = "the theme's static/" + file.path();
      result = images.process(name, ((OutputFile.Generated) file).bytes());
    }
    if (result instanceof ImageResult.Unreadable u) {
      return new ImageLookup.Unreadable(label, u.message(), u.hint());
    }
    if (!(result instanceof ImageResult.Sized s)) {
      return new ImageLookup.Found(new SizedImage(sitePath, 0, 0, List.of()));
    }
    List<SizedImage.Candidate> candidates = new ArrayList<>();
    String folder = sitePath.substring(0, sitePath.lastIndexOf('/') + 1);
    for (ImageResult.Variant v : s.variants()) {
      String path = folder + v.nameFor(name);
      candidates.add(new SizedImage.Candidate(path, v.width(), v.height()));
      variants.put(path, v.file());
    }
    int widest = ResponsiveImages.WIDTHS.get(ResponsiveImages.WIDTHS.size() - 1);
    if (!candidates.isEmpty() && s.width() <= widest) {
      candidates.add(new SizedImage.Candidate(sitePath, s.width(), s.height()));
    }
    return new ImageLookup.Found(new SizedImage(sitePath, s.width(), s.height(), candidates));
  }

  private ImageResult readFile(String label, String name, Path path) {
    BasicFileAttributes before;
    try {
      before = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return images.process(name, path); // reports the file as unreadable
    }
    ImageResult result = images.process(name, path);
    memo.put(label, before, result);
    return result;
  }

  /** Whether a body processed by an earlier build shows the same images now. */
  boolean unchanged(ProcessedHtml body) {
    for (SizedImage old : body.images()) {
      ImageLookup now =
          bySitePath.containsKey(old.path()) ? lookup(old.path()) : atSitePath(old.path());
      if (!(now instanceof ImageLookup.Found f) || !f.image().equals(old)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The variant files {@code bodies} show, each once, by path; a variant whose name a published
   * file already has is that file (the name holds the content hash).
   */
  List<OutputFile> files(Bodies bodies) {
    List<ProcessedHtml> all = new ArrayList<>();
    bodies.articles().forEach(a -> all.add(a.body()));
    bodies.pages().forEach(p -> all.add(p.body()));
    Map<String, OutputFile> out = new TreeMap<>();
    for (ProcessedHtml body : all) {
      for (SizedImage image : body.images()) {
        for (SizedImage.Candidate c : image.candidates()) {
          Path cached = variants.get(c.path());
          if (cached != null && !bySitePath.containsKey(c.path())) {
            out.putIfAbsent(c.path(), OutputFile.copy(c.path().substring(1), cached));
          }
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private String relative(Path file) {
    return siteDir.relativize(file).toString().replace('\\', '/');
  }
}
