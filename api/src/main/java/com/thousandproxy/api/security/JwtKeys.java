package com.thousandproxy.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/** Loads the RS256 signing key pair from PEM files, or generates one for the demo. */
final class JwtKeys {

  private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);

  private JwtKeys() {}

  static RSAKey from(SecurityProperties.Jwt jwt) {
    if (jwt.privateKey() != null && jwt.publicKey() != null) {
      return rsaKey(
          (RSAPublicKey) publicKey(read(jwt.publicKey())),
          (RSAPrivateKey) privateKey(read(jwt.privateKey())));
    }
    if (jwt.generateKey()) {
      log.warn(
          "No app.security.jwt.private-key/public-key: signing with a key generated at start;"
              + " tokens die with this process and are not shared with other instances");
      KeyPair pair = generate();
      return rsaKey((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
    }
    throw new IllegalStateException(
        "No JWT signing key: set app.security.jwt.private-key and app.security.jwt.public-key"
            + " (PEM files), or app.security.jwt.generate-key=true for a throw-away demo key");
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has RSA", e);
    }
  }

  private static RSAKey rsaKey(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
    try {
      RSAKey key =
          new RSAKey.Builder(publicKey)
              .privateKey(privateKey)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .build();
      return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot fingerprint the JWT key", e);
    }
  }

  private static byte[] read(Resource pem) {
    try (InputStream in = pem.getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return Base64.getDecoder().decode(base64);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read the JWT key " + pem.getDescription(), e);
    }
  }

  private static java.security.PublicKey publicKey(byte[] der) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("the JWT public key is not an X.509 RSA key", e);
    }
  }

  private static java.security.PrivateKey privateKey(byte[] der) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("the JWT private key is not a PKCS#8 RSA key", e);
    }
  }
}
