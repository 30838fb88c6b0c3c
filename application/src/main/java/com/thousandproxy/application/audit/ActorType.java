package com.thousandproxy.application.audit;

/** How the actor of an audited action was identified. */
public enum ActorType {
  /** A logged-in user (access token). */
  USER,
  /** A reseller script, through one of the user's API keys. */
  API_KEY,
  /** The platform itself: start-up, jobs, webhooks. */
  SYSTEM,
  /** Nobody identified yet, e.g. a failed login. */
  ANONYMOUS
}
