package com.thousandproxy.api.admin.clients;

/** A queued admin action: the client, the action, the job's key and its state. */
public record ClientActionResponse(long clientId, String action, String job, String status) {}
