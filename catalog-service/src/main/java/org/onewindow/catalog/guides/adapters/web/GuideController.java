package org.onewindow.catalog.guides.adapters.web;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.catalog.items.application.ItemCatalog;
import org.onewindow.catalog.items.domain.Delegation;
import org.onewindow.catalog.items.domain.ItemVersion;
import org.onewindow.catalog.organisation.application.OrganisationReads;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.catalog.shared.adapters.web.PathCodes;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 办事指南, public (a PUBLIC row of the access policy table, docs/security.md): JSON, or HTML at {@code .html}. */
@RestController
@RequestMapping("/api/catalog/v1/guides")
public record GuideController(ItemCatalog items, OrganisationReads organisation) {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    @GetMapping(value = "/{itemCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Guide json(@PathVariable String itemCode) {
        return guide(itemCode);
    }

    @GetMapping(value = "/{itemCode}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> negotiated(@PathVariable String itemCode) {
        return html(itemCode);
    }

    @GetMapping("/{itemCode}.html")
    public ResponseEntity<String> html(@PathVariable String itemCode) {
        return ResponseEntity.ok().contentType(HTML_UTF8).body(GuideHtml.render(guide(itemCode)));
    }

    private Guide guide(String itemCode) {
        ItemVersion version = items.get(PathCodes.parse("item", itemCode, ItemCode::of)).current()
                .orElseThrow(() -> new NotFound("guide", itemCode));
        return Guide.of(version, places(version), new Guide.Departments(
                departmentName(version.definition().implementingDepartment()),
                departmentName(version.definition().supervisingDepartment())));
    }

    private String departmentName(String code) {
        try {
            return organisation.department(DepartmentCode.of(code)).map(d -> d.state().name()).orElse(code);
        } catch (IllegalArgumentException e) { // not a department code: show it as it is
            return code;
        }
    }

    private List<Guide.Place> places(ItemVersion version) {
        List<Guide.Place> places = new ArrayList<>();
        for (ServiceCentre c : organisation.centres(0, 1000)) {
            if (c.level() == version.definition().level()) {
                places.add(new Guide.Place(c.code(), c.name(), c.level().name(), "本级受理"));
            } else {
                for (Delegation d : version.definition().delegations()) {
                    if (d.covers(c.code(), c.level())) {
                        places.add(new Guide.Place(c.code(), c.name(), c.level().name(), d.kind().label()));
                    }
                }
            }
        }
        return places;
    }
}
