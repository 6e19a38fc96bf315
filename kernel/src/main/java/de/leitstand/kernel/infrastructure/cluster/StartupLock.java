package de.leitstand.kernel.infrastructure.cluster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Lets one node at a time run the start-up work that must happen once (migrations, registry, users,
 * demo data), with a PostgreSQL session-level advisory lock. A node that starts while another holds
 * it waits, then finds the work done. PostgreSQL releases the lock if the holder dies. On H2 (a
 * single node by definition) it does nothing.
 */
public final class StartupLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    /** "LEITSTRT" as a number: the one advisory lock key Leitstand uses. */
    static final long KEY = 0x4c45495453545254L;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock, waiting for another node to finish its start-up.
     *
     * @param dataSource  the application's data source
     * @param databaseUrl its JDBC URL (only PostgreSQL is locked)
     * @return the held lock; close it to release
     * @throws SQLException when the database cannot be asked
     */
    public static StartupLock acquire(DataSource dataSource, String databaseUrl) throws SQLException {
        if (databaseUrl == null || !databaseUrl.startsWith("jdbc:postgresql:")) {
            return new StartupLock(null);
        }
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                LOG.info("Ein anderer Knoten startet gerade; warte auf dessen Start-Sperre");
                call(connection, "SELECT true FROM (SELECT pg_advisory_lock(?)) AS taken");
            }
            return new StartupLock(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try {
            call(connection, "SELECT pg_advisory_unlock(?)");
        } finally {
            connection.close();
        }
    }
}
