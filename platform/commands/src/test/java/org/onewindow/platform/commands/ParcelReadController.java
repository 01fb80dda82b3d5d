package org.onewindow.platform.commands;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The test's read of personal data: a parcel's owner, as a service's GET would show an applicant. */
@RestController
class ParcelReadController {

    private final PersonalDataReads reads;

    ParcelReadController(PersonalDataReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/commands-test/v1/parcels/{id}/owner")
    String owner(@PathVariable String id) {
        reads.record("parcel", id, "parcel.owner", List.of("owner.phone", "owner.name"));
        return "{\"name\":\"张三\"}";
    }

    @GetMapping("/api/commands-test/v1/parcels")
    String list() {
        reads.record("parcel", List.of("P-LIST-2", "P-LIST-1"), "parcel.list", List.of("owner.name"));
        return "[]";
    }
}
