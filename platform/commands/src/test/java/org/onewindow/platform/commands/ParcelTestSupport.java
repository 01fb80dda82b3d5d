package org.onewindow.platform.commands;

import java.util.UUID;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test application's parcels on the JVM's embedded PostgreSQL: their command path, the audit trail it writes and
 * the database, shared by the tests of the command path and of the trail's chain (one cached context).
 */
@OneWindowTest
abstract class ParcelTestSupport {

    static final AuditActor BOB = new AuditActor("bob", "Bob", "CLERK", null, "bob");

    @Autowired
    CommandPath<String, Parcel, Parcel.Changed> parcels;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;

    /** A new parcel, registered by Bob: its id. */
    String registered() {
        String id = "P-" + UUID.randomUUID();
        parcels.create(Command.of("register", BOB), () -> Parcel.register(id, BOB));
        return id;
    }
}
