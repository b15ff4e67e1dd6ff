package dev.tinta.importer;

import dev.tinta.content.ContentLoader;
import dev.tinta.model.CommentStatus;
import dev.tinta.model.Content;
import dev.tinta.model.Post;
import dev.tinta.pipeline.Permalinks;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.templates.TemplateRenderer;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Disqus's XML export: comments only, into a site that has the posts. A thread belongs to the post
 * whose URL or alias is the path of the thread's {@code link}; {@code isSpam} comments are spam,
 * {@code isDeleted} ones are skipped, {@code parent} keeps the threads. Threads that match no post
 * are listed, never dropped silently.
 */
final class DisqusImporter implements Importer {
  private static final String DISQUS = "http://disqus.com";
  private static final String DSQ = "http://disqus.com/disqus-internals";
  private static final String DSQ_ID = "{" + DSQ + "}id";

  @Override
  public ImportResult read(ImportRequest request) {
    String file = request.inputName();
    XmlNode root = XmlReader.read(request.input(), file);
    if (!root.is(DISQUS, "disqus")) {
      throw new SiteException(
          Problem.at(file, root.line(), root.column(), "not a Disqus export: <" + root.name() + ">")
              .withHint("export from Disqus's Admin > Community > Export"));
    }
    Map<String, String> slugByPath = postPaths(request);
    Map<String, String> threadLinks = new HashMap<>();
    Map<String, String> slugByThread = new HashMap<>();
    for (XmlNode t : root.all(DISQUS, "thread")) {
      String id = t.attr(DSQ_ID);
      String link = t.text(DISQUS, "link");
      threadLinks.put(id, link);
      Optional<String> path = Texts.path(link);
      String slug = path.map(p -> match(p, slugByPath)).orElse(null);
      if (slug != null) {
        slugByThread.put(id, slug);
      }
    }
    ResultBuilder out = new ResultBuilder();
    HtmlBodies bodies = new HtmlBodies(false);
    Map<String, Integer> unmatched = new TreeMap<>();
    for (XmlNode p : root.all(DISQUS, "post")) {
      String thread = p.child(DISQUS, "thread").map(t -> t.attr(DSQ_ID)).orElse("");
      if (p.text(DISQUS, "isDeleted").equals("true")) {
        out.skip("deleted comments");
        continue;
      }
      String slug = slugByThread.get(thread);
      if (slug == null) {
        unmatched.merge(
            threadLinks.getOrDefault(thread, "thread " + thread + " (not in the export)"),
            1,
            Integer::sum);
        out.skip("comments on threads that match no post");
        continue;
      }
      Optional<ZonedDateTime> date = Texts.localDate(p.text(DISQUS, "createdAt"), request.zone());
      String body = bodies.comment(p.text(DISQUS, "message"));
      if (date.isEmpty() || body.isBlank()) {
        out.warn(p.at(file), "comment without a date or text; left out");
        out.skip("empty comments");
        continue;
      }
      String author = p.child(DISQUS, "author").map(a -> a.text(DISQUS, "name")).orElse("");
      String parent = p.child(DISQUS, "parent").map(x -> x.attr(DSQ_ID)).orElse("");
      out.comments.add(
          new ImportedComment(
              "disqus:" + slug,
              "d" + p.attr(DSQ_ID),
              parent.isEmpty() ? "" : "d" + parent,
              author.isBlank() ? "Anonymous" : Texts.title(author, false),
              "",
              date.get().toOffsetDateTime(),
              p.text(DISQUS, "isSpam").equals("true") ? CommentStatus.SPAM : CommentStatus.APPROVED,
              body + "\n"));
      out.sitePosts.put("disqus:" + slug, slug);
    }
    unmatched.forEach(
        (link, n) ->
            out.warn(
                file,
                n
                    + " comments on "
                    + (link.isEmpty() ? "a thread without a link" : link)
                    + " match no post; not imported"));
    return out.build();
  }

  /** The site path of every post and of each of its aliases, to its slug. */
  private static Map<String, String> postPaths(ImportRequest request) {
    Content content =
        ContentLoader.load(
            request.siteDir(),
            request.site(),
            TemplateRenderer.create(request.siteDir()).layouts());
    Permalinks permalinks = new Permalinks(request.site().permalink(), request.site().timeZone());
    String root = request.site().baseUrl().getPath();
    Map<String, String> out = new HashMap<>();
    for (Post p : content.posts()) {
      out.put(strip(permalinks.of(p)), p.slug());
      p.aliases().forEach(a -> out.put(strip(a), p.slug()));
      // a site below a folder (https://x.org/blog/) has that folder before every path
      if (!root.equals("/")) {
        out.put(strip(root + permalinks.of(p).substring(1)), p.slug());
      }
    }
    return out;
  }

  private static String match(String path, Map<String, String> slugByPath) {
    return slugByPath.get(strip(path));
  }

  /** A path compared without its closing slash or {@code index.html}. */
  private static String strip(String path) {
    String p = path.endsWith("/index.html") ? path.substring(0, path.length() - 10) : path;
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
