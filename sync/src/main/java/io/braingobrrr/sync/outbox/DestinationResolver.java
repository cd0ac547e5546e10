package io.braingobrrr.sync.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Which destinations an event of a type goes to, read inside the fan-out transaction. */
public interface DestinationResolver {
    List<String> destinations(Connection c, String eventType) throws SQLException;
}
