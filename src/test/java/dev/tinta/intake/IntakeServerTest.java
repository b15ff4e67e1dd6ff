package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every status of the contract, each with the request that causes it, against a real server on
 * 127.0.0.1 and a free port; and the strict headers on every answer.
 */
class IntakeServerTest {
  @TempDir Path tmp;

  private final TestClock clock = new TestClock(IntakeSite.START);
  private final List<String> log = new ArrayList<>();
  private IntakeServer server;
  private IntakeSite site;

  private IntakeSite start(String intake) {
    site = IntakeSite.write(tmp.resolve("site"), "https://comments.example.org/", intake);
    server =
        IntakeServer.start(
            options(),
            line -> {
              synchronized (log) {
                log.add(line);
              }
            });
    site.serveAt(server.uri());
    return site;
  }

  private IntakeOptions options() {
    return IntakeOptions.of(site.dir())
        .withAddress("127.0.0.1", 0)
        .withSecretFile(java.util.Optional.of(tmp.resolve("secret")))
        .withClock(clock);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private List<Comment> comments(String slug) {
    return new CommentModerator(site.dir(), ConfigLoader.load(site.dir()).comments(), clock)
        .comments(slug);
  }

  private static void assertStrictHeaders(HttpResponse<?> r) {
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(r.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void healthAndFormPage() {
    start(IntakeSite.relaxed());
    HttpResponse<String> health = site.get("/healthz");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("ok\n");
    assertStrictHeaders(health);

    HttpResponse<String> form = site.get("/c/open/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertStrictHeaders(form);
    Document doc = Jsoup.parse(form.body());
    assertThat(doc.select("form.comment-form").attr("action")).isEqualTo("/c/open");
    assertThat(doc.select("form.comment-form").attr("method")).isEqualTo("post");
    assertThat(doc.select("input[name=token]").attr("value")).startsWith("t1.");
    assertThat(doc.select("input[name=subject]").attr("tabindex")).isEqualTo("-1");
    assertThat(doc.select("input[name=subject]").attr("autocomplete")).isEqualTo("off");
    assertThat(doc.select("label[for=comment-author]").text()).isEqualTo("Name");
    assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("/style.css");
    assertThat(doc.select("a[href=https://blog.example.org/2026/01/open/]").text())
        .isEqualTo("Back to “Open post”");
    assertThat(doc.select("script")).isEmpty();

    HttpResponse<String> reply = site.get("/c/open/new?parent=c1");
    Document r = Jsoup.parse(reply.body());
    assertThat(r.select("input[name=parent]").attr("value")).isEqualTo("c1");
    assertThat(r.select(".reply-quote").text()).isEqualTo("Replying to Ayu First!");

    HttpResponse<String> css = site.get("/style.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
  }

  @Test
  void theFormPageSpeaksThePostsLanguage() {
    start(IntakeSite.relaxed());
    Document doc = Jsoup.parse(site.get("/c/id-post/new").body());
    assertThat(doc.select("html").attr("lang")).isEqualTo("id");
    assertThat(doc.select("label[for=comment-author]").text()).isEqualTo("Nama");
    assertThat(doc.select("button[type=submit]").text()).isEqualTo("Kirim komentar");
  }

  @Test
  void aFormPostIsStoredPendingThen303ToTheThanksPage() {
    start(IntakeSite.relaxed());
    Map<String, String> fields = site.comment("Rina", "Nice *post*.\r\nSecond line.");
    fields.put("url", "https://rina.example.net/");

    HttpResponse<String> r =
        site.postForm("/c/open", fields, "Origin", "https://comments.example.org");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/c/open/thanks");
    assertStrictHeaders(r);
    Comment c = comments("open").get(2);
    assertThat(c.id()).isEqualTo("c3");
    assertThat(c.author()).isEqualTo("Rina");
    assertThat(c.url()).isEqualTo("https://rina.example.net/");
    assertThat(c.body()).isEqualTo("Nice *post*.\nSecond line.\n");
    assertThat(c.status()).isEqualTo(CommentStatus.PENDING);
    assertThat(c.date().toOffsetDateTime().toString()).isEqualTo("2026-03-01T17:00+07:00");
    assertThat(c.ipHash()).matches("[0-9a-f]{16}");
    assertThat(site.read("content/comments/open.yaml")).doesNotContain("127.0.0");

    HttpResponse<String> thanks = site.get("/c/open/thanks");
    assertThat(thanks.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(thanks.body());
    assertThat(doc.select("h1").text()).isEqualTo("Thank you!");
    assertThat(doc.select("a[href=https://blog.example.org/2026/01/open/#comments]")).hasSize(1);
  }

  @Test
  void aJsonPostIs202WithTheIdAndCorsForTheSiteOnly() {
    start(IntakeSite.relaxed());
    Map<String, String> fields = site.comment("Rina", "Reply.");
    fields.put("parent", "c1");
    fields.put("token", site.token("open", "c1"));

    HttpResponse<String> r = site.postJson("/c/open", fields, "Origin", IntakeSite.SITE_ORIGIN);
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.body()).isEqualTo("{\"id\":\"c3\",\"status\":\"pending\"}");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue(IntakeSite.SITE_ORIGIN);
    assertThat(comments("open").get(2).parent()).isEqualTo("c1");

    HttpResponse<String> other = site.get("/api/token?slug=open", "Origin", "https://evil.example");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void preflightAllowsOnlyTheSitesOrigin() {
    start(IntakeSite.relaxed());
    var ok =
        site.send(
            java.net.http.HttpRequest.newBuilder(site.uri("/c/open"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()),
            "Origin",
            IntakeSite.SITE_ORIGIN,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type");
    assertThat(ok.statusCode()).isEqualTo(204);
    assertThat(ok.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue(IntakeSite.SITE_ORIGIN);
    assertThat(ok.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type");
    var evil =
        site.send(
            java.net.http.HttpRequest.newBuilder(site.uri("/c/open"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()),
            "Origin",
            "https://evil.example",
            "Access-Control-Request-Method",
            "POST");
    assertThat(evil.statusCode()).isEqualTo(403);
    assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void previewIsTheSiteBuildsRenderer() {
    start(IntakeSite.relaxed());
    HttpResponse<String> r =
        site.postJson(
            "/api/preview",
            Map.of("body", "Hi *there* <script>alert(1)</script> [x](javascript:alert(1))"),
            "Origin",
            IntakeSite.SITE_ORIGIN);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .isEqualTo(
            "{\"html\":\"<p>Hi <em>there</em> &lt;script&gt;alert(1)&lt;/script&gt;"
                + " <a rel=\\\"nofollow ugc noopener\\\">x</a></p>\\n\"}");
  }

  @Test
  void badRequests() {
    start(IntakeSite.relaxed());
    Map<String, String> good = site.comment("Rina", "Hello.");
    // malformed: a JSON value that is no string, JSON that is no object, a field twice
    assertThat(
            site.post(
                    "/c/open",
                    "application/json",
                    "{\"author\":1}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            site.post("/c/open", "application/json", "[]".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            site.post(
                    "/c/open",
                    "application/json",
                    "{\"body\":\"a\",\"body\":\"b\"}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            site.post(
                    "/c/open",
                    "application/x-www-form-urlencoded",
                    "body=%G1".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(400);
    // an unknown field with a value (an empty one is ignored)
    Map<String, String> unknown = new LinkedHashMap<>(good);
    unknown.put("email", "x@example.org");
    HttpResponse<String> r = site.postForm("/c/open", unknown);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("unknown field 'email'\n");
    // invalid UTF-8, in a form and in JSON
    assertThat(
            site.post(
                    "/c/open",
                    "application/x-www-form-urlencoded",
                    "author=%C3%28&body=x".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(400);
    byte[] json = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThat(site.post("/c/open", "application/json", json).statusCode()).isEqualTo(400);
    // field errors: the form comes back with the reader's text and the reasons
    assertFieldError(site, "author", "", "Please give your name.");
    assertFieldError(site, "author", "x".repeat(41), "The name is longer than 40 characters.");
    assertFieldError(site, "author", "Ri\u0007na", "The name holds characters it cannot hold.");
    assertFieldError(site, "body", " \n ", "Please write your comment.");
    assertFieldError(
        site, "body", "y".repeat(2001), "The comment is longer than 2,000 characters.");
    assertFieldError(site, "body", "nul \0 here", "The comment holds characters it cannot hold.");
    assertFieldError(
        site,
        "url",
        "javascript:alert(1)",
        "The website must be an address starting with http:// or https://.");
    assertFieldError(
        site, "parent", "c2", "The comment you reply to is not (or no longer) published.");
    assertFieldError(
        site, "parent", "c99", "The comment you reply to is not (or no longer) published.");
    assertThat(comments("open")).hasSize(2);
  }

  private void assertFieldError(IntakeSite s, String field, String value, String message) {
    Map<String, String> f = s.comment("Rina", "Hello.");
    f.put(field, value);
    if (field.equals("parent")) {
      f.put("token", s.token("open", value));
    }
    HttpResponse<String> r = s.postForm("/c/open", f);
    assertThat(r.statusCode()).as(field + "=" + value).isEqualTo(400);
    Document doc = Jsoup.parse(r.body());
    assertThat(doc.select(".form-error").text())
        .isEqualTo("The comment was not sent: please check the marked fields.");
    if (field.equals("parent")) {
      return;
    }
    assertThat(doc.select("#comment-" + field + "-error").text()).isEqualTo(message);
    assertThat(doc.select("#comment-" + field).attr("aria-invalid")).isEqualTo("true");
    assertThat(doc.select("#comment-" + field).attr("aria-describedby"))
        .contains("comment-" + field + "-error");
    String echoed =
        field.equals("body")
            ? doc.select("#comment-body").first().wholeText()
            : doc.select("#comment-" + field).attr("value");
    if (!value.contains("\0") && !value.contains("\u0007")) {
      assertThat(echoed).isEqualTo(field.equals("body") ? value.replace("\r\n", "\n") : value);
    }
    HttpResponse<String> json = s.postJson("/c/open", f);
    assertThat(json.statusCode()).isEqualTo(400);
    if (!field.equals("parent")) {
      assertThat(json.body()).contains("\"fields\":{\"" + field + "\":\"" + message + "\"}");
    }
  }

  @Test
  void tokenRefusals() {
    start("    min_seconds: 3\n    max_age_hours: 2");
    Map<String, String> f = site.comment("Rina", "Hello.");
    Map<String, String> missing = new LinkedHashMap<>(f);
    missing.put("token", "");
    assertThat(site.postJson("/c/open", missing).body()).contains("\"error\":\"token_missing\"");
    assertThat(site.postJson("/c/open", missing).statusCode()).isEqualTo(403);

    // younger than min_seconds
    assertThat(site.postJson("/c/open", f).body()).contains("\"error\":\"token_too_young\"");
    clock.advance(Duration.ofSeconds(3));
    // forged: another post's token, a changed signature, a token for another parent
    Map<String, String> forged = new LinkedHashMap<>(f);
    forged.put("token", f.get("token").substring(0, f.get("token").length() - 2) + "AA");
    assertThat(site.postJson("/c/open", forged).body()).contains("\"error\":\"token_forged\"");
    Map<String, String> otherParent = new LinkedHashMap<>(f);
    otherParent.put("parent", "c1");
    assertThat(site.postJson("/c/open", otherParent).body()).contains("\"error\":\"token_forged\"");
    Map<String, String> otherPost = new LinkedHashMap<>(f);
    otherPost.put("token", site.token("id-post", ""));
    clock.advance(Duration.ofSeconds(3));
    assertThat(site.postJson("/c/open", otherPost).body()).contains("\"error\":\"token_forged\"");

    // good, then replayed
    assertThat(site.postJson("/c/open", f).statusCode()).isEqualTo(202);
    HttpResponse<String> again = site.postForm("/c/open", f);
    assertThat(again.statusCode()).isEqualTo(403);
    Document doc = Jsoup.parse(again.body());
    assertThat(doc.select(".form-error").text())
        .isEqualTo("This form has expired or was already sent. Please send it again.");
    assertThat(doc.select("#comment-body").first().wholeText()).isEqualTo("Hello.");
    String fresh = doc.select("input[name=token]").attr("value");
    assertThat(fresh).isNotEqualTo(f.get("token")).startsWith("t1.");

    // expired
    Map<String, String> old = site.comment("Rina", "Late.");
    clock.advance(Duration.ofHours(2));
    assertThat(site.postJson("/c/open", old).body()).contains("\"error\":\"token_expired\"");
    assertThat(comments("open")).hasSize(3);
  }

  @Test
  void otherRefusals() {
    start(IntakeSite.relaxed());
    Map<String, String> f = site.comment("Rina", "Hello.");
    // Origin of another site
    HttpResponse<String> cross = site.postForm("/c/open", f, "Origin", "https://evil.example");
    assertThat(cross.statusCode()).isEqualTo(403);
    assertStrictHeaders(cross);
    // comments closed
    Map<String, String> shut = new LinkedHashMap<>(f);
    shut.put("token", "t1.1.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertThat(site.postForm("/c/shut", shut).statusCode()).isEqualTo(403);
    assertThat(site.get("/c/shut/new").statusCode()).isEqualTo(403);
    assertThat(site.get("/api/token?slug=shut").statusCode()).isEqualTo(403);
    // unknown post, unknown path
    assertThat(site.postForm("/c/nope", f).statusCode()).isEqualTo(404);
    assertThat(site.get("/c/nope/new").statusCode()).isEqualTo(404);
    assertThat(site.get("/api/token?slug=nope").statusCode()).isEqualTo(404);
    assertThat(site.get("/wp-login.php").statusCode()).isEqualTo(404);
    // other methods
    var put =
        site.send(
            java.net.http.HttpRequest.newBuilder(site.uri("/c/open"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("x")));
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("POST");
    assertThat(
            site.send(java.net.http.HttpRequest.newBuilder(site.uri("/api/token")).DELETE())
                .statusCode())
        .isEqualTo(405);
    assertThat(site.post("/c/open/new", "application/json", new byte[0]).statusCode())
        .isEqualTo(405);
    // a body over 64 KiB
    Map<String, String> big = new LinkedHashMap<>(f);
    big.put("body", "z".repeat(70_000));
    HttpResponse<String> tooBig = site.postForm("/c/open", big);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertStrictHeaders(tooBig);
    // other content types
    assertThat(
            site.post("/c/open", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(415);
    assertThat(
            site.post(
                    "/c/open",
                    "application/x-www-form-urlencoded; charset=iso-8859-1",
                    IntakeSite.form(f).getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(415);
    assertThat(site.post("/c/open", null, "x".getBytes(StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(415);
    assertThat(comments("open")).hasSize(2);
    // after all that, the good comment still goes in
    assertThat(site.postForm("/c/open", f).statusCode()).isEqualTo(303);
  }

  @Test
  void rateLimitsPerNetworkAnswer429WithRetryAfter() {
    start("    min_seconds: 0\n    per_minute: 2\n    per_day: 3\n    per_hour_total: 200");
    assertThat(site.postJson("/c/open", site.comment("A", "one")).statusCode()).isEqualTo(202);
    assertThat(site.postJson("/c/open", site.comment("A", "two")).statusCode()).isEqualTo(202);
    HttpResponse<String> third = site.postForm("/c/open", site.comment("A", "three"));
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(Jsoup.parse(third.body()).select(".form-error").text())
        .isEqualTo("Too many comments from your network just now. Please try again in 1 minute.");
    assertThat(Jsoup.parse(third.body()).select("#comment-body").first().wholeText())
        .isEqualTo("three");
    clock.advance(Duration.ofSeconds(61));
    assertThat(site.postJson("/c/open", site.comment("A", "three")).statusCode()).isEqualTo(202);
    clock.advance(Duration.ofSeconds(61));
    HttpResponse<String> day = site.postJson("/c/open", site.comment("A", "four"));
    assertThat(day.statusCode()).isEqualTo(429);
    long retry = Long.parseLong(day.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retry).isBetween(86_400L - 200, 86_400L);
    assertThat(comments("open")).hasSize(5);
  }

  @Test
  void theTotalPerHourLimitCountsEveryone() {
    start("    min_seconds: 0\n    per_minute: 100\n    per_day: 100\n    per_hour_total: 2");
    assertThat(site.postJson("/c/open", site.comment("A", "one")).statusCode()).isEqualTo(202);
    assertThat(site.postJson("/c/open", site.comment("B", "two")).statusCode()).isEqualTo(202);
    assertThat(site.postJson("/c/open", site.comment("C", "three")).statusCode()).isEqualTo(429);
  }

  @Test
  void spamIsStoredAsSpamAndAnsweredLikeAnyComment() {
    start(IntakeSite.relaxed());
    Map<String, String> honeypot = site.comment("Bot", "Great post");
    honeypot.put("subject", "Buy now");
    HttpResponse<String> r = site.postForm("/c/open", honeypot);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/c/open/thanks");
    HttpResponse<String> links =
        site.postJson(
            "/c/open", site.comment("Bot", "http://a.example https://b.example www.c.example"));
    assertThat(links.body()).isEqualTo("{\"id\":\"c4\",\"status\":\"pending\"}");
    site.postJson("/c/open", site.comment("Bot", "[url=http://a.example]cheap[/url]"));
    site.postJson(
        "/c/open",
        site.comment("Human", "Two links are fine: https://a.example and https://b.example"));
    assertThat(comments("open").stream().map(c -> c.id() + " " + c.status().word()).toList())
        .containsExactly(
            "c1 approved", "c2 pending", "c3 spam", "c4 spam", "c5 spam", "c6 pending");
  }

  @Test
  void aCommentThatCannotBeStoredIs503AndNothingIsHalfWritten() throws Exception {
    start(IntakeSite.relaxed());
    Map<String, String> f = site.comment("Rina", "Hello.");
    Path comments = site.dir().resolve("content/comments");
    Path aside = site.dir().resolve("comments-aside");
    Files.move(comments, aside);
    Files.writeString(comments, "a file where the folder must be");
    HttpResponse<String> r = site.postForm("/c/open", f);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(Jsoup.parse(r.body()).select(".form-error").text())
        .isEqualTo("Your comment could not be saved just now. Please try again later.");
    assertThat(Jsoup.parse(r.body()).select("#comment-author").attr("value")).isEqualTo("Rina");
    assertThat(Files.readString(comments)).isEqualTo("a file where the folder must be");
    Files.delete(comments);
    Files.move(aside, comments);
    assertThat(site.read("content/comments/open.yaml")).isEqualTo(IntakeSite.OPEN_COMMENTS);
    try (var files = Files.list(comments)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
          .isEmpty();
    }
    // a comments file broken by hand cannot take the comment either
    site.file("content/comments/open.yaml", "- id: [broken\n");
    assertThat(site.postJson("/c/open", site.comment("Rina", "Hello.")).statusCode())
        .isEqualTo(503);
    assertThat(site.read("content/comments/open.yaml")).isEqualTo("- id: [broken\n");
  }

  @Test
  void aReadOnlyFolderIs503() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "root writes into read-only folders; the file-in-place-of-folder case covers this run");
    start(IntakeSite.relaxed());
    Path comments = site.dir().resolve("content/comments");
    Files.setPosixFilePermissions(
        comments, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThat(site.postJson("/c/open", site.comment("Rina", "Hello.")).statusCode())
          .isEqualTo(503);
    } finally {
      Files.setPosixFilePermissions(
          comments, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertThat(site.read("content/comments/open.yaml")).isEqualTo(IntakeSite.OPEN_COMMENTS);
  }

  @Test
  void jettysOwnErrorsCarryTheHeadersToo() {
    start(IntakeSite.relaxed());
    HttpResponse<String> big = site.get("/healthz", "X-Big", "x".repeat(9000));
    assertThat(big.statusCode()).isEqualTo(431);
    assertStrictHeaders(big);
    assertThat(big.body()).doesNotContain("Jetty");
  }
}
