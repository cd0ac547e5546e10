package io.braingobrrr.core.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database file to the current schema with Flyway (SQLite support is built into flyway-core
 * since 10; see docs/notes/flyway-sqlite.md). Scripts live in {@code classpath:db/migration}; an
 * applied script must never change (Flyway refuses to open a file whose history disagrees).
 */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** Applies the pending migrations; returns how many ran. */
    static int migrate(Path file, DataSource withoutForeignKeys) {
        return migrate(file, withoutForeignKeys, LOCATION);
    }

    /** As {@link #migrate(Path, DataSource)} from other script folders too (tests rehearse upgrades with it). */
    static int migrate(Path file, DataSource withoutForeignKeys, String... locations) {
        MigrateResult result;
        try {
            result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(withoutForeignKeys)
                    .locations(locations)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(file + ": cannot bring the database to the current schema: " + explain(e), e);
        }
        if (result.migrationsExecuted > 0) checkForeignKeys(file, withoutForeignKeys);
        return result.migrationsExecuted;
    }

    /** Migrations run with foreign keys off, so a migration that broke a reference is caught here. */
    private static void checkForeignKeys(Path file, DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new StoreException(file + ": a migration left a broken reference in table "
                        + rs.getString("table") + " (row " + rs.getLong("rowid") + " points to a missing "
                        + rs.getString("parent") + ")");
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(file, "check references after migrating", e);
        }
    }

    private static String explain(FlywayException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("non-empty schema") && m.contains("schema history table")) {   // Flyway 13 wording
            return "it holds tables but no migration history, so it is not a Brain-Go-Brrr database";
        }
        return m.strip();
    }
}
