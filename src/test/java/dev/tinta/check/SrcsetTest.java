package dev.tinta.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrcsetTest {
  @Test
  void splitsCandidatesWithDescriptors() {
    assertThat(Srcset.urls("a.png 1x, b.png 2x")).containsExactly("a.png", "b.png");
    assertThat(Srcset.urls(" a.png 480w,\n b.png 800w ")).containsExactly("a.png", "b.png");
  }

  @Test
  void keepsCommasInsideUrlsAndHandlesBareCandidates() {
    assertThat(Srcset.urls("a,b.png 1x,c.png")).containsExactly("a,b.png", "c.png");
    assertThat(Srcset.urls("a.png,b.png")).containsExactly("a.png,b.png");
    assertThat(Srcset.urls("a.png, b.png")).containsExactly("a.png", "b.png");
  }

  @Test
  void emptyValueHasNoUrls() {
    assertThat(Srcset.urls("")).isEmpty();
    assertThat(Srcset.urls(" , ")).isEmpty();
  }
}
