package com.thousandproxy.application.audit;

import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.user.UserId;
import java.util.Objects;

/** Who did an audited action: a user (directly or through an API key), the system, or nobody. */
public record AuditActor(ActorType type, UserId userId) {

  public static final AuditActor SYSTEM = new AuditActor(ActorType.SYSTEM, null);
  public static final AuditActor ANONYMOUS = new AuditActor(ActorType.ANONYMOUS, null);

  public AuditActor {
    Objects.requireNonNull(type, "type");
    if ((type == ActorType.USER || type == ActorType.API_KEY) != (userId != null)) {
      throw new IllegalArgumentException(type + " actors name a user, others do not");
    }
  }

  public static AuditActor user(UserId userId) {
    return new AuditActor(ActorType.USER, userId);
  }

  public static AuditActor of(Caller caller) {
    return user(caller.userId());
  }
}
