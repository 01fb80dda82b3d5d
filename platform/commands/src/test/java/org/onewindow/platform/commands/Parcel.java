package org.onewindow.platform.commands;

import java.time.Instant;

import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.Changes;
import org.onewindow.platform.kernel.StateConflict;

/** The test's aggregate: a parcel that is weighed and sealed. */
final class Parcel implements Aggregate<Parcel.Changed> {

    /** The internal event. */
    record Changed(String parcelId, String what) {
    }

    private final Changes<Changed> changes = new Changes<>();
    final String id;
    String status;
    int weight;
    long version;

    Parcel(String id, String status, int weight, long version) {
        this.id = id;
        this.status = status;
        this.weight = weight;
        this.version = version;
    }

    static Parcel register(String id, AuditActor by) {
        Parcel parcel = new Parcel(id, "OPEN", 0, 0);
        parcel.changes.registerEvent(new Changed(id, "registered"));
        parcel.changes.audit(AuditEntry.of(Instant.now(), "REGISTERED", by, ""));
        return parcel;
    }

    void weigh(int grams, AuditActor by) {
        if (!status.equals("OPEN")) {
            throw new StateConflict("parcel.sealed", "parcel " + id + " is sealed");
        }
        weight = grams;
        changes.audit(AuditEntry.of(Instant.now(), "WEIGHED", by, grams + " g"));
    }

    void seal(AuditActor by) {
        status = "SEALED";
        changes.registerEvent(new Changed(id, "sealed"));
        changes.audit(AuditEntry.of(Instant.now(), "SEALED", by, ""));
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Changes<Changed> changes() {
        return changes;
    }
}
