package io.braingobrrr.sync.fhir;

/**
 * The central FHIR R4 server and how to authenticate to it.
 *
 * @param auth none, bearer (token) or client_credentials (tokenUrl, clientId, clientSecret: OAuth2)
 */
public record FhirEndpoint(String baseUrl, String auth, String token, String tokenUrl, String clientId, String clientSecret) {
    public static FhirEndpoint bearer(String baseUrl, String token) {
        return new FhirEndpoint(baseUrl, token == null ? "none" : "bearer", token, null, null, null);
    }
}
