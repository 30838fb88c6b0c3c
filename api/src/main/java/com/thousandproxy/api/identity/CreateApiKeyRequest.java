package com.thousandproxy.api.identity;

import com.thousandproxy.domain.identity.ApiKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /me/api-keys}. */
public record CreateApiKeyRequest(@NotBlank @Size(max = ApiKey.MAX_NAME_LENGTH) String name) {}
