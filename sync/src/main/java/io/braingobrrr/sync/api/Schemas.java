package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * OpenAPI schemas made from the response records themselves (the names Jackson writes: snake_case, or the
 * {@link JsonProperty} value), so the document cannot drift from what the handlers send.
 */
final class Schemas {
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();
    private final ObjectNode schemas;

    Schemas(ObjectNode schemas) {
        this.schemas = schemas;
    }

    /** Adds the record (and the records it holds) to components/schemas; returns its $ref. */
    String ref(Class<?> type) {
        String name = type.getSimpleName();
        if (!schemas.has(name)) {
            ObjectNode s = schemas.putObject(name).put("type", "object");
            ObjectNode props = s.putObject("properties");
            for (RecordComponent c : type.getRecordComponents()) {
                // Jackson's annotations do not target record components: javac puts them on the accessor.
                JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
                String field = named != null ? named.value() : SNAKE.translate(c.getName());
                if (c.getAccessor().getAnnotation(JsonRawValue.class) != null) {
                    props.putObject(field).put("description", "stored JSON, as produced by the algorithm");
                } else {
                    describe(props.putObject(field), c.getGenericType());
                }
            }
        }
        return "#/components/schemas/" + name;
    }

    private void describe(ObjectNode node, Type t) {
        Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : t instanceof Class<?> c ? c : Object.class;
        if (raw == String.class) {
            node.put("type", "string");
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            node.put("type", "integer");
        } else if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class) {
            node.put("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            node.put("type", "boolean");
        } else if (raw.isArray()) {
            describe(node.put("type", "array").putObject("items"), raw.getComponentType());
        } else if (Collection.class.isAssignableFrom(raw)) {
            ObjectNode items = node.put("type", "array").putObject("items");
            if (t instanceof ParameterizedType p) describe(items, p.getActualTypeArguments()[0]);
        } else if (Map.class.isAssignableFrom(raw)) {
            node.put("type", "object");
            if (t instanceof ParameterizedType p) describe(node.putObject("additionalProperties"), p.getActualTypeArguments()[1]);
        } else if (raw.isRecord()) {
            node.put("$ref", ref(raw));
        } else {
            node.put("type", "object");
        }
    }
}
