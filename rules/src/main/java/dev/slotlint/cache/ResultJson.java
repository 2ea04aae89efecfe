package dev.slotlint.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.slotlint.key.KeyValue;
import dev.slotlint.key.Part;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of analysis results, exact enough that a result read back equals the one written: every record by
 * its components, paths as written (relative paths stay relative), key values by their alternatives, optional
 * values as the value or null.
 */
final class ResultJson {

    private ResultJson() {
    }

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .addMixIn(KeyValue.class, KeyValueMixIn.class)
            .addMixIn(Part.class, PartMixIn.class)
            .addModule(new SimpleModule("slotlint-paths")
                    .addSerializer(Path.class, new PathSerializer())
                    .addDeserializer(Path.class, new PathDeserializer())
                    .addKeySerializer(Path.class, new PathKeySerializer())
                    .addKeyDeserializer(Path.class, new PathKeyDeserializer())
                    .addSerializer(Optional.class, new OptionalSerializer())
                    .addDeserializer(Optional.class, new OptionalDeserializer(null)))
            .build();

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "part")
    @JsonSubTypes({@JsonSubTypes.Type(value = Part.Text.class, name = "text"),
            @JsonSubTypes.Type(value = Part.Unknown.class, name = "unknown")})
    private interface PartMixIn {
    }

    private abstract static class KeyValueMixIn {

        @JsonCreator
        KeyValueMixIn(@JsonProperty("alternatives") List<List<Part>> alternatives) {
        }
    }

    private static final class PathSerializer extends JsonSerializer<Path> {

        @Override
        public void serialize(Path path, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(path.toString());
        }

        @Override
        public Class<Path> handledType() {
            return Path.class;
        }
    }

    private static final class PathKeySerializer extends JsonSerializer<Path> {

        @Override
        public void serialize(Path path, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeFieldName(path.toString());
        }
    }

    private static final class PathKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return Path.of(key);
        }
    }

    /** An optional value as the value or null. */
    @SuppressWarnings("rawtypes")
    private static final class OptionalSerializer extends JsonSerializer<Optional> {

        @Override
        public void serialize(Optional value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), out);
            } else {
                out.writeNull();
            }
        }

        @Override
        public Class<Optional> handledType() {
            return Optional.class;
        }
    }

    private static final class OptionalDeserializer extends JsonDeserializer<Optional<?>>
            implements ContextualDeserializer {

        private final JavaType content;

        OptionalDeserializer(JavaType content) {
            this.content = content;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            return new OptionalDeserializer(type.containedTypeOrUnknown(0));
        }

        @Override
        public Optional<?> deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return Optional.ofNullable(context.readValue(in, content));
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext context) {
            return Optional.empty();
        }
    }

    private static final class PathDeserializer extends JsonDeserializer<Path> {

        @Override
        public Path deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return Path.of(in.getValueAsString());
        }
    }
}
