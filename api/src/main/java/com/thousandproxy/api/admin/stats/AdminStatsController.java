package com.thousandproxy.api.admin.stats;

import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.lifecycle.PlatformStats;
import com.thousandproxy.application.lifecycle.port.in.ShowStatsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The admin dashboard's figures. */
@RestController
@RequestMapping("/api/v1/admin/stats")
@Tag(name = "Admin: stats")
public class AdminStatsController {

  private final ShowStatsUseCase stats;

  public AdminStatsController(ShowStatsUseCase stats) {
    this.stats = stats;
  }

  @GetMapping
  @Operation(
      summary = "Revenue and orders per day (30 days), active clients, jobs, server load",
      description = "unknownPanelClients: panel clients no server client accounts for.")
  public Mono<ApiResponse<PlatformStats>> show() {
    return stats.stats().map(ApiResponse::ok);
  }
}
