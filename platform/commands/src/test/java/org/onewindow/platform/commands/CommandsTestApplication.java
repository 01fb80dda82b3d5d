package org.onewindow.platform.commands;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onewindow.platform.kernel.NotPermitted;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A minimal service with one aggregate (a parcel) on the command path. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ParcelReadController.class)
class CommandsTestApplication {

    /** The parcel table, saved with the version check the command path relies on. */
    static final class Parcels implements AggregateStore<String, Parcel> {

        private final JdbcClient jdbc;

        Parcels(DataSource dataSource) {
            this.jdbc = JdbcClient.create(dataSource);
        }

        @Override
        public Optional<Parcel> findForUpdate(String id) {
            return jdbc.sql("select id, status, weight, version from parcel where id = :id for update").param("id", id)
                    .query((rs, n) -> new Parcel(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4))).optional();
        }

        @Override
        public void insert(Parcel parcel) {
            jdbc.sql("insert into parcel (id, status, weight, version) values (:id, :status, :weight, 1)")
                    .param("id", parcel.id).param("status", parcel.status).param("weight", parcel.weight).update();
            parcel.version = 1;
        }

        @Override
        public boolean update(Parcel parcel) {
            int rows = jdbc.sql("update parcel set status = :status, weight = :weight, version = version + 1"
                            + " where id = :id and version = :version")
                    .param("id", parcel.id).param("status", parcel.status).param("weight", parcel.weight)
                    .param("version", parcel.version).update();
            if (rows == 1) {
                parcel.version++;
            }
            return rows == 1;
        }
    }

    @Bean
    Parcels parcels(DataSource dataSource) {
        return new Parcels(dataSource);
    }

    /** Only the clerk "bob" may seal; anyone may weigh. */
    @Bean
    CommandPath<String, Parcel, Parcel.Changed> parcelCommands(CommandPaths paths, Parcels parcels) {
        return paths.of("parcel", parcels, p -> p.id,
                changed -> List.of(new ParcelNoted(changed.parcelId(), changed.what())),
                (command, parcel) -> {
                    if (command.name().equals("seal") && !command.actor().userId().equals("bob")) {
                        throw new NotPermitted("parcel.seal", "only bob seals parcels");
                    }
                });
    }
}
