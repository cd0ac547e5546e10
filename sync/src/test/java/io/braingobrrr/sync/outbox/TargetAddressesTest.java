package io.braingobrrr.sync.outbox;

import com.sun.net.httpserver.HttpServer;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.webhook.WebhookSubscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outbound webhooks and FHIR pushes never go to link-local/multicast/0.0.0.0 addresses, nor follow redirects. */
class TargetAddressesTest {
    @TempDir
    Path dir;

    @Test
    void refusesMetadataMulticastAndThisNetworkButNotTheHospitalsOwnNetworks() throws Exception {
        for (String bad : new String[]{"169.254.169.254", "[fe80::1]", "fe80::1", "224.0.0.251", "0.0.0.0", "0.1.2.3",
                "2852039166", "[::ffff:169.254.169.254]", "[ff02::1]"}) {
            assertNotNull(TargetAddresses.refusalOfLiteral(bad), bad);
        }
        for (String ok : new String[]{"127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "[::1]", "fhir.hospital.example"}) {
            assertNull(TargetAddresses.refusalOfLiteral(ok), ok);
        }
    }

    @Test
    void aNameThatResolvesToTheMetadataServiceIsRefusedWhenUsedAndMixedAnswersKeepTheAllowedOnes() throws Exception {
        InetAddress metadata = InetAddress.getByName("169.254.169.254"), lan = InetAddress.getByName("10.0.0.5");
        TargetAddresses onlyMetadata = new TargetAddresses(host -> List.of(metadata));
        UnknownHostException e = assertThrows(UnknownHostException.class, () -> onlyMetadata.lookup("rebound.example"));
        assertTrue(e.getMessage().contains("rebound.example") && e.getMessage().contains("169.254.169.254")
                && e.getMessage().contains("link-local"), e.getMessage());
        assertEquals(List.of(lan), new TargetAddresses(host -> List.of(metadata, lan)).lookup("mixed.example"));
    }

    @Test
    void aSubscriptionToALinkLocalAddressIsRefusedAndNamesTheField() throws Exception {
        SyncServices s = SyncServices.create(Database.open(dir.resolve("brrr.db")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.webhooks().create("http://169.254.169.254/latest/meta-data/", null, List.of()));
        assertTrue(e.getMessage().contains("url") && e.getMessage().contains("link-local"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> s.webhooks().create("http://[fe80::1]:8080/hook", null, List.of()));
        assertEquals("http://10.1.2.3/hook", s.webhooks().create("http://10.1.2.3/hook", null, List.of()).url());
    }

    @Test
    void deliveryRefusesALiteralThatSlippedIntoTheDatabaseAndDoesNotFollowARedirect() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        SyncServices s = SyncServices.create(db);
        AtomicInteger redirected = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        target.createContext("/", ex -> {
            redirected.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        HttpServer redirector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        redirector.createContext("/hook", ex -> {
            ex.getResponseHeaders().set("Location", "http://127.0.0.1:" + target.getAddress().getPort() + "/elsewhere");
            ex.sendResponseHeaders(307, -1);
            ex.close();
        });
        target.start();
        redirector.start();
        try {
            WebhookSubscription hop = s.webhooks().create("http://127.0.0.1:" + redirector.getAddress().getPort() + "/hook", null, List.of());
            WebhookSubscription meta = s.webhooks().create("http://10.1.2.3/hook", null, List.of());
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE webhook_subscriptions SET url = ? WHERE id = ?")) {
                ps.setString(1, "http://2852039166/latest/meta-data/");     // 169.254.169.254 written as one number
                ps.setLong(2, meta.id());
                ps.executeUpdate();
            }
            OutboxDeliveryTest.record(db, "analysis.completed", 1);
            s.engine().step();
            s.engine().step();
            OutboxEntry viaRedirect = s.queue().list(null, hop.destination(), 1, 10).items().get(0);
            assertEquals("pending", viaRedirect.status());
            assertTrue(viaRedirect.lastError().contains("HTTP 307"), viaRedirect.lastError());
            assertEquals(0, redirected.get(), "the redirect was not followed");
            OutboxEntry toMetadata = s.queue().list(null, meta.destination(), 1, 10).items().get(0);
            assertTrue(toMetadata.lastError().contains("link-local") && toMetadata.lastError().contains("does not post there"),
                    toMetadata.lastError());
        } finally {
            redirector.stop(0);
            target.stop(0);
        }
    }
}
