package org.onewindow.platform.web.jdbc;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The base of a persistence adapter that speaks SQL through the service's {@link JdbcClient}, as Spring's
 * {@code JdbcDaoSupport} holds a template: the adapter states its statements, the base holds the client, so an
 * adapter's constructor takes only what else it needs. A {@code @Repository} subclass keeps Spring's exception
 * translation (its proxy subclasses the adapter, and Spring sets the client on the adapter itself).
 */
public abstract class JdbcAdapter {

    /** Set once, by Spring, before the adapter is used. */
    protected JdbcClient jdbc;

    @Autowired
    public void setJdbcClient(JdbcClient jdbc) {
        if (this.jdbc != null) {
            throw new IllegalStateException("the JdbcClient is set once");
        }
        this.jdbc = jdbc;
    }
}
