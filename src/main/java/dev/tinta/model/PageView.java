package dev.tinta.model;

import java.util.Objects;

/** A standalone page as templates see it. */
public record PageView(Page page, String url, ProcessedHtml body) {
  public PageView {
    Objects.requireNonNull(page);
    Objects.requireNonNull(url);
    Objects.requireNonNull(body);
  }

  public String title() {
    return page.title();
  }

  public String lang() {
    return page.lang();
  }

  public String content() {
    return body.html();
  }

  public String description() {
    return body.excerptText();
  }
}
