package com.thousandproxy.api.admin.plans;

import com.thousandproxy.api.admin.servers.RequestFields;
import com.thousandproxy.application.plan.PlanCommand;
import com.thousandproxy.application.plan.PlanDraft;
import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.server.InboundId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Turns a {@link PlanRequest} into a command, or a 400 listing every bad field. */
final class PlanRequestParser {

  private static final int MAX_POOL = 1000;

  private PlanRequestParser() {}

  static PlanCommand parse(PlanRequest request, AdminActor actor) {
    if (request == null) {
      request = new PlanRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
    RequestFields fields = new RequestFields();
    String name = fields.text("name", request.name(), 150, true);
    String description = fields.text("description", request.description(), 2000, false);
    Money price = price(fields, request.price());
    Integer days =
        fields.whole("durationDays", request.durationDays(), 1, ServerPlan.MAX_DURATION_DAYS, true);
    Integer connections =
        fields.whole(
            "maxConnections", request.maxConnections(), 1, ServerPlan.MAX_CONNECTIONS, true);
    BandwidthLimit bandwidth = bandwidth(fields, request.bandwidthLimitGb());
    Protocol protocol = protocol(fields, request.protocol());
    Long categoryId = fields.id("categoryId", request.categoryId());
    Long brandId = fields.id("brandId", request.brandId());
    Set<InboundId> pool = pool(fields, request);
    fields.throwIfAny();
    var draft =
        new PlanDraft(
            name,
            description,
            price,
            days,
            connections,
            bandwidth,
            protocol,
            new CategoryId(categoryId),
            new BrandId(brandId),
            pool,
            request.active() == null || request.active());
    return new PlanCommand(draft, actor);
  }

  private static Money price(RequestFields fields, PlanRequest.MoneyRequest price) {
    if (price == null || price.amount() == null || price.currency() == null) {
      fields.reject("price", "is required as {amount, currency}");
      return null;
    }
    try {
      Currency currency = Currency.getInstance(price.currency().strip().toUpperCase(Locale.ROOT));
      BigDecimal amount = new BigDecimal(price.amount().strip());
      if (currency.getDefaultFractionDigits() < 0 || amount.precision() > 15) {
        throw new IllegalArgumentException("unsupported");
      }
      Money money = new Money(amount, currency);
      if (money.isPositive()) {
        return money;
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      // reported below (NumberFormatException is an IllegalArgumentException)
    }
    fields.reject(
        "price",
        "must be a positive decimal amount string with the currency's decimals and an ISO 4217"
            + " currency");
    return null;
  }

  private static BandwidthLimit bandwidth(RequestFields fields, Long gigabytes) {
    if (gigabytes == null) {
      return BandwidthLimit.unlimited();
    }
    if (gigabytes < 1 || gigabytes > Integer.MAX_VALUE) {
      fields.reject("bandwidthLimitGb", "must be from 1 to " + Integer.MAX_VALUE + ", or null");
      return null;
    }
    return BandwidthLimit.ofGigabytes(gigabytes);
  }

  private static Protocol protocol(RequestFields fields, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Protocol.fromWireName(value)
        .orElseGet(
            () -> {
              fields.reject("protocol", "must be vless, vmess, trojan or shadowsocks");
              return null;
            });
  }

  private static Set<InboundId> pool(RequestFields fields, PlanRequest request) {
    if (request.inboundIds() == null) {
      fields.reject("inboundIds", "is required (may be empty)");
      return Set.of();
    }
    if (request.inboundIds().size() > MAX_POOL) {
      fields.reject("inboundIds", "must hold at most " + MAX_POOL + " ids");
      return Set.of();
    }
    Set<InboundId> pool = new LinkedHashSet<>();
    for (Long id : request.inboundIds()) {
      if (id == null || id < 1) {
        fields.reject("inboundIds", "must hold positive ids");
        return Set.of();
      }
      pool.add(new InboundId(id));
    }
    return pool;
  }
}
