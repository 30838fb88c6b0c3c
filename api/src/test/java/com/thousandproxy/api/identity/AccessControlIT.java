package com.thousandproxy.api.identity;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Roles, ownership, API keys, deactivation, brute-force throttling and the audit trail. */
class AccessControlIT extends IdentityItSupport {

  @Test
  void aCustomerIsForbiddenAdminRoutesAndAnonymousCallersMustLogIn() {
    String email = newEmail("cust");
    register(email, newAddress());
    String token = accessToken(email, USER_PASSWORD);
    get("/api/v1/admin/servers", token).expectStatus().isForbidden();
    get("/api/v1/admin/users", token).expectStatus().isForbidden();
    get("/api/v1/admin/audit-log", token).expectStatus().isForbidden();
    client.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    client
        .post()
        .uri("/api/v1/me/api-keys")
        .headers(h -> h.setBearerAuth(token))
        .bodyValue(Map.of("name", "mine"))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void aResellersKeyWorksShowsOnlyItsPrefixIsHiddenFromOthersAndDiesWhenRevoked() {
    String admin = adminToken();
    String ownerEmail = newEmail("reseller-a");
    String otherEmail = newEmail("reseller-b");
    long owner = register(ownerEmail, newAddress());
    long other = register(otherEmail, newAddress());
    promote(admin, owner, "RESELLER");
    promote(admin, other, "RESELLER");
    String ownerToken = accessToken(ownerEmail, USER_PASSWORD);
    String otherToken = accessToken(otherEmail, USER_PASSWORD);

    Map<String, Object> created =
        data(
            client
                .post()
                .uri("/api/v1/me/api-keys")
                .headers(h -> h.setBearerAuth(ownerToken))
                .bodyValue(Map.of("name", "billing script"))
                .exchange(),
            HttpStatus.CREATED);
    String key = (String) created.get("key");
    String prefix = (String) created.get("prefix");
    assertThat(key).startsWith(prefix + "_");

    client
        .get()
        .uri("/api/v1/me")
        .header("X-API-Key", key)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.id")
        .isEqualTo((int) owner)
        .jsonPath("$.data.role")
        .isEqualTo("RESELLER");
    get("/api/v1/me/api-keys", ownerToken)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data[0].prefix")
        .isEqualTo(prefix)
        .jsonPath("$.data[0].key")
        .doesNotExist()
        .jsonPath("$.data[0].lastUsedAt")
        .exists();

    Object keyId = created.get("id");
    delete("/api/v1/me/api-keys/" + keyId, otherToken).expectStatus().isNotFound();
    delete("/api/v1/me/api-keys/999999", ownerToken).expectStatus().isNotFound();
    client.get().uri("/api/v1/me").header("X-API-Key", key).exchange().expectStatus().isOk();

    delete("/api/v1/me/api-keys/" + keyId, ownerToken).expectStatus().isOk();
    client
        .get()
        .uri("/api/v1/me")
        .header("X-API-Key", key)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    client
        .get()
        .uri("/api/v1/me")
        .header("X-API-Key", prefix + "_" + "x".repeat(43))
        .exchange()
        .expectStatus()
        .isUnauthorized();

    assertAudited(admin, "api_key.created");
    assertAudited(admin, "api_key.revoked");
    assertAudited(admin, "admin.user_role_changed");
  }

  @Test
  void aDeactivatedUsersTokenStopsWorkingAtTheNextRequest() {
    String admin = adminToken();
    String email = newEmail("leaver");
    long id = register(email, newAddress());
    String token = accessToken(email, USER_PASSWORD);
    get("/api/v1/me", token).expectStatus().isOk();

    patch(admin, id, Map.of("active", false))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.active")
        .isEqualTo(false);

    get("/api/v1/me", token).expectStatus().isUnauthorized();
    post("/api/v1/auth/login", newAddress(), Map.of("email", email, "password", USER_PASSWORD))
        .expectStatus()
        .isUnauthorized();
    assertAudited(admin, "admin.user_deactivated");
  }

  @Test
  void anAdminCannotLockThemselvesOut() {
    String admin = adminToken();
    long adminId = ((Number) data(get("/api/v1/me", admin), HttpStatus.OK).get("id")).longValue();
    patch(admin, adminId, Map.of("role", "CUSTOMER")).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    patch(admin, adminId, Map.of("role", "EMPEROR")).expectStatus().isBadRequest();
    patch(admin, 987654, Map.of("active", false)).expectStatus().isNotFound();
  }

  @Test
  void repeatedWrongLoginsFromOneAddressAreThrottledBeforeTheFifteenthAttempt() {
    String email = newEmail("target");
    register(email, newAddress());
    String attacker = newAddress();
    List<Integer> statuses = new ArrayList<>();
    String retryAfter = null;
    for (int attempt = 1; attempt <= 14 && retryAfter == null; attempt++) {
      EntityExchangeResult<byte[]> result =
          post("/api/v1/auth/login", attacker, Map.of("email", email, "password", WRONG_PASSWORD))
              .expectBody()
              .returnResult();
      statuses.add(result.getStatus().value());
      retryAfter = result.getResponseHeaders().getFirst("Retry-After");
    }
    assertThat(statuses).contains(429).first().isEqualTo(401);
    assertThat(statuses.indexOf(429)).isLessThan(14);
    assertThat(Long.parseLong(retryAfter)).isPositive();
    // Even the right password waits now, from that address.
    post("/api/v1/auth/login", attacker, Map.of("email", email, "password", USER_PASSWORD))
        .expectStatus()
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertAudited(adminToken(), "auth.login_failed");
  }

  @Test
  void adminsPageThroughUsersAndFilterTheAuditTrailByActor() {
    String admin = adminToken();
    long adminId = ((Number) data(get("/api/v1/me", admin), HttpStatus.OK).get("id")).longValue();
    register(newEmail("paged"), newAddress());
    Map<String, Object> page = data(get("/api/v1/admin/users?page=0&size=1", admin), HttpStatus.OK);
    assertThat((List<?>) page.get("items")).hasSize(1);
    assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(2);
    get("/api/v1/admin/users?size=500", admin).expectStatus().isBadRequest();

    Map<String, Object> logins =
        data(
            get("/api/v1/admin/audit-log?action=auth.login&actor=" + adminId, admin),
            HttpStatus.OK);
    assertThat(((Number) logins.get("total")).longValue()).isPositive();
    @SuppressWarnings("unchecked")
    Map<String, Object> entry = ((List<Map<String, Object>>) logins.get("items")).get(0);
    assertThat(entry).containsEntry("action", "auth.login").containsEntry("actorType", "USER");
    assertThat(((Number) entry.get("actorUserId")).longValue()).isEqualTo(adminId);
  }

  private void promote(String admin, long userId, String role) {
    patch(admin, userId, Map.of("role", role)).expectStatus().isOk();
  }

  private WebTestClient.ResponseSpec patch(String admin, long userId, Map<String, ?> body) {
    return client
        .patch()
        .uri("/api/v1/admin/users/" + userId)
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(body)
        .exchange();
  }

  private WebTestClient.ResponseSpec delete(String path, String token) {
    return client.delete().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
  }

  private void assertAudited(String admin, String action) {
    Map<String, Object> page =
        data(get("/api/v1/admin/audit-log?action=" + action, admin), HttpStatus.OK);
    assertThat(((Number) page.get("total")).longValue()).as(action).isPositive();
  }
}
