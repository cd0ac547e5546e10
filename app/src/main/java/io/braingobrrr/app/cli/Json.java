package io.braingobrrr.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintWriter;

/** The one JSON style of the CLI: snake_case names from Java records, indented, one document per run. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    static void write(PrintWriter out, Object document) throws IOException {
        MAPPER.writeValue(out, document);
        out.println();
    }

    /** A compact streaming generator for documents too large to build in memory (dump). */
    static JsonGenerator generator(PrintWriter out) throws IOException {
        return MAPPER.getFactory().createGenerator(out);
    }
}
