package io.braingobrrr.sync.webhook;

import java.util.List;

/**
 * A receiver of signed events. {@code eventTypes} empty means every event.
 *
 * @param secrets the active signing secrets, only filled where the caller may see them (creation, delivery)
 */
public record WebhookSubscription(long id, String url, String description, List<String> eventTypes, boolean active,
                                  String disabledReason, String createdAt, List<String> secrets) {
    public String destination() {
        return destinationOf(id);
    }

    public static String destinationOf(long id) {
        return "webhook:" + id;
    }
}
