package dev.tinta.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.PageFrame;
import dev.tinta.model.PageModel;
import dev.tinta.model.Sidebar;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {
  @TempDir Path site;

  void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A page whose title and description are the given texts. */
  static PageModel page(String title, String description) {
    SiteConfig site = SiteConfig.defaults();
    Sidebar sidebar = new Sidebar("", List.of(), List.of(), List.of());
    return new PageModel.NotFoundPage(
        new PageFrame(
            site, sidebar, "", "/x/", "http://localhost/x/", title, description, "404", ""));
  }

  static String render(TemplateRenderer t, String layout, Locale locale, PageModel page) {
    return new String(t.render(layout, locale, page), StandardCharsets.UTF_8);
  }

  static String problemOf(Runnable r) {
    try {
      r.run();
    } catch (SiteException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0).format();
    }
    throw new AssertionError("no problem");
  }

  @Test
  void defaultThemeProvidesTheLayouts() {
    TemplateRenderer t = TemplateRenderer.create(site);
    assertThat(t.layouts())
        .containsExactlyInAnyOrder("404", "archive", "index", "page", "post", "tag", "tags");
    assertThat(t.staticFiles().keySet()).containsExactly("comments.js", "favicon.svg", "style.css");
  }

  @Test
  void siteTemplatesAddLayoutsAndOverrideFilesOneByOne() throws IOException {
    write("templates/layouts/gallery.ftlh", "<p>${t(\"home\")} ${title}</p>");
    write("templates/static/style.css", "body{}");
    write("templates/static/extra.js", "");
    TemplateRenderer t = TemplateRenderer.create(site);

    assertThat(t.layouts()).contains("gallery", "post");
    assertThat(t.staticFiles().keySet())
        .containsExactly("comments.js", "extra.js", "favicon.svg", "style.css");
    assertThat(new String(t.staticFiles().get("style.css"), StandardCharsets.UTF_8))
        .isEqualTo("body{}");
    assertThat(render(t, "gallery", Locale.forLanguageTag("id"), page("1234567", "")))
        .isEqualTo("<p>Beranda 1234567</p>");
    assertThat(render(t, "gallery", Locale.ENGLISH, page("1", ""))).isEqualTo("<p>Home 1</p>");
  }

  @Test
  void valuesAreEscaped() throws IOException {
    write("templates/layouts/x.ftlh", "<p title=\"${title}\">${title}</p>");
    assertThat(render(TemplateRenderer.create(site), "x", Locale.ENGLISH, page("<b>\"&'", "")))
        .isEqualTo("<p title=\"&lt;b&gt;&quot;&amp;&#39;\">&lt;b&gt;&quot;&amp;&#39;</p>");
  }

  @Test
  void syntaxErrorNamesTheSiteTemplateLineAndColumn() throws IOException {
    write("templates/layouts/x.ftlh", "<p>\n<#if true>\n<p>${x</p>\n</#if>\n");
    TemplateRenderer t = TemplateRenderer.create(site);
    assertThat(problemOf(() -> t.render("x", Locale.ENGLISH, page("", ""))))
        .startsWith("templates/layouts/x.ftlh:3:")
        .contains(": error: template syntax error: ");
  }

  @Test
  void runtimeErrorInAnIncludedPartialNamesThePartial() throws IOException {
    write("templates/layouts/x.ftlh", "<p>\n<#include \"/partials/y.ftlh\">\n");
    write("templates/partials/y.ftlh", "ok\n\n  ${missing.value}\n");
    TemplateRenderer t = TemplateRenderer.create(site);
    assertThat(problemOf(() -> t.render("x", Locale.ENGLISH, page("", ""))))
        .startsWith("templates/partials/y.ftlh:3:5: error: template error: ");
  }

  @Test
  void errorInTheDefaultThemeSaysSo() {
    TemplateRenderer t = TemplateRenderer.create(site);
    assertThat(problemOf(() -> t.render("post", Locale.ENGLISH, page("", ""))))
        .matches(
            "templates/(layouts|partials)/[a-z]+\\.ftlh \\(default theme\\):\\d+:\\d+: error:"
                + " template error: .*");
  }

  @Test
  void missingLayoutIsAProblem() {
    TemplateRenderer t = TemplateRenderer.create(site);
    assertThatThrownBy(() -> t.render("nope", Locale.ENGLISH, page("", "")))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::format)
                    .containsExactly("templates/layouts/nope.ftlh: error: template not found"));
  }

  @Test
  void templatesCannotReachJava() throws IOException {
    write(
        "templates/layouts/x.ftlh",
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    TemplateRenderer t = TemplateRenderer.create(site);
    assertThat(problemOf(() -> t.render("x", Locale.ENGLISH, page("", ""))))
        .startsWith("templates/layouts/x.ftlh:1:")
        .contains("template error");
  }

  /** A model value whose method has a bug. */
  public record Broken(String name) {
    public String shout() {
      return name.toUpperCase(Locale.ROOT);
    }
  }

  @Test
  void aBugInAModelMethodStaysABugNotATemplateError() throws IOException {
    write("templates/partials/p.ftlh", "<p>${broken.shout()}</p>");
    TemplateRenderer t = TemplateRenderer.create(site);

    assertThatThrownBy(() -> t.renderPartial("p", Locale.ENGLISH, new Holder(new Broken(null))))
        .isNotInstanceOf(SiteException.class)
        .hasRootCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void aBadDatePatternInATemplateIsATemplateError() throws IOException {
    write("templates/partials/p.ftlh", "<p>${date(when, \"yyyy{\")}</p>");
    TemplateRenderer t = TemplateRenderer.create(site);

    assertThat(
            problemOf(
                () ->
                    t.renderPartial(
                        "p",
                        Locale.ENGLISH,
                        new When(java.time.ZonedDateTime.parse("2010-08-31T10:00:00Z")))))
        .startsWith("templates/partials/p.ftlh:1:")
        .contains("template error")
        .contains("date style 'yyyy{'");
  }

  /** A partial's model. */
  public record Holder(Broken broken) {}

  /** A partial's model. */
  public record When(java.time.ZonedDateTime when) {}
}
