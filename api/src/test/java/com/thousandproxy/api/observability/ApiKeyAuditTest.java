package com.thousandproxy.api.observability;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.observability.DemoCalls.Account;
import com.thousandproxy.api.support.DemoApplicationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a reseller does through an API key is audited as the key's, not as a logged-in user's. */
@DemoApplicationTest
class ApiKeyAuditTest {

  @Autowired WebTestClient http;

  @Test
  @SuppressWarnings("unchecked")
  void anActionThroughAnApiKeyIsAuditedWithTheApiKeyActorAndTheKeysIdAndPrefix() throws Exception {
    DemoCalls calls = new DemoCalls(http);
    String admin = calls.adminToken();
    Account reseller = calls.register("reseller");
    http.patch()
        .uri("/api/v1/admin/users/" + reseller.id())
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of("role", "RESELLER"))
        .exchange()
        .expectStatus()
        .isOk();
    Map<String, Object> first =
        data(
            http.post()
                .uri("/api/v1/me/api-keys")
                .headers(h -> h.setBearerAuth(calls.logIn(reseller)))
                .bodyValue(Map.of("name", "by token"))
                .exchange(),
            HttpStatus.CREATED);
    data(
        http.post()
            .uri("/api/v1/me/api-keys")
            .header("X-API-Key", (String) first.get("key"))
            .bodyValue(Map.of("name", "by key"))
            .exchange(),
        HttpStatus.CREATED);

    List<Map<String, Object>> created = auditOf(admin, reseller, "api_key.created");
    assertThat(created).hasSize(2);
    Map<String, Object> byKey = created.get(0);
    Map<String, Object> byToken = created.get(1);
    assertThat(byKey.get("actorType")).isEqualTo("API_KEY");
    assertThat((Map<String, Object>) byKey.get("details"))
        .containsEntry("apiKeyId", String.valueOf(first.get("id")))
        .containsEntry("apiKeyPrefix", first.get("prefix"));
    assertThat(byToken.get("actorType")).isEqualTo("USER");
    assertThat((Map<String, Object>) byToken.get("details")).doesNotContainKey("apiKeyId");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> auditOf(String admin, Account actor, String action) {
    return (List<Map<String, Object>>)
        data(
                http.get()
                    .uri("/api/v1/admin/audit-log?actor=" + actor.id() + "&action=" + action)
                    .headers(h -> h.setBearerAuth(admin))
                    .exchange(),
                HttpStatus.OK)
            .get("items");
  }
}
