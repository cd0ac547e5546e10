package io.braingobrrr.core.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The workstation's SQLite file. Opening creates the file (and its folders) when absent and migrates it
 * to the current schema; {@link #connect()} then hands out connections set up the same way each time:
 * WAL (readers never block the writer), foreign keys enforced, a 10 s busy timeout so a second writer
 * waits instead of failing, and synchronous=NORMAL (in WAL a power cut may lose the last commits but
 * never corrupts the file).
 */
public final class Database {
    /** System property that overrides the default database location. */
    public static final String FILE_PROPERTY = "brrr.db";
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Truncate the WAL back to this size after a checkpoint; a big import would otherwise leave it at 0.5 GB. */
    private static final int WAL_SIZE_LIMIT_BYTES = 64 << 20;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final ConnectionPool pool;

    private Database(Path file) {
        this.file = file;
        this.dataSource = dataSource(file, true);
        this.pool = new ConnectionPool(dataSource);
    }

    /** Opens (creating when needed) and migrates the database; a clear {@link StoreException} otherwise. */
    public static Database open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) throw new StoreException(abs + ": is a folder, not a database file");
        try {
            Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException(abs + ": cannot create the folder " + abs.getParent() + " (" + e + ")", e);
        }
        Database db = new Database(abs);
        db.checkIsDatabase();
        // Migrations run without foreign keys: a future table rebuild (drop + rename) would otherwise
        // cascade-delete every child row. Migrations checks the keys itself afterwards.
        Migrations.migrate(abs, dataSource(abs, false));
        return db;
    }

    /** Opens the database at {@link #defaultFile()}. */
    public static Database openDefault() {
        return open(defaultFile());
    }

    public Path file() {
        return file;
    }

    /**
     * A connection (the caller closes it), configured as described on the class. Closed connections are
     * kept for reuse (see {@link ConnectionPool}): leave them in auto-commit mode with nothing pending.
     */
    public Connection connect() throws SQLException {
        return pool.get();
    }

    /** Where the workstation keeps its database unless {@value #FILE_PROPERTY} says otherwise. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty(FILE_PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    static Path defaultFile(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Brain-Go-Brrr").resolve("brrr.db");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Brain-Go-Brrr", "brrr.db");
        }
        // XDG base directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("brain-go-brrr").resolve("brrr.db");
    }

    /** Reads page 1 so that a file of random bytes fails here, with its name, before Flyway sees it. */
    private void checkIsDatabase() {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                rs.next();
                return;
            } catch (SQLException e) {
                if (attempt >= SqlErrors.BUSY_ATTEMPTS || !SqlErrors.isBusy(e)) throw SqlErrors.translate(file, "open", e);
                SqlErrors.pauseBeforeRetry(attempt);
            }
        }
    }

    static SQLiteDataSource dataSource(Path file, boolean foreignKeys) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalSizeLimit(WAL_SIZE_LIMIT_BYTES);
        config.enforceForeignKeys(foreignKeys);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }
}
