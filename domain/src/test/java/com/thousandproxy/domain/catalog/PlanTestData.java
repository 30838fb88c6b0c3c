package com.thousandproxy.domain.catalog;

import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.server.InboundId;
import java.util.Set;

/** Builds valid plans; each {@code with…} changes one thing. */
public final class PlanTestData {

  private long id = 1;
  private String name = "Germany monthly";
  private String description = "Fast VLESS in Frankfurt";
  private Money price = Money.of("9.99", "USD");
  private int durationDays = 30;
  private int maxConnections = 2;
  private BandwidthLimit bandwidthLimit = BandwidthLimit.ofGigabytes(100);
  private Protocol protocol = Protocol.VLESS;
  private Set<InboundId> inboundPool = Set.of(new InboundId(1));
  private boolean active = true;

  private PlanTestData() {}

  public static PlanTestData aPlan() {
    return new PlanTestData();
  }

  public PlanTestData withId(long newId) {
    id = newId;
    return this;
  }

  public PlanTestData withName(String newName) {
    name = newName;
    return this;
  }

  public PlanTestData withDescription(String newDescription) {
    description = newDescription;
    return this;
  }

  public PlanTestData withPrice(String amount, String currency) {
    price = Money.of(amount, currency);
    return this;
  }

  public PlanTestData withDurationDays(int days) {
    durationDays = days;
    return this;
  }

  public PlanTestData withMaxConnections(int connections) {
    maxConnections = connections;
    return this;
  }

  public PlanTestData withBandwidthLimit(BandwidthLimit limit) {
    bandwidthLimit = limit;
    return this;
  }

  public PlanTestData withProtocol(Protocol newProtocol) {
    protocol = newProtocol;
    return this;
  }

  public PlanTestData withInboundPool(InboundId... inbounds) {
    return withInboundPool(Set.of(inbounds));
  }

  public PlanTestData withInboundPool(Set<InboundId> inbounds) {
    inboundPool = inbounds;
    return this;
  }

  public PlanTestData inactive() {
    active = false;
    return this;
  }

  public ServerPlan build() {
    return new ServerPlan(
        new PlanId(id),
        name,
        description,
        price,
        durationDays,
        maxConnections,
        bandwidthLimit,
        protocol,
        new CategoryId(1),
        new BrandId(1),
        inboundPool,
        active);
  }
}
