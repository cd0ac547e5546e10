package io.braingobrrr.sync.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The configured destinations of an event: every active webhook subscription whose filter names its type
 * (an empty filter takes all), and the FHIR server for the events that complete a study.
 */
public final class Destinations implements DestinationResolver {
    public static final String FHIR = "fhir";
    /** Events after which the study's FHIR bundle is (re)sent; conditional writes make a re-send harmless. */
    public static final Set<String> FHIR_EVENTS = Set.of("analysis.completed", "report.signed");

    @Override
    public List<String> destinations(Connection c, String eventType) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id FROM webhook_subscriptions s WHERE s.active = 1 AND"
                + " (json_array_length(s.event_types) = 0 OR EXISTS (SELECT 1 FROM json_each(s.event_types) t WHERE t.value = ?))"
                + " ORDER BY s.id")) {
            ps.setString(1, eventType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add("webhook:" + rs.getLong(1));
            }
        }
        if (FHIR_EVENTS.contains(eventType)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM fhir_endpoint WHERE active = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) out.add(FHIR);
            }
        }
        return out;
    }
}
