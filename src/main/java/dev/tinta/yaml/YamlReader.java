package dev.tinta.yaml;

import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses untrusted YAML 1.2 (snakeyaml-engine, safe: no object construction) into nodes that keep
 * their positions, with hard limits against hostile input.
 *
 * <p>Positions are reported 1-based and shifted by {@code lineOffset}: front matter starts below
 * its opening {@code ---}, so its YAML line 0 is file line {@code lineOffset + 1}.
 */
public final class YamlReader {
  /** Default cap on characters in one YAML document. */
  public static final int DEFAULT_CODE_POINT_LIMIT = 8 * 1024 * 1024;

  /**
   * Collections nested in one another deeper than this (the top mapping counts) are refused, before
   * the recursive composer sees them.
   */
  public static final int MAX_DEPTH = 64;

  private final LoadSettings settings;

  public YamlReader(int codePointLimit) {
    this.settings =
        LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(codePointLimit)
            .setUseMarks(true)
            // The default is the JSON schema, where True, FALSE and ~ are plain text: authors
            // writing "draft: True" would be told it is not a boolean (YAML 1.2 §10.3).
            .setSchema(new CoreSchema())
            .build();
  }

  public YamlReader() {
    this(DEFAULT_CODE_POINT_LIMIT);
  }

  /**
   * Reads one document; a syntax error becomes a problem and an empty result.
   *
   * @param file the file name problems carry
   * @param lineOffset lines of the file above the YAML text
   */
  public Optional<Node> read(String file, String text, int lineOffset, Problems problems) {
    try {
      Parser parser =
          new DepthLimitedParser(
              new ParserImpl(settings, new StreamReader(settings, text)), MAX_DEPTH);
      return new Composer(settings, parser).getSingleNode();
    } catch (DepthLimitedParser.TooDeep e) {
      Mark mark = e.mark().orElse(null);
      int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      problems.add(Problem.at(file, line, column, "YAML nested deeper than " + MAX_DEPTH));
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      problems.add(Problem.at(file, line, column, "invalid YAML: " + describe(e)));
    } catch (YamlEngineException e) {
      problems.add(Problem.at(file, lineOffset + 1, 1, "invalid YAML: " + e.getMessage()));
    }
    return Optional.empty();
  }

  /** Reads a document that must be a mapping (an empty document is an empty mapping). */
  public Optional<YamlMap> readMap(String file, String text, int lineOffset, Problems problems) {
    // Own problems: the shared list may already hold other files' problems, and a document of
    // only comments has no node but is no mistake.
    Problems own = new Problems();
    Optional<Node> node = read(file, text, lineOffset, own);
    problems.addAll(own.list());
    if (node.isEmpty()) {
      return own.isEmpty()
          ? Optional.of(YamlMap.empty(file, lineOffset, problems))
          : Optional.empty();
    }
    if (node.get() instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, file, lineOffset, problems));
    }
    YamlPosition at = YamlPosition.of(node.get(), lineOffset);
    problems.add(Problem.at(file, at.line(), at.column(), "expected a mapping of keys to values"));
    return Optional.empty();
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    String text = context.isEmpty() ? problem : context + ": " + problem;
    return text.replace('\n', ' ').trim();
  }
}
