package dev.tinta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stem of a word per language, through the stemming filter of Lucene's analyzer for that
 * language: Indonesian ({@code IndonesianAnalyzer}'s {@code IndonesianStemFilter}, derivational
 * prefixes and suffixes too: {@code menjalin}, {@code dijalin} → {@code jalin}), English ({@code
 * EnglishAnalyzer}'s Porter stemmer: {@code connections} → {@code connect}), and the light stemmers
 * of German, Spanish, French, Italian, Portuguese and Russian. Other languages are not stemmed.
 *
 * <p>Each filter runs behind a {@code KeywordTokenizer} on one word that {@link Tokens} already cut
 * and lower-cased, so Lucene's tokenizer never decides what a word is (the browser could not do the
 * same). Lucene's classes are loaded on the first word of a stemmed language, so a build without
 * search, or of a language without a stemmer, never loads them (the first use costs about 90 ms of
 * class loading). Each word is stemmed once per build (a cache per language). Thread-safe; close it
 * to release the analyzers' per-thread state.
 */
final class Stemmers implements AutoCloseable {
  private final Map<String, Stemmer> byLanguage = new ConcurrentHashMap<>();

  /** Stems {@code lower} (a lower-cased word) for the language of {@code lang} (BCP 47). */
  String stem(String lang, String lower) {
    return byLanguage.computeIfAbsent(primary(lang), Stemmers::create).stem(lower);
  }

  private static String primary(String lang) {
    int dash = lang.indexOf('-');
    return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /** The stemming filter of a language, or null for none. */
  private static UnaryOperator<TokenStream> filter(String language) {
    return switch (language) {
      case "id", "in" -> t -> new IndonesianStemFilter(t, true);
      case "en" -> PorterStemFilter::new;
      case "de" -> GermanLightStemFilter::new;
      case "es" -> SpanishLightStemFilter::new;
      case "fr" -> FrenchLightStemFilter::new;
      case "it" -> ItalianLightStemFilter::new;
      case "pt" -> PortugueseLightStemFilter::new;
      case "ru" -> RussianLightStemFilter::new;
      default -> null;
    };
  }

  private static Stemmer create(String language) {
    UnaryOperator<TokenStream> filter = filter(language);
    return filter == null ? new Stemmer(null) : new Stemmer(new OneWordAnalyzer(filter));
  }

  @Override
  public void close() {
    byLanguage.values().forEach(Stemmer::close);
  }

  /** One language's analyzer and the stems it gave. */
  private static final class Stemmer {
    private final Analyzer analyzer;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    Stemmer(Analyzer analyzer) {
      this.analyzer = analyzer;
    }

    String stem(String lower) {
      if (analyzer == null) {
        return lower;
      }
      String cached = stems.get(lower);
      if (cached != null) {
        return cached;
      }
      String stem = run(lower);
      stems.put(lower, stem);
      return stem;
    }

    private String run(String word) {
      try (TokenStream ts = analyzer.tokenStream("", word)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        String out = ts.incrementToken() ? term.toString() : word;
        ts.end();
        return out.isEmpty() ? word : out;
      } catch (IOException e) {
        // a StringReader cannot fail
        throw new UncheckedIOException(e);
      }
    }

    void close() {
      if (analyzer != null) {
        analyzer.close();
      }
    }
  }

  /** A keyword tokenizer (the whole input is one token) and one stemming filter. */
  private static final class OneWordAnalyzer extends Analyzer {
    private final UnaryOperator<TokenStream> filter;

    OneWordAnalyzer(UnaryOperator<TokenStream> filter) {
      this.filter = filter;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer tokenizer = new KeywordTokenizer();
      return new TokenStreamComponents(tokenizer, filter.apply(tokenizer));
    }
  }
}
