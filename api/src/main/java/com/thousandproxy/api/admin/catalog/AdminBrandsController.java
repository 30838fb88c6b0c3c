package com.thousandproxy.api.admin.catalog;

import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.port.in.ManageCatalogLabelsUseCase;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage server brands. */
@RestController
@RequestMapping("/api/v1/admin/server-brands")
@Tag(name = "Admin: brands")
public class AdminBrandsController extends AdminLabelsController {

  public AdminBrandsController(ManageCatalogLabelsUseCase labels) {
    super(labels, LabelKind.BRAND);
  }
}
