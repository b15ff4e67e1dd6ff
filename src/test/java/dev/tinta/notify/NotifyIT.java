package dev.tinta.notify;

import static dev.tinta.notify.OwnerInbox.OWNER;
import static dev.tinta.notify.OwnerInbox.freePort;
import static dev.tinta.notify.OwnerInbox.reviewLinks;
import static dev.tinta.notify.OwnerInbox.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.intake.IntakeOptions;
import dev.tinta.intake.IntakeServer;
import dev.tinta.intake.TestClock;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.quality.NuCheck;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on a real comment server and a real SMTP server (GreenMail, 127.0.0.1): a reader
 * posts, the owner gets one mail per interval listing every new comment, its links show the comment
 * on GET and act only on POST, and expired or altered links are refused.
 */
@Timeout(120)
class NotifyIT {
  @TempDir Path tmp;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final List<AutoCloseable> open = new ArrayList<>();
  private URI server;
  private Path site;
  private String language = "en";

  @AfterEach
  void close() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @Test
  void twoCommentsInOneIntervalMakeOneMailWhoseLinksActOnlyOnPost() throws Exception {
    OwnerInbox smtp = inbox(OwnerInbox.start());
    start(smtp.port(), "2s");
    // tokens first, so that the two comments are stored well within one interval
    String first = token();
    String second = token();
    assertThat(post("Ayu", "First *new* comment.", first)).isEqualTo(303);
    assertThat(post("Budi", "Second new comment.", second)).isEqualTo(303);

    assertThat(smtp.await(1, Duration.ofSeconds(15))).isTrue();
    // no second mail for the same comments, and none for anything else
    assertThat(smtp.await(2, Duration.ofSeconds(3))).isFalse();
    MimeMessage mail = smtp.mails()[0];
    assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress(OWNER));
    assertThat(mail.getSubject()).isEqualTo("2 new comments wait on Notify test");
    String text = text(mail);
    assertThat(masked(text))
        .isEqualTo(
            """
            2 new comments wait for moderation on Notify test.

            1. Ayu on "Open post", 2026-03-01 17:00 +07:00
               First new comment.
               Review: %1$sadmin/m/TOKEN
               Post: https://blog.example.org/2026/01/open/

            2. Budi on "Open post", 2026-03-01 17:00 +07:00
               Second new comment.
               Review: %1$sadmin/m/TOKEN
               Post: https://blog.example.org/2026/01/open/

            All pending comments: %1$sadmin

            The review links work for 7 days. Opening one changes nothing; only its buttons do.
            """
                .formatted(server));
    List<String> links = reviewLinks(text);
    assertThat(links).hasSize(2).allMatch(l -> l.startsWith(server + "admin/m/"));

    // a scanner following the link changes nothing
    String before = comments();
    HttpResponse<String> get = get(links.get(0));
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(get.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    var page = org.jsoup.Jsoup.parse(get.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Review a comment");
    assertThat(page.selectFirst(".comment-author").text()).isEqualTo("Ayu");
    assertThat(page.selectFirst(".admin-post").text()).isEqualTo("Post: Open post");
    assertThat(page.selectFirst(".comment-body").html())
        .isEqualTo("<p>First <em>new</em> comment.</p>");
    assertThat(page.selectFirst(".comment-status").attr("data-status")).isEqualTo("pending");
    assertThat(page.selectFirst(".comment-status").text())
        .isEqualTo("This comment awaits moderation.");
    assertThat(page.select("form button").eachAttr("value"))
        .containsExactly("approve", "spam", "reject");
    assertThat(page.select("form button").eachText()).containsExactly("Approve", "Spam", "Reject");
    assertThat(page.select(".admin-notice")).isEmpty();
    assertThat(get(links.get(1)).statusCode()).isEqualTo(200);
    assertThat(comments()).isEqualTo(before);

    // a POST from another site is refused; from the page itself it acts
    assertThat(act(links.get(0), "approve", "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(status("Ayu")).isEqualTo(CommentStatus.PENDING);
    HttpResponse<String> approved = act(links.get(0), "approve", null);
    assertThat(approved.statusCode()).isEqualTo(303);
    String done = URI.create(links.get(0)).getRawPath() + "?done=approved";
    assertThat(approved.headers().firstValue("Location")).contains(done);
    assertThat(status("Ayu")).isEqualTo(CommentStatus.APPROVED);
    var after = org.jsoup.Jsoup.parse(get(server.resolve(done).toString()).body());
    assertThat(after.selectFirst(".comment-status").attr("data-status")).isEqualTo("approved");
    assertThat(after.selectFirst(".admin-notice").text()).isEqualTo("1 comment approved.");
    assertThat(after.select("form button").eachAttr("value")).containsExactly("spam", "reject");
    // approving again changes nothing: no notice claims it did
    HttpResponse<String> again = act(links.get(0), "approve", null);
    assertThat(again.headers().firstValue("Location"))
        .contains(URI.create(links.get(0)).getRawPath());
    assertThat(act(links.get(0), "delete", null).statusCode()).isEqualTo(400);

    // an altered link is refused, whatever the method
    String link = links.get(1);
    String altered = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "B" : "A") + "A";
    String otherId = link.replaceFirst("/admin/m/([^.]+)\\.([^.]+)\\.", "/admin/m/$1.YzE.");
    for (String bad : List.of(altered, otherId, server + "admin/m/x.y.1.z")) {
      assertThat(get(bad).statusCode()).as(bad).isEqualTo(403);
      assertThat(act(bad, "approve", null).statusCode()).as(bad).isEqualTo(403);
    }
    assertThat(status("Budi")).isEqualTo(CommentStatus.PENDING);

    // seven days later the link has expired
    clock.advance(LinkTokens.LIFETIME);
    HttpResponse<String> expired = get(link);
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(org.jsoup.Jsoup.parse(expired.body()).selectFirst("h1").text())
        .isEqualTo("This link does not work");
    assertThat(act(link, "spam", null).statusCode()).isEqualTo(403);
    assertThat(status("Budi")).isEqualTo(CommentStatus.PENDING);
  }

  @Test
  void theMailAndTheLinksPagesSpeakTheSitesLanguage() throws Exception {
    language = "id";
    OwnerInbox smtp = inbox(OwnerInbox.start());
    start(smtp.port(), "1s");
    String first = token();
    String second = token();
    assertThat(post("Ayu", "Komentar *pertama*.", first)).isEqualTo(303);
    assertThat(post("Budi", "Komentar kedua.", second)).isEqualTo(303);
    assertThat(smtp.await(1, Duration.ofSeconds(15))).isTrue();
    MimeMessage mail = smtp.mails()[0];
    assertThat(mail.getSubject()).isEqualTo("2 komentar baru menunggu di Notify test");
    String text = text(mail);
    assertThat(masked(text))
        .isEqualTo(
            """
            2 komentar baru menunggu moderasi di Notify test.

            1. Ayu di “Open post”, 2026-03-01 17:00 +07:00
               Komentar pertama.
               Tinjau: %1$sadmin/m/TOKEN
               Tulisan: https://blog.example.org/2026/01/open/

            2. Budi di “Open post”, 2026-03-01 17:00 +07:00
               Komentar kedua.
               Tinjau: %1$sadmin/m/TOKEN
               Tulisan: https://blog.example.org/2026/01/open/

            Semua komentar yang menunggu: %1$sadmin

            Tautan tinjauan berlaku 7 hari. Membuka tautan tidak mengubah apa pun; hanya tombolnya yang mengubah.
            """
                .formatted(server));
    List<String> links = reviewLinks(text);
    assertThat(links).hasSize(2);

    // valid HTML, as the other moderation pages (AdminHtmlIT)
    NuCheck vnu = new NuCheck(tmp);
    String body = get(links.get(0)).body();
    assertThat(vnu.errors("review", body)).isEmpty();
    var page = org.jsoup.Jsoup.parse(body);
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
    assertThat(page.title()).isEqualTo("Tinjau komentar · Notify test");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Tinjau komentar");
    assertThat(page.selectFirst(".admin-post").text()).isEqualTo("Tulisan: Open post");
    assertThat(page.selectFirst(".comment-status").text())
        .isEqualTo("Komentar ini menunggu moderasi.");
    assertThat(page.select("form button").eachText()).containsExactly("Setujui", "Spam", "Tolak");
    assertThat(page.selectFirst(".field-help").text())
        .isEqualTo(
            "Membuka halaman ini tidak mengubah apa pun. Tombol mengubah status komentar; situs"
                + " hanya menampilkan komentar yang disetujui.");

    HttpResponse<String> spam = act(links.get(1), "spam", null);
    assertThat(spam.statusCode()).isEqualTo(303);
    body =
        get(server.resolve(spam.headers().firstValue("Location").orElseThrow()).toString()).body();
    assertThat(vnu.errors("review-done", body)).isEmpty();
    var after = org.jsoup.Jsoup.parse(body);
    assertThat(after.selectFirst(".admin-notice").text())
        .isEqualTo("1 komentar ditandai sebagai spam.");
    assertThat(after.selectFirst(".comment-status").text())
        .isEqualTo("Komentar ini ditandai sebagai spam.");
    assertThat(after.select("form button").eachText()).containsExactly("Setujui", "Tolak");

    clock.advance(LinkTokens.LIFETIME);
    body = get(links.get(0)).body();
    assertThat(vnu.errors("review-refused", body)).isEmpty();
    var refused = org.jsoup.Jsoup.parse(body);
    assertThat(refused.selectFirst("h1").text()).isEqualTo("Tautan ini tidak berlaku");
    assertThat(refused.selectFirst(".admin-problem").text())
        .isEqualTo(
            "Tautan ini kedaluwarsa (tautan dalam surel berlaku 7 hari) atau telah diubah."
                + " Moderasi komentar dari daftar atau baris perintah.");
  }

  @Test
  void aMailThatCannotBeSentIsSentInALaterRound() throws Exception {
    int port = freePort();
    start(port, "1s");
    assertThat(post("Citra", "Waiting for the mail server.")).isEqualTo(303);
    awaitLog(l -> l.startsWith("cannot mail " + OWNER));
    assertThat(log).anyMatch(l -> l.startsWith("cannot mail " + OWNER + " about 1 comment"));
    OwnerInbox smtp = inbox(OwnerInbox.start(port));
    assertThat(smtp.await(1, Duration.ofSeconds(15))).isTrue();
    assertThat(text(smtp.mails()[0])).contains("1. Citra on \"Open post\"");
    // logged once the SMTP server has answered, which can be after the mail is in the box
    awaitLog(l -> l.equals("mailed " + OWNER + " about 1 comment waiting"));
  }

  /** Waits (at most 20 s) for a line of the server's log. */
  private void awaitLog(java.util.function.Predicate<String> line) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (log.stream().noneMatch(line) && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(log).anyMatch(line);
  }

  @Test
  void commentsNotYetMailedAreMailedAfterARestart() throws Exception {
    OwnerInbox smtp = inbox(OwnerInbox.start());
    start(smtp.port(), "1h");
    assertThat(post("Dewi", "Stored just before a restart.")).isEqualTo(303);
    assertThat(post("Eko", "Moderated before the mail left.")).isEqualTo(303);
    Path unsent = site.resolve(".tinta/notify-unsent");
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!(Files.exists(unsent) && Files.readString(unsent).lines().count() == 2)
        && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(Files.readString(unsent)).isEqualTo("open/c3\nopen/c4\n");
    open.remove(open.size() - 1).close();
    assertThat(smtp.mails()).isEmpty();

    // the owner moderates one of them meanwhile, as the CLI would
    new CommentModerator(site, ConfigLoader.load(site).comments(), clock)
        .setStatus(List.of(new dev.tinta.comments.CommentRef("open", "c4")), CommentStatus.SPAM);
    config(smtp.port(), "1s");
    startServer();
    assertThat(smtp.await(1, Duration.ofSeconds(15))).isTrue();
    String text = text(smtp.mails()[0]);
    assertThat(text).startsWith("1 new comment waits").contains("1. Dewi on \"Open post\"");
    assertThat(text).doesNotContain("Eko");
    end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (Files.exists(unsent) && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(unsent).doesNotExist();
  }

  @Test
  void aReaderCannotAddHeadersToTheMail() throws Exception {
    OwnerInbox smtp = inbox(OwnerInbox.start());
    start(smtp.port(), "1s");
    // line breaks in the author are refused by the intake; other separators reach the mail
    assertThat(post("Eve\r\nBcc: evil@example.org", "x")).isEqualTo(400);
    assertThat(post("Eve\u2028Bcc: evil@example.org\u2029To: x@example.org", "Hi.")).isEqualTo(303);
    assertThat(smtp.await(1, Duration.ofSeconds(15))).isTrue();
    MimeMessage mail = smtp.mails()[0];
    assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress(OWNER));
    assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
    assertThat(mail.getHeader("Bcc")).isNull();
    assertThat(mail.getSubject()).isEqualTo("1 new comment waits on Notify test");
    assertThat(text(mail))
        .contains("\n1. Eve Bcc: evil@example.org To: x@example.org on \"Open post\"");
  }

  @Test
  void theQueueFeedNeedsItsKey() throws Exception {
    start(freePort(), "10m");
    Path keyFile = site.resolve(".tinta/feed-key");
    String key = Files.readString(keyFile).strip();
    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(log)
        .containsOnlyOnce(
            "The private feed of pending comments (shown once; the key is in "
                + keyFile
                + "): "
                + server
                + "admin/feed.xml?key="
                + key);
    assertThat(post("<script>alert(1)</script>", "<img src=x onerror=alert(1)> **bold**"))
        .isEqualTo(303);

    HttpResponse<String> none = get(server + "admin/feed.xml");
    HttpResponse<String> unknown = get(server + "admin/nothing-here");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).isEqualTo(unknown.body());
    assertThat(get(server + "admin/feed.xml?key=" + key.substring(1)).statusCode()).isEqualTo(404);
    assertThat(get(server + "admin/feed.xml?key=" + key + "&key=" + key).statusCode())
        .isEqualTo(404);

    HttpResponse<String> feed = get(server + "admin/feed.xml?key=" + key);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .contains("application/atom+xml; charset=utf-8");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    var names = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "name");
    // newest first: the new comment, then the seeded pending c2
    assertThat(names.getLength()).isEqualTo(2);
    assertThat(names.item(0).getTextContent()).isEqualTo("<script>alert(1)</script>");
    assertThat(names.item(1).getTextContent()).isEqualTo("Budi");
    var content = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0);
    assertThat(content.getTextContent())
        .isEqualTo("<p>&lt;img src=x onerror=alert(1)&gt; <strong>bold</strong></p>\n");
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    // each entry links to its moderation page
    var link =
        ((org.w3c.dom.Element)
                doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0))
            .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
            .item(0);
    String href = ((org.w3c.dom.Element) link).getAttribute("href");
    assertThat(get(href).statusCode()).isEqualTo(200);

    // the key is shown on the first start only
    open.remove(open.size() - 1).close();
    log.clear();
    startServer();
    assertThat(log).noneMatch(l -> l.contains("feed.xml?key="));
    assertThat(get(server + "admin/feed.xml?key=" + key).statusCode()).isEqualTo(200);
  }

  private OwnerInbox inbox(OwnerInbox box) {
    open.add(box);
    return box;
  }

  /** Writes the site and starts the comment server on a free port, mailing through smtpPort. */
  private void start(int smtpPort, String every) throws IOException {
    site = tmp.resolve("site");
    int port = freePort();
    server = URI.create("http://127.0.0.1:" + port + "/");
    config(smtpPort, every);
    write("content/posts/open.md", "---\ntitle: Open post\ndate: 2026-01-10\n---\n\nHello.\n");
    seed();
    startServer();
  }

  private void config(int smtpPort, String every) throws IOException {
    write(
        "site.yaml",
        """
        title: Notify test
        base_url: https://blog.example.org/
        language: %s
        time_zone: Asia/Jakarta
        comments:
          endpoint: %s
          intake:
            min_seconds: 0
            per_minute: 100000
            per_day: 100000
            per_hour_total: 100000
        """
                .formatted(language, server)
            + OwnerInbox.settings(smtpPort, every));
  }

  private void seed() throws IOException {
    write(
        "content/comments/open.yaml",
        """
        - id: c1
          author: Ayu
          date: 2026-02-01T10:00:00+07:00
          status: approved
          body: |
            First!
        - id: c2
          author: Budi
          date: 2026-02-02T10:00:00+07:00
          status: pending
          body: |
            Waiting.
        """);
  }

  private void startServer() {
    IntakeOptions options =
        IntakeOptions.of(site)
            .withAddress("127.0.0.1", server.getPort())
            .withSecretFile(Optional.of(tmp.resolve("secret")))
            .withClock(clock);
    IntakeServer s = IntakeServer.start(options, log::add);
    open.add(s);
  }

  private void write(String rel, String text) throws IOException {
    Path f = site.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private String comments() throws IOException {
    return Files.readString(site.resolve("content/comments/open.yaml"));
  }

  /** The status of the newest comment by {@code author} (seeded ones are older). */
  private CommentStatus status(String author) {
    List<Comment> all =
        new CommentModerator(site, ConfigLoader.load(site).comments(), clock).comments("open");
    Comment last = null;
    for (Comment c : all) {
      if (c.author().equals(author)) {
        last = c;
      }
    }
    return last.status();
  }

  /** Posts a comment on {@code open} through the form, with a fresh token: the status code. */
  private int post(String author, String body) {
    return post(author, body, token());
  }

  private String token() {
    HttpResponse<String> t = get(server + "api/token?slug=open");
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(t.body());
    assertThat(m.find()).as(t.body()).isTrue();
    return m.group(1);
  }

  private int post(String author, String body, String token) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("author", author);
    f.put("url", "");
    f.put("body", body);
    f.put("parent", "");
    f.put("subject", "");
    f.put("token", token);
    return send(HttpRequest.newBuilder(server.resolve("c/open"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(f))))
        .statusCode();
  }

  private HttpResponse<String> act(String link, String action, String origin) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(link))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("action=" + action));
    if (origin != null) {
      b.header("Origin", origin);
    }
    return send(b);
  }

  private HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(
          b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach(
        (k, v) ->
            parts.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  /**
   * The mail's text with each link's token as TOKEN, and the final line break SMTP transport drops.
   */
  private static String masked(String text) {
    return text.replaceAll("/admin/m/\\S+", "/admin/m/TOKEN") + "\n";
  }
}
