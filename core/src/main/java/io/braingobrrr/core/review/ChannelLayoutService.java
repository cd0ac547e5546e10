package io.braingobrrr.core.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.montage.ChannelLayout;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The channel list choices (bad, hidden, order) of each recording; marking a channel bad is audited. */
public final class ChannelLayoutService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    private final Database db;
    private final AuditTrail audit;

    public ChannelLayoutService(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The stored layout, or {@link ChannelLayout#NONE}. */
    public ChannelLayout layout(Subject by, String recordingKey) {
        by.require(Permission.EEG_READ);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT bad, hidden, channel_order FROM channel_layouts WHERE recording_key = ?")) {
            ps.setString(1, recordingKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return ChannelLayout.NONE;
                return new ChannelLayout(Set.copyOf(JSON.readValue(rs.getString(1), LIST)),
                        Set.copyOf(JSON.readValue(rs.getString(2), LIST)), JSON.readValue(rs.getString(3), LIST));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the channel layout of " + recordingKey + ": " + e.getMessage(), e);
        }
    }

    public void save(Subject by, String recordingKey, ChannelLayout layout) {
        by.require(Permission.EEG_WRITE);
        ChannelLayout before = layout(by, recordingKey);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO channel_layouts"
                + " (recording_key, bad, hidden, channel_order) VALUES (?, ?, ?, ?) ON CONFLICT (recording_key) DO UPDATE"
                + " SET bad = excluded.bad, hidden = excluded.hidden, channel_order = excluded.channel_order,"
                + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
            ps.setString(1, recordingKey);
            ps.setString(2, JSON.writeValueAsString(new TreeSet<>(layout.bad())));
            ps.setString(3, JSON.writeValueAsString(new TreeSet<>(layout.hidden())));
            ps.setString(4, JSON.writeValueAsString(layout.order()));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot save the channel layout of " + recordingKey + ": " + e.getMessage(), e);
        }
        // Bad channels change what the reader sees (and the average reference): worth a line in the trail.
        if (!before.bad().equals(layout.bad())) {
            Audited.record(audit, by, "channels.bad", "recording", recordingKey,
                    Map.of("bad", String.join(",", new TreeSet<>(layout.bad()))));
        }
    }
}
