package org.onewindow.platform.test;

/** Runs with its twin in one JVM: same PostgreSQL server and broker, but its own database. */
@OneWindowTest(properties = "test.twin=Second")
class SecondSharedInfrastructureTest extends SharedInfrastructureTwin {

    @Override
    String twin() {
        return "Second";
    }
}
