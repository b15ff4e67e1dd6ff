package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.IntakeSettings;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Sliding windows per network (minute, day) and for everyone (hour); memory is bounded. */
class RateLimiterTest {
  private final TestClock clock = new TestClock(IntakeSite.START);

  private static ClientNetwork net(String ip) throws Exception {
    return ClientNetwork.of(InetAddress.getByName(ip));
  }

  @Test
  void perMinuteAndPerDayPerNetwork() throws Exception {
    RateLimiter limiter = new RateLimiter(new IntakeSettings(0, 24, 2, 3, 100, 2), clock);
    assertThat(limiter.acquire(net("192.0.2.1"))).isEmpty();
    clock.advance(Duration.ofSeconds(10));
    assertThat(limiter.acquire(net("192.0.2.200"))).isEmpty(); // same /24
    assertThat(limiter.acquire(net("192.0.2.3"))).hasValue(Duration.ofSeconds(50));
    assertThat(limiter.acquire(net("198.51.100.1"))).isEmpty(); // another network
    clock.advance(Duration.ofSeconds(51));
    assertThat(limiter.acquire(net("192.0.2.3"))).isEmpty();
    clock.advance(Duration.ofMinutes(5));
    assertThat(limiter.acquire(net("192.0.2.3")))
        .hasValue(Duration.ofDays(1).minus(Duration.ofSeconds(10 + 51 + 300)));
  }

  @Test
  void ipv6CountsPer64() throws Exception {
    RateLimiter limiter = new RateLimiter(new IntakeSettings(0, 24, 1, 10, 100, 2), clock);
    assertThat(limiter.acquire(net("2001:db8:1:2::1"))).isEmpty();
    assertThat(limiter.acquire(net("2001:db8:1:2:ffff::9"))).isPresent();
    assertThat(limiter.acquire(net("2001:db8:1:3::1"))).isEmpty();
  }

  @Test
  void everyonePerHour() throws Exception {
    RateLimiter limiter = new RateLimiter(new IntakeSettings(0, 24, 10, 10, 2, 2), clock);
    assertThat(limiter.acquire(net("192.0.2.1"))).isEmpty();
    assertThat(limiter.acquire(net("198.51.100.1"))).isEmpty();
    assertThat(limiter.acquire(net("203.0.113.1"))).hasValue(Duration.ofHours(1));
  }

  @Test
  void networksWithNothingInTheLastDayAreForgotten() throws Exception {
    RateLimiter limiter = new RateLimiter(new IntakeSettings(0, 24, 10, 10, 100_000, 2), clock);
    for (int i = 0; i < 1000; i++) {
      limiter.acquire(net("10." + (i / 256) + "." + (i % 256) + ".1"));
    }
    assertThat(limiter.networks()).isEqualTo(1000);
    clock.advance(Duration.ofDays(1).plusMinutes(2));
    limiter.acquire(net("192.0.2.1"));
    assertThat(limiter.networks()).isEqualTo(1);
  }
}
