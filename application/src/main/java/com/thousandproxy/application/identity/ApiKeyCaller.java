package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.ApiKeyId;
import com.thousandproxy.domain.identity.Caller;

/** A request authenticated by an API key: the key used, and its owner with the owner's role. */
public record ApiKeyCaller(ApiKeyId keyId, Caller caller) {}
