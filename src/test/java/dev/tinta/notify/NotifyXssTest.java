package dev.tinta.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentBodies;
import dev.tinta.comments.CommentXssTest;
import dev.tinta.comments.SafeHtml;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.templates.TemplateRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/**
 * Every vector of {@code comments/xss-vectors.txt} as the author, the post title and the body of a
 * comment, in the queue feed (parsed as XML, its content parsed as HTML) and on the moderation page
 * (parsed by jsoup): text stays text, the body is the site's sanitized HTML.
 */
class NotifyXssTest {
  private static final CommentBodies BODIES = new CommentBodies();

  /** The mail link's page of the default theme, served under {@code /comments}. */
  private static final ModerationPage PAGE =
      new ModerationPage(
          TemplateRenderer.create(Path.of("no-site")),
          ConfigLoader.parse(
              "title: T\nbase_url: https://blog.example.org/\ntime_zone: Asia/Jakarta\n"),
          BODIES,
          "/comments");

  static Stream<String> vectors() throws IOException {
    return CommentXssTest.vectors().stream();
  }

  private static Waiting waiting(String vector) {
    Comment c =
        new Comment(
            "a-post",
            "c1",
            vector,
            vector,
            ZonedDateTime.parse("2026-03-01T17:00:00+07:00"),
            CommentStatus.PENDING,
            "",
            vector,
            "content/comments/a-post.yaml",
            1);
    return new Waiting(
        c, vector, "https://blog.example.org/a-post/", "https://c.example.org/admin/m/T");
  }

  /** What a one-line field must read as: the vector, cleaned the way the mail and page clean. */
  private static String line(String vector) {
    return PlainText.line(QueueFeed.xmlChars(vector));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void feedKeepsEveryFieldInert(String vector) throws Exception {
    byte[] xml =
        new QueueFeed(BODIES)
            .render(
                "Pending comments on " + vector,
                "https://c.example.org/admin/feed.xml",
                "https://c.example.org/admin",
                List.of(waiting(vector)),
                Instant.parse("2026-03-01T10:00:00Z"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    String atom = "http://www.w3.org/2005/Atom";
    org.w3c.dom.Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(atom);
    NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
    assertThat(entries.getLength()).isEqualTo(1);
    org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
    assertThat(childElements(entry))
        .containsExactly("title", "id", "updated", "author", "link", "content");
    assertThat(text(entry, "name")).isEqualTo(line(vector));
    assertThat(text(entry, "title")).isEqualTo(line(vector) + " on " + line(vector));
    org.w3c.dom.Element content =
        (org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "content").item(0);
    assertThat(content.getAttribute("type")).isEqualTo("html");
    assertThat(childElements(content)).isEmpty();
    SafeHtml.assertSafeBody(content.getTextContent());
    assertThat(content.getTextContent()).isEqualTo(QueueFeed.xmlChars(BODIES.html(vector)));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void moderationPageKeepsEveryFieldInert(String vector) {
    String html =
        new String(
            PAGE.comment(waiting(vector), "/comments/admin/m/T", Optional.empty()),
            StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, iframe, frame, object, embed, svg, math, img, style, base"))
        .isEmpty();
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        assertThat(a.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
      }
    }
    assertThat(doc.select("form")).hasSize(1);
    assertThat(doc.select("form").attr("method")).isEqualTo("post");
    assertThat(doc.select("form").attr("action")).isEqualTo("/comments/admin/m/T");
    assertThat(doc.select("button").eachAttr("value")).containsExactly("approve", "spam", "reject");
    assertThat(doc.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("/comments/style.css");
    assertThat(doc.selectFirst(".comment-author").wholeText()).isEqualTo(PlainText.line(vector));
    assertThat(doc.selectFirst(".admin-post a").wholeText()).isEqualTo(PlainText.line(vector));
    Element body = doc.selectFirst(".comment-body");
    SafeHtml.assertSafeBody(body.html());
  }

  private static List<String> childElements(org.w3c.dom.Element e) {
    List<String> out = new java.util.ArrayList<>();
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element c) {
        out.add(c.getLocalName());
      }
    }
    return out;
  }

  private static String text(org.w3c.dom.Element e, String name) {
    return e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
  }
}
