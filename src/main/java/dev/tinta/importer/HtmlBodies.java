package dev.tinta.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an imported HTML body into the Markdown of a post: by default the HTML itself, cut into
 * blocks that CommonMark passes through untouched (CommonMark §4.6: each block starts a line with a
 * block tag and holds no blank line; loose inline content goes into a {@code <div>}); with {@code
 * --markdown}, converted by flexmark's HTML-to-Markdown converter. Blogger's jump break ({@code <a
 * name="more">}) becomes tinta's {@code <!--more-->}.
 */
final class HtmlBodies {
  /** CommonMark 0.30 §4.6 condition 6: tags that start an HTML block ending at a blank line. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "iframe",
          "menu",
          "nav",
          "ol",
          "p",
          "section",
          "table",
          "ul");

  /** A character no export holds, standing for a line break inside {@code <pre>}. */
  private static final char PRE_NEWLINE = '\uE000';

  private static final String MORE = "<!--more-->";

  private final boolean markdown;
  private final FlexmarkHtmlConverter converter;

  HtmlBodies(boolean markdown) {
    this.markdown = markdown;
    MutableDataSet options = new MutableDataSet();
    options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
    options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
    options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
    this.converter = FlexmarkHtmlConverter.builder(options).build();
  }

  /** A post or page body as Markdown, ending in one line break. */
  String body(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    List<String> parts = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    for (Node n : new ArrayList<>(doc.body().childNodes())) {
      if (n instanceof Element e && e.nameIs("a") && e.attr("name").equals("more")) {
        flush(run, parts);
        parts.add(MORE);
      } else if (n instanceof Element e
          && (BLOCK_TAGS.contains(e.normalName()) || e.nameIs("pre"))) {
        flush(run, parts);
        parts.add(block(e.outerHtml(), e));
      } else if (n instanceof TextNode t && t.isBlank() && run.isEmpty()) {
        continue;
      } else {
        run.add(n);
      }
    }
    flush(run, parts);
    return String.join("\n\n", parts) + "\n";
  }

  private void flush(List<Node> run, List<String> parts) {
    while (!run.isEmpty() && run.get(run.size() - 1) instanceof TextNode t && t.isBlank()) {
      run.remove(run.size() - 1);
    }
    if (run.isEmpty()) {
      return;
    }
    StringBuilder html = new StringBuilder();
    for (Node n : run) {
      html.append(n.outerHtml());
    }
    run.clear();
    if (markdown) {
      parts.add(converted(html.toString()));
    } else {
      parts.add(noBlankLines("<div>" + html.toString().strip() + "</div>"));
    }
  }

  private String block(String outerHtml, Element e) {
    if (markdown) {
      return converted(outerHtml);
    }
    if (e.nameIs("pre")) {
      // a <pre> block (CommonMark condition 1) may hold blank lines: it ends at </pre>
      return outerHtml.strip();
    }
    for (Element pre : e.select("pre")) {
      for (TextNode t : pre.textNodes()) {
        t.text(t.getWholeText().replace('\n', PRE_NEWLINE));
      }
    }
    return noBlankLines(e.outerHtml()).replace(String.valueOf(PRE_NEWLINE), "&#10;");
  }

  private String converted(String html) {
    return converter.convert(html).strip();
  }

  /** The HTML without empty lines (outside {@code <pre>} a line break is only white space). */
  private static String noBlankLines(String html) {
    return html.strip().replaceAll("\\n[ \\t\\r\\f]*(?=\\n)", "").replace("\r", "");
  }

  /** A reader's comment as Markdown; the site renders it with the strict comment renderer. */
  String comment(String html) {
    // a hard break before a blank line or the end breaks nothing: its spaces go
    return converted(html.replace("\r\n", "\n")).replaceAll("[ \t]+\n(?=\n)", "\n");
  }
}
