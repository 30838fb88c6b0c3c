package com.thousandproxy.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An RS256 key pair written as PEM files, the way an operator configures the signing key. */
public final class TestJwtKeys {

  private final KeyPair pair;
  private final Path privatePem;
  private final Path publicPem;

  private TestJwtKeys(KeyPair pair, Path privatePem, Path publicPem) {
    this.pair = pair;
    this.privatePem = privatePem;
    this.publicPem = publicPem;
  }

  public static TestJwtKeys create() {
    try {
      KeyPair pair = newPair();
      Path dir = Files.createTempDirectory("jwt-keys");
      Path privatePem = dir.resolve("jwt.key");
      Path publicPem = dir.resolve("jwt.pub");
      Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      return new TestJwtKeys(pair, privatePem, publicPem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KeyPair newPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public KeyPair pair() {
    return pair;
  }

  public String privateKeyLocation() {
    return privatePem.toUri().toString();
  }

  public String publicKeyLocation() {
    return publicPem.toUri().toString();
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
