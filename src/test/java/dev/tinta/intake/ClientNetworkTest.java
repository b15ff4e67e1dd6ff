package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Networks, address literals without DNS, and the stored hash. */
class ClientNetworkTest {
  @Test
  void networksAreTheSlash24AndSlash64() throws Exception {
    assertThat(ClientNetwork.of(InetAddress.getByName("192.0.2.77")).key()).isEqualTo("c00002");
    assertThat(ClientNetwork.of(InetAddress.getByName("::ffff:192.0.2.77")).key())
        .isEqualTo("c00002");
    assertThat(ClientNetwork.of(InetAddress.getByName("2001:db8:aa:bb:1:2:3:4")).key())
        .isEqualTo("20010db800aa00bb");
  }

  @Test
  void onlyLiteralsAreParsedNeverHostNames() {
    assertThat(ClientNetwork.literal("203.0.113.9")).isPresent();
    assertThat(ClientNetwork.literal("[2001:db8::1]")).isPresent();
    assertThat(ClientNetwork.literal("2001:db8::1")).isPresent();
    assertThat(ClientNetwork.literal("localhost")).isEmpty();
    assertThat(ClientNetwork.literal("example.org")).isEmpty();
    assertThat(ClientNetwork.literal("300.1.1.1")).isEmpty();
    assertThat(ClientNetwork.literal("1.2.3")).isEmpty();
    assertThat(ClientNetwork.literal("")).isEmpty();
  }

  @Test
  void theHashIsKeyedShortAndTheSameForOneNetwork() throws Exception {
    Keys keys = new Keys(new byte[32]);
    var key = keys.key("ip-hash");
    String a = ClientNetwork.of(InetAddress.getByName("192.0.2.1")).hash(key);
    String b = ClientNetwork.of(InetAddress.getByName("192.0.2.254")).hash(key);
    String c = ClientNetwork.of(InetAddress.getByName("192.0.3.1")).hash(key);
    assertThat(a).matches("[0-9a-f]{16}").isEqualTo(b).isNotEqualTo(c);
    assertThat(
            ClientNetwork.of(InetAddress.getByName("192.0.2.1"))
                .hash(new Keys(new byte[] {7}).key("ip-hash")))
        .isNotEqualTo(a);
  }
}
