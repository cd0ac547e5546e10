package io.braingobrrr.core.store;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Keeps a few closed-by-the-caller SQLite connections open for reuse. Opening one costs a file open and
 * five PRAGMAs (about a millisecond under load), which capped the REST API at a few hundred small
 * requests per second (docs/notes/api-benchmark.md). Callers still open and close connections as before:
 * close() hands the connection back (rolled back and in auto-commit mode) instead of closing it, and
 * any connection beyond {@link #MAX_IDLE} is really closed. No limit on connections in use.
 */
final class ConnectionPool {
    static final int MAX_IDLE = 16;

    private final DataSource source;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(MAX_IDLE);

    ConnectionPool(DataSource source) {
        this.source = source;
    }

    Connection get() throws SQLException {
        Connection raw;
        while ((raw = idle.poll()) != null) {
            if (!raw.isClosed()) return wrap(raw);
        }
        return wrap(source.getConnection());
    }

    private Connection wrap(Connection raw) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new Lease(raw));
    }

    private void giveBack(Connection raw) {
        try {
            if (raw.isClosed()) return;
            if (!raw.getAutoCommit()) {
                raw.rollback();
                raw.setAutoCommit(true);
            }
            if (idle.offer(raw)) return;
        } catch (SQLException e) {
            // a connection in an unknown state is not reused
        }
        try {
            raw.close();
        } catch (SQLException ignored) {
            // already unusable
        }
    }

    /** One caller's use of a pooled connection; after close() every call but close/isClosed fails. */
    private final class Lease implements InvocationHandler {
        private final Connection raw;
        private boolean closed;

        Lease(Connection raw) {
            this.raw = raw;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            switch (m.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        giveBack(raw);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || raw.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "pooled " + raw;
                }
                default -> {
                    if (closed) throw new SQLException("the connection is closed");
                    try {
                        return m.invoke(raw, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
    }
}
