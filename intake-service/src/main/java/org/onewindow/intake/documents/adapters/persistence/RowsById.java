package org.onewindow.intake.documents.adapters.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A repository of a table keyed by {@code id}: one row read as is, or locked for the rest of the transaction. */
abstract class RowsById<T> {

    protected final JdbcClient jdbc;
    private final String select;
    private final RowMapper<T> mapper;

    protected RowsById(JdbcClient jdbc, String table, String columns, RowMapper<T> mapper) {
        this.jdbc = jdbc;
        this.select = "SELECT " + columns + " FROM " + table + " WHERE id = ?";
        this.mapper = mapper;
    }

    public Optional<T> find(UUID id) {
        return jdbc.sql(select).param(id).query(mapper).optional();
    }

    /** Locked ({@code FOR UPDATE}): writers of the same row wait for this transaction. */
    public Optional<T> findForUpdate(UUID id) {
        return jdbc.sql(select + " FOR UPDATE").param(id).query(mapper).optional();
    }
}
