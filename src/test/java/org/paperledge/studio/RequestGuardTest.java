package org.paperledge.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The studio answers its own page only: other hosts, origins and cross-site requests are refused. */
class RequestGuardTest {
  private final RequestGuard guard = new RequestGuard(43210);

  private static Map<String, List<String>> headers(String... pairs) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      headers.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
    }
    return headers;
  }

  private Optional<RequestGuard.Refusal> check(String method, String... pairs) {
    return guard.check(method, headers(pairs));
  }

  @Test
  void thePagesOwnRequestsAreAnswered() {
    assertThat(check("GET", "Host", "127.0.0.1:43210")).isEmpty();
    assertThat(check("GET", "host", "127.0.0.1:43210", "Sec-Fetch-Site", "same-origin")).isEmpty();
    assertThat(check("GET", "Host", "127.0.0.1:43210", "Sec-Fetch-Site", "none")).isEmpty(); // typed in
    assertThat(check("POST", "Host", "127.0.0.1:43210", "Origin", "http://127.0.0.1:43210",
        "Sec-Fetch-Site", "same-origin")).isEmpty();
  }

  @Test
  void anotherHostIsRefusedAsDnsRebindingWouldSendIt() {
    assertThat(check("GET", "Host", "attacker.example:43210")).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.reason()).isEqualTo("refused: Host 'attacker.example:43210' is not 127.0.0.1:43210");
    });
    assertThat(check("GET", "Host", "localhost:43210")).isPresent();
    assertThat(check("GET", "Host", "127.0.0.1:43211")).isPresent();
    assertThat(check("GET", "Host", "127.0.0.1")).isPresent();
    assertThat(check("GET")).hasValueSatisfying(r -> assertThat(r.reason()).contains("Host (none)"));
    assertThat(check("GET", "Host", "127.0.0.1:43210", "Host", "attacker.example")).isPresent();
  }

  @Test
  void anotherOriginIsRefusedEvenForTheRightHost() {
    assertThat(check("POST", "Host", "127.0.0.1:43210", "Origin", "http://attacker.example"))
        .hasValueSatisfying(r -> assertThat(r.reason())
            .isEqualTo("refused: Origin 'http://attacker.example' is not http://127.0.0.1:43210"));
    assertThat(check("GET", "Host", "127.0.0.1:43210", "Origin", "null")).isPresent();
    assertThat(check("GET", "Host", "127.0.0.1:43210", "Origin", "https://127.0.0.1:43210")).isPresent();
    assertThat(check("GET", "Host", "127.0.0.1:43210", "Sec-Fetch-Site", "cross-site")).isPresent();
    assertThat(check("GET", "Host", "127.0.0.1:43210", "Sec-Fetch-Site", "same-site")).isPresent();
  }

  @Test
  void aChangeMustSayItComesFromThePageAndOtherMethodsAreNotAllowed() {
    assertThat(check("POST", "Host", "127.0.0.1:43210")).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.reason()).contains("without an Origin");
    });
    assertThat(check("PUT", "Host", "127.0.0.1:43210", "Origin", "http://127.0.0.1:43210"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(405));
    assertThat(check("DELETE", "Host", "127.0.0.1:43210")).isPresent();
  }

  @Test
  void controlCharactersInARefusedHeaderDoNotReachTheAnswer() {
    assertThat(check("GET", "Host", "evil\u0007.example")).hasValueSatisfying(r ->
        assertThat(r.reason()).isEqualTo("refused: Host 'evil?.example' is not 127.0.0.1:43210"));
  }
}
