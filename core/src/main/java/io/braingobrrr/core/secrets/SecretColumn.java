package io.braingobrrr.core.secrets;

import java.util.List;

/**
 * Every database column that holds a secret, with the columns that identify its row. The identity goes
 * into each ciphertext as associated data, so a value copied to another row or column no longer opens.
 * The schema is core's (V3 and V8 tables), so the list lives here even where sync
 * reads and writes the rows.
 */
public enum SecretColumn {
    /** JWT signing key, pseudonym key (V3); raw bytes. */
    INSTALLATION_SECRET("installation_secrets", "value", List.of("name")),
    /** Standard Webhooks signing secrets (V8). */
    WEBHOOK_SECRET("webhook_secrets", "secret", List.of("id")),
    /** Static bearer token of the FHIR server (V8). */
    FHIR_TOKEN("fhir_endpoint", "token", List.of("id")),
    /** OAuth2 client secret of the FHIR server (V8). */
    FHIR_CLIENT_SECRET("fhir_endpoint", "client_secret", List.of("id")),
    /**
     * Stored answers replayed for a repeated Idempotency-Key (V3): the answer to creating a webhook
     * subscription carries its signing secret, and others carry patient data.
     */
    IDEMPOTENCY_BODY("idempotency_keys", "body", List.of("client", "key"));

    private final String table;
    private final String column;
    private final List<String> keyColumns;

    SecretColumn(String table, String column, List<String> keyColumns) {
        this.table = table;
        this.column = column;
        this.keyColumns = keyColumns;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    /** "webhook_secrets row id=3, column secret": how errors name a value without showing it. */
    String describe(List<?> rowKey) {
        StringBuilder b = new StringBuilder(table).append(" row ");
        for (int i = 0; i < keyColumns.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(keyColumns.get(i)).append('=').append(i < rowKey.size() ? rowKey.get(i) : "?");
        }
        return b.append(", column ").append(column).toString();
    }
}
