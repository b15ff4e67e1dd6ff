package dev.tinta.importer;

import dev.tinta.model.SiteConfig;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import and how.
 *
 * @param input the export file or the blog's source folder
 * @param zone the zone that decides local dates when the source gives only UTC ({@code
 *     --time-zone}, else the site's)
 * @param zoneGiven whether {@code --time-zone} named the zone (it then also goes to site.yaml)
 * @param site the target site's settings (defaults for a new site)
 * @param siteDir the target site's folder (Disqus reads its posts)
 * @param markdown whether HTML bodies are converted to Markdown ({@code --markdown})
 */
public record ImportRequest(
    Path input, ZoneId zone, boolean zoneGiven, SiteConfig site, Path siteDir, boolean markdown) {
  public ImportRequest {
    Objects.requireNonNull(input);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(site);
    Objects.requireNonNull(siteDir);
  }

  /** The zone named by {@code --time-zone}, if one was. */
  public Optional<ZoneId> givenZone() {
    return zoneGiven ? Optional.of(zone) : Optional.empty();
  }

  /** Shown in problems: the input's file name as the user gave it. */
  public String inputName() {
    return input.toString().replace(java.io.File.separatorChar, '/');
  }
}
