package dev.tinta.importer;

import dev.tinta.config.ConfigLoader;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One {@code tinta import}: read the source with its importer, then write it into the site. */
public final class ImportRun {
  /** The source kinds. */
  public enum Kind {
    BLOGGER,
    WORDPRESS,
    DISQUS,
    JEKYLL,
    HUGO;

    Importer importer() {
      return switch (this) {
        case BLOGGER -> new BloggerImporter();
        case WORDPRESS -> new WordPressImporter();
        case DISQUS -> new DisqusImporter();
        case JEKYLL -> new JekyllImporter();
        case HUGO -> new HugoImporter();
      };
    }

    boolean folder() {
      return this == JEKYLL || this == HUGO;
    }
  }

  /**
   * How to import.
   *
   * @param zone {@code --time-zone}, if given
   * @param images a client to fetch images with ({@code --images download}), if wanted
   */
  public record Options(
      Path input,
      Path siteDir,
      boolean force,
      boolean dryRun,
      Optional<ZoneId> zone,
      boolean markdown,
      Optional<HttpClient> images) {
    public Options {
      Objects.requireNonNull(input);
      Objects.requireNonNull(siteDir);
      Objects.requireNonNull(zone);
      Objects.requireNonNull(images);
    }
  }

  private ImportRun() {}

  /**
   * Runs the import.
   *
   * @throws SiteException for a missing or malformed input, conflicts, or an unwritable site
   */
  public static ImportSummary run(Kind kind, Options o) {
    String name = o.input().toString();
    if (kind.folder() ? !Files.isDirectory(o.input()) : !Files.isRegularFile(o.input())) {
      throw new SiteException(
          Problem.inFile(name, kind.folder() ? "no such folder" : "no such file")
              .withHint(kind.folder() ? "give the blog's source folder" : "give the export file"));
    }
    boolean siteExists = Files.isRegularFile(o.siteDir().resolve("site.yaml"));
    if (kind == Kind.DISQUS && !siteExists) {
      throw new SiteException(
          Problem.inFile(o.siteDir().resolve("site.yaml").toString(), "no site to add comments to")
              .withHint("Disqus holds only comments: import the posts first, then the comments"));
    }
    SiteConfig config = siteExists ? ConfigLoader.load(o.siteDir()) : SiteConfig.defaults();
    ZoneId zone = o.zone().orElse(config.timeZone());
    ImportRequest request =
        new ImportRequest(o.input(), zone, o.zone().isPresent(), config, o.siteDir(), o.markdown());
    ImportResult result = kind.importer().read(request);
    String siteYaml = "";
    if (!siteExists) {
      List<String> warnings = new ArrayList<>(result.warnings());
      SiteSettings s = result.settings();
      if (s.timeZone().isEmpty() && o.zone().isPresent()) {
        s =
            new SiteSettings(
                s.title(),
                s.description(),
                s.baseUrl(),
                s.language(),
                zone.getId(),
                s.author(),
                s.permalink());
      }
      siteYaml = SiteYaml.of(s, warnings);
      config = ConfigLoader.parse(siteYaml);
      result = withWarnings(result, warnings);
    }
    int downloaded = 0;
    if (o.images().isPresent() && !o.dryRun()) {
      dev.tinta.pipeline.Permalinks permalinks =
          new dev.tinta.pipeline.Permalinks(config.permalink(), config.timeZone());
      ImageDownloads d =
          new ImageDownloads(o.images().get(), p -> permalinks.of(p.date(), p.slug()));
      result = d.apply(result);
      downloaded = d.downloaded();
    }
    return new ImportWriter(o.siteDir(), o.force(), o.dryRun())
        .write(result, config, siteYaml, downloaded);
  }

  private static ImportResult withWarnings(ImportResult r, List<String> warnings) {
    return new ImportResult(
        r.posts(),
        r.pages(),
        r.comments(),
        r.files(),
        r.settings(),
        r.skipped(),
        warnings,
        r.images(),
        r.sitePosts());
  }
}
