package org.fleetdesk.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.leshan.core.request.BindingMode;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.util.Hex;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.eclipse.leshan.server.bootstrap.BootstrapConfig;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Jackson mapping of Leshan's {@link BootstrapConfig} in the shape the Leshan bsserver demo uses:
 * public fields as JSON properties, byte arrays as arrays of unsigned ints (base64 or hex strings are
 * accepted on input), {@code binding} as a letter string such as {@code "U"}, content formats by name.
 * Null fields are omitted and unknown properties (e.g. the newer demo's {@code "oscore"}) are ignored.
 */
final class BootstrapJson {

    private BootstrapJson() {
    }

    static ObjectMapper createMapper() {
        SimpleModule module = new SimpleModule("fleetdesk-bootstrap");
        module.addSerializer(byte[].class, new UnsignedByteArraySerializer());
        module.addDeserializer(byte[].class, new FlexibleByteArrayDeserializer());
        module.addSerializer(ContentFormat.class, new ContentFormatSerializer());
        module.addDeserializer(ContentFormat.class, new ContentFormatDeserializer());
        module.addSerializer(ULong.class, new ULongSerializer());
        module.addDeserializer(ULong.class, new ULongDeserializer());
        module.setMixInAnnotation(BootstrapConfig.ServerConfig.class, ServerConfigMixin.class);

        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(module);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.INDENT_OUTPUT, true);
        return mapper;
    }

    /** Attaches the binding (de)serializers to {@code ServerConfig.binding}. */
    abstract static class ServerConfigMixin {
        @JsonSerialize(using = BindingSerializer.class)
        @JsonDeserialize(using = BindingDeserializer.class)
        public EnumSet<BindingMode> binding;
    }

    static final class BindingSerializer extends JsonSerializer<EnumSet<BindingMode>> {
        @Override
        public void serialize(EnumSet<BindingMode> value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(BindingMode.toString(value));
        }
    }

    static final class BindingDeserializer extends JsonDeserializer<EnumSet<BindingMode>> {
        @Override
        public EnumSet<BindingMode> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                EnumSet<BindingMode> modes = EnumSet.noneOf(BindingMode.class);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    modes.add(BindingMode.valueOf(p.getText()));
                }
                return modes;
            }
            try {
                return BindingMode.parse(p.getText());
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(p.getText(), EnumSet.class, "invalid binding: " + e.getMessage());
            }
        }
    }

    static final class UnsignedByteArraySerializer extends JsonSerializer<byte[]> {
        @Override
        public void serialize(byte[] value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            for (byte b : value) {
                gen.writeNumber(b & 0xFF);
            }
            gen.writeEndArray();
        }
    }

    /** Accepts [0..255, ...] (the demo UI's form), a base64 string (Jackson's default) or "hex:..." strings. */
    static final class FlexibleByteArrayDeserializer extends JsonDeserializer<byte[]> {
        @Override
        public byte[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                List<Integer> values = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int v = p.getIntValue();
                    if (v < -128 || v > 255) {
                        throw ctxt.weirdNumberException(v, byte[].class, "byte out of range");
                    }
                    values.add(v);
                }
                byte[] bytes = new byte[values.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (int) values.get(i);
                }
                return bytes;
            }
            String text = p.getText();
            try {
                if (text.startsWith("hex:")) {
                    return Hex.decodeHex(text.substring(4).toCharArray());
                }
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(text, byte[].class, "not base64 or hex: " + e.getMessage());
            }
        }
    }

    static final class ContentFormatSerializer extends JsonSerializer<ContentFormat> {
        @Override
        public void serialize(ContentFormat value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(value.getName());
        }
    }

    /** Accepts a name ("TLV", "SENML_JSON", ...) or a numeric CoAP content-format code. */
    static final class ContentFormatDeserializer extends JsonDeserializer<ContentFormat> {
        @Override
        public ContentFormat deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return ContentFormat.fromCode(p.getIntValue());
            }
            ContentFormat format = ContentFormat.fromName(p.getText().toUpperCase());
            if (format == null) {
                throw ctxt.weirdStringException(p.getText(), ContentFormat.class, "unknown content format");
            }
            return format;
        }
    }

    static final class ULongSerializer extends JsonSerializer<ULong> {
        @Override
        public void serialize(ULong value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toBigInteger());
        }
    }

    static final class ULongDeserializer extends JsonDeserializer<ULong> {
        @Override
        public ULong deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return ULong.valueOf(p.getText());
            } catch (NumberFormatException e) {
                throw ctxt.weirdStringException(p.getText(), ULong.class, "not an unsigned long");
            }
        }
    }
}
