package org.onewindow.platform.test;

/** Runs with its twin in one JVM: same PostgreSQL server and broker, but its own database. */
@OneWindowTest(properties = "test.twin=First")
class FirstSharedInfrastructureTest extends SharedInfrastructureTwin {

    @Override
    String twin() {
        return "First";
    }
}
