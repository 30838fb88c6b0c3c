package com.thousandproxy.api.identity;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.thousandproxy.api.support.TestJwtKeys;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The account journey: register, log in, read the profile, refresh, log out; forged tokens fail.
 */
class AuthFlowIT extends IdentityItSupport {

  @Test
  void aVisitorRegistersLogsInAndReadsTheirProfile() {
    String from = newAddress();
    String email = newEmail("alice");
    Map<String, Object> user =
        data(
            post(
                "/api/v1/auth/register",
                from,
                Map.of(
                    "email",
                    "  " + email.toUpperCase() + " ",
                    "password",
                    USER_PASSWORD,
                    "name",
                    "Alice")),
            HttpStatus.CREATED);
    assertThat(user)
        .containsEntry("email", email)
        .containsEntry("role", "CUSTOMER")
        .containsEntry("name", "Alice");

    Map<String, Object> tokens = logIn(email, USER_PASSWORD, from);
    assertThat(tokens).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900);
    assertThat((String) tokens.get("refreshToken")).isNotBlank();

    Map<String, Object> me =
        data(get("/api/v1/me", (String) tokens.get("accessToken")), HttpStatus.OK);
    assertThat(me)
        .containsEntry("id", user.get("id"))
        .containsEntry("email", email)
        .containsEntry("role", "CUSTOMER")
        .containsEntry("active", true)
        .containsKeys("createdAt", "lastLoginAt");
    assertThat((String) me.get("lastLoginAt")).endsWith("Z");
  }

  @Test
  void aSecondAccountWithTheSameEmailIsAConflictWhateverItsCase() {
    String email = newEmail("bob");
    register(email, newAddress());
    post(
            "/api/v1/auth/register",
            newAddress(),
            Map.of("email", email.toUpperCase(), "password", USER_PASSWORD, "name", "Bob again"))
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }

  @Test
  void aShortOrCommonPasswordIsRefusedWithTheReasons() {
    post(
            "/api/v1/auth/register",
            newAddress(),
            Map.of("email", newEmail("carol"), "password", "Password123", "name", "Carol"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.password[0]")
        .isEqualTo("is too common, choose another one");
    post(
            "/api/v1/auth/register",
            newAddress(),
            Map.of("email", "not-an-address", "password", USER_PASSWORD, "name", "Carol"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.email")
        .exists();
  }

  @Test
  void aWrongPasswordGetsTheSameAnswerAsAnUnknownEmail() {
    String email = newEmail("dave");
    register(email, newAddress());
    String wrong =
        message(
            post(
                "/api/v1/auth/login",
                newAddress(),
                Map.of("email", email, "password", WRONG_PASSWORD)));
    String unknown =
        message(
            post(
                "/api/v1/auth/login",
                newAddress(),
                Map.of("email", newEmail("nobody"), "password", WRONG_PASSWORD)));
    assertThat(wrong).isEqualTo(unknown).isEqualTo("Invalid e-mail or password");
  }

  @Test
  void forgedEditedUnsignedAndExpiredTokensAreRefused() throws Exception {
    String email = newEmail("eve");
    long id = register(email, newAddress());
    String token = accessToken(email, USER_PASSWORD);
    get("/api/v1/me", token).expectStatus().isOk();

    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String promoted = payload.replace("\"CUSTOMER\"", "\"ADMIN\"");
    assertThat(promoted).isNotEqualTo(payload);
    String edited = parts[0] + "." + base64(promoted) + "." + parts[2];
    String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    Instant now = Instant.now();
    String otherKey = sign(TestJwtKeys.newPair().getPrivate(), id, now.plusSeconds(600));
    String expired = sign(KEYS.pair().getPrivate(), id, now.minusSeconds(3600));
    String fresh = sign(KEYS.pair().getPrivate(), id, now.plusSeconds(600));

    get("/api/v1/me", fresh).expectStatus().isOk();
    for (String bad : List.of(edited, unsigned, otherKey, expired, "garbage")) {
      get("/api/v1/me", bad)
          .expectStatus()
          .isUnauthorized()
          .expectBody()
          .jsonPath("$.success")
          .isEqualTo(false);
    }
    get("/api/v1/admin/users", edited).expectStatus().isUnauthorized();
  }

  @Test
  void refreshTokensRotateAndAReusedOneRevokesTheWholeSession() {
    String email = newEmail("frank");
    register(email, newAddress());
    String first = (String) logIn(email, USER_PASSWORD, newAddress()).get("refreshToken");

    Map<String, Object> second = refresh(first, HttpStatus.OK);
    String secondRefresh = (String) second.get("refreshToken");
    assertThat(secondRefresh).isNotEqualTo(first);
    get("/api/v1/me", (String) second.get("accessToken")).expectStatus().isOk();

    refresh(first, HttpStatus.UNAUTHORIZED);
    refresh(secondRefresh, HttpStatus.UNAUTHORIZED);

    Map<String, Object> page =
        data(
            get("/api/v1/admin/audit-log?action=auth.refresh_token_reused", adminToken()),
            HttpStatus.OK);
    assertThat(((Number) page.get("total")).longValue()).isPositive();
  }

  @Test
  void loggingOutEndsTheSession() {
    String email = newEmail("grace");
    register(email, newAddress());
    Map<String, Object> tokens = logIn(email, USER_PASSWORD, newAddress());
    client
        .post()
        .uri("/api/v1/auth/logout")
        .headers(h -> h.setBearerAuth((String) tokens.get("accessToken")))
        .bodyValue(Map.of("refreshToken", tokens.get("refreshToken")))
        .exchange()
        .expectStatus()
        .isOk();
    refresh((String) tokens.get("refreshToken"), HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePublicKeyIsPublishedAsAJwkSetWithoutThePrivateParts() {
    client
        .get()
        .uri("/.well-known/jwks.json")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.keys[0].kty")
        .isEqualTo("RSA")
        .jsonPath("$.keys[0].alg")
        .isEqualTo("RS256")
        .jsonPath("$.keys[0].n")
        .exists()
        .jsonPath("$.keys[0].d")
        .doesNotExist();
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndHstsOnlyOverHttps() {
    client
        .get()
        .uri("/api/v1/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("Referrer-Policy", "no-referrer")
        .expectHeader()
        .valueEquals("X-Frame-Options", "DENY")
        .expectHeader()
        .doesNotExist("Strict-Transport-Security");
    client
        .get()
        .uri("/.well-known/jwks.json")
        .header("X-Forwarded-Proto", "https")
        .exchange()
        .expectHeader()
        .valueMatches("Strict-Transport-Security", "max-age=\\d+.*");
  }

  private Map<String, Object> refresh(String refreshToken, HttpStatus expected) {
    return data(
        post("/api/v1/auth/refresh", newAddress(), Map.of("refreshToken", refreshToken)), expected);
  }

  private static String message(
      org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec) {
    Map<?, ?> body =
        spec.expectStatus().isUnauthorized().expectBody(Map.class).returnResult().getResponseBody();
    return (String) body.get("message");
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String sign(PrivateKey key, long userId, Instant expiresAt) throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("1000proxy")
            .subject(String.valueOf(userId))
            .claim("role", "ADMIN")
            .issueTime(Date.from(expiresAt.minusSeconds(900)))
            .expirationTime(Date.from(expiresAt))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
