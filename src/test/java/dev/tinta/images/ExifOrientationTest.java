package dev.tinta.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.testing.TestImages;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExifOrientationTest {
  private static final byte[] JPEG = TestImages.jpeg(40, 30, 1);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void eachOrientationBeforeOrAfterTheJfifBlock(int orientation) {
    assertThat(ExifOrientation.of(TestImages.withOrientation(JPEG, orientation, true)))
        .isEqualTo(orientation);
    assertThat(ExifOrientation.of(TestImages.withOrientation(JPEG, orientation, false)))
        .isEqualTo(orientation);
  }

  @Test
  void noExifBlockMeansAsStored() {
    assertThat(ExifOrientation.of(JPEG)).isEqualTo(1);
  }

  @Test
  void outOfRangeOrCutShortMeansAsStored() {
    assertThat(ExifOrientation.of(TestImages.withOrientation(JPEG, 9, true))).isEqualTo(1);
    byte[] exif = TestImages.withOrientation(JPEG, 6, true);
    for (int n = 0; n < 50; n++) {
      assertThat(ExifOrientation.of(Arrays.copyOf(exif, n))).isIn(1, 6);
    }
  }
}
