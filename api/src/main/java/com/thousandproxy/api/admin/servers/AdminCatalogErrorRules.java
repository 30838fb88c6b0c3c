package com.thousandproxy.api.admin.servers;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.plan.PlanNotFoundException;
import com.thousandproxy.application.server.DuplicateLabelException;
import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.LabelNotFoundException;
import com.thousandproxy.application.server.SecretsUnavailableException;
import com.thousandproxy.application.server.ServerNotFoundException;
import com.thousandproxy.application.server.StillReferencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/** How the outcomes of server, plan, category and brand administration read on the wire. */
public final class AdminCatalogErrorRules implements ApiErrorRule {

  private static final Logger LOG = LoggerFactory.getLogger(AdminCatalogErrorRules.class);

  @Override
  public ApiError map(Throwable error) {
    if (error instanceof InvalidReferencesException invalid) {
      return new ApiError(HttpStatus.BAD_REQUEST, "The request is invalid", invalid.fieldErrors());
    }
    if (error instanceof ServerNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "Server not found");
    }
    if (error instanceof PlanNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "Plan not found");
    }
    if (error instanceof LabelNotFoundException notFound) {
      return new ApiError(HttpStatus.NOT_FOUND, labelName(notFound.kind()) + " not found");
    }
    if (error instanceof DuplicateLabelException duplicate) {
      return new ApiError(
          HttpStatus.CONFLICT,
          "A "
              + duplicate.kind().label()
              + " with this name (slug "
              + duplicate.slug()
              + ") exists");
    }
    if (error instanceof StillReferencedException) {
      return new ApiError(
          HttpStatus.CONFLICT, "It is still in use: remove what refers to it first");
    }
    if (error instanceof SecretsUnavailableException) {
      LOG.error("Panel secrets unavailable: {}", error.getMessage());
      return new ApiError(
          HttpStatus.SERVICE_UNAVAILABLE, "Panel credentials cannot be used right now");
    }
    if (error instanceof PanelUnavailableException unavailable) {
      LOG.warn("Panel unavailable: {}", unavailable.getMessage());
      return new ApiError(
          HttpStatus.BAD_GATEWAY, "The panel is unavailable: " + unavailable.reason());
    }
    return null;
  }

  private static String labelName(LabelKind kind) {
    return kind == LabelKind.CATEGORY ? "Category" : "Brand";
  }
}
