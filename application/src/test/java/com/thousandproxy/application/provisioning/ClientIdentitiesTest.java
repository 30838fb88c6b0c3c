package com.thousandproxy.application.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItemId;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientIdentitiesTest {

  private final ClientIdentities identities = new ClientIdentities(new SecureRandom());
  private final UnitKey unit = new UnitKey(new OrderItemId(Long.MAX_VALUE), 99);

  @Test
  void the_email_names_order_item_and_unit_and_stays_panel_safe_and_short() {
    ClientCredentials c =
        identities.newClient(new OrderId(Long.MAX_VALUE), unit, Protocol.VLESS, null);

    assertThat(c.email())
        .startsWith("o" + Long.MAX_VALUE + "-i" + Long.MAX_VALUE + "-u99-")
        .matches("[a-z0-9-]+")
        .hasSizeLessThanOrEqualTo(64);
    assertThat(c.subId()).matches("[a-z0-9]{16}");
  }

  @Test
  void vless_and_vmess_get_a_version_4_uuid_and_no_password() {
    ClientCredentials c = identities.newClient(new OrderId(1), unit, Protocol.VMESS, null);

    assertThat(UUID.fromString(c.uuid()).version()).isEqualTo(4);
    assertThat(UUID.fromString(c.uuid()).variant()).isEqualTo(2);
    assertThat(c.password()).isNull();
  }

  @Test
  void trojan_gets_32_hex_characters_and_shadowsocks_a_key_of_its_cipher_size() {
    ClientCredentials trojan = identities.newClient(new OrderId(1), unit, Protocol.TROJAN, null);
    ClientCredentials ss128 =
        identities.newClient(new OrderId(1), unit, Protocol.SHADOWSOCKS, "2022-blake3-aes-128-gcm");
    ClientCredentials ss256 =
        identities.newClient(new OrderId(1), unit, Protocol.SHADOWSOCKS, "2022-blake3-aes-256-gcm");

    assertThat(trojan.password()).matches("[0-9a-f]{32}");
    assertThat(Base64.getDecoder().decode(ss128.password())).hasSize(16);
    assertThat(Base64.getDecoder().decode(ss256.password())).hasSize(32);
  }

  @Test
  void two_units_never_share_an_email_or_a_secret() {
    ClientCredentials a = identities.newClient(new OrderId(1), unit, Protocol.VLESS, null);
    ClientCredentials b = identities.newClient(new OrderId(1), unit, Protocol.VLESS, null);

    assertThat(a.email()).isNotEqualTo(b.email());
    assertThat(a.uuid()).isNotEqualTo(b.uuid());
  }
}
