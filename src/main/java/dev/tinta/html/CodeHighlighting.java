package dev.tinta.html;

import dev.tinta.highlight.Highlighter;
import dev.tinta.highlight.LineOptions;
import dev.tinta.highlight.Tokens;
import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.problem.Problem;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Highlights fenced code blocks: {@code <pre><code class="language-x">} in a known language gets
 * its text cut into {@code <span class>} runs (the text itself stays exactly as it was), and the
 * {@code pre} the class {@code highlight}, which the stylesheet's palettes hang on. A fence's
 * {@code {linenos=true hl_lines=[2]}} wraps each line in {@code <span class="line">} ({@code "line
 * hll"} when marked); the numbers are drawn by CSS counters, so copying the code copies no numbers.
 * Unknown languages stay plain text.
 */
final class CodeHighlighting {
  private CodeHighlighting() {}

  /**
   * @param all every element of the body
   */
  static void apply(
      List<Element> all, Highlighter highlighter, SourceContext context, List<Problem> problems) {
    for (Element code : all) {
      if (!code.nameIs("code") || code.parent() == null || !code.parent().nameIs("pre")) {
        continue;
      }
      String options = code.attr(MarkdownRenderer.FENCE_OPTIONS);
      if (!options.isEmpty()) {
        code.removeAttr(MarkdownRenderer.FENCE_OPTIONS);
      }
      String language = language(code);
      if ((language.isEmpty() && options.isEmpty()) || !onlyText(code)) {
        continue;
      }
      LineOptions.Parsed parsed = LineOptions.parse(options);
      for (String mistake : parsed.mistakes()) {
        int[] at = context.positionOf(options);
        problems.add(
            Problem.at(context.file(), at[0], at[1], mistake)
                .withHint("```java {linenos=true hl_lines=[2,\"4-6\"]}"));
      }
      String text = code.wholeText();
      Optional<Tokens> tokens =
          language.isEmpty() ? Optional.empty() : highlighter.highlight(language, text);
      LineOptions lines = parsed.options();
      if (tokens.isEmpty() && !lines.perLine()) {
        continue;
      }
      Element pre = code.parent();
      pre.addClass("highlight");
      code.empty();
      Tokens runs = tokens.orElseGet(() -> Tokens.plain(text));
      if (lines.perLine()) {
        if (lines.numbered()) {
          pre.addClass("linenos");
          if (lines.start() != 1) {
            pre.attr("style", "counter-reset:line " + (lines.start() - 1));
          }
        }
        byLine(code, runs, lines);
      } else {
        for (int i = 0; i < runs.size(); i++) {
          append(code, text.substring(runs.start(i), runs.end(i)), runs.cssClass(i));
        }
      }
    }
  }

  /** The language of {@code class="language-x"}, or empty. */
  private static String language(Element code) {
    String cls = code.className();
    if (!cls.startsWith("language-")) {
      return "";
    }
    int space = cls.indexOf(' ');
    return cls.substring("language-".length(), space < 0 ? cls.length() : space);
  }

  private static boolean onlyText(Element code) {
    for (Node n : code.childNodes()) {
      if (n.getClass() != TextNode.class) {
        return false;
      }
    }
    return true;
  }

  /** The runs, cut at each newline into one {@code span.line} per line, newlines between them. */
  private static void byLine(Element code, Tokens runs, LineOptions lines) {
    String text = runs.code();
    int number = 1;
    Element line = line(code, number, lines);
    for (int i = 0; i < runs.size(); i++) {
      int s = runs.start(i);
      int end = runs.end(i);
      while (s < end) {
        int nl = text.indexOf('\n', s);
        if (nl < 0 || nl >= end) {
          append(line, text.substring(s, end), runs.cssClass(i));
          break;
        }
        if (nl > s) {
          append(line, text.substring(s, nl), runs.cssClass(i));
        }
        // the newline between the lines' spans: a line span is an inline block
        code.appendChild(new TextNode("\n"));
        if (nl + 1 < text.length()) {
          line = line(code, ++number, lines);
        }
        s = nl + 1;
      }
    }
  }

  private static Element line(Element code, int number, LineOptions lines) {
    Element line = code.appendElement("span");
    line.attr("class", lines.marked().contains(number) ? "line hll" : "line");
    return line;
  }

  private static void append(Element parent, String text, String cssClass) {
    if (cssClass == null) {
      parent.appendChild(new TextNode(text));
    } else {
      parent.appendElement("span").attr("class", cssClass).appendChild(new TextNode(text));
    }
  }
}
