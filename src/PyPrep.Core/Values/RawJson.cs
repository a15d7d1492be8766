using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PyPrep.Core.Values;

/// <summary>
/// An already encoded JSON value that a <see cref="JsonNode"/> tree writes out byte for byte.
/// Grading sends the same large inputs with every submission; encoding them once per test case
/// instead of once per submission is most of the host's work per job (30k-element lists in two-sum).
/// </summary>
public sealed class RawJson
{
    private static readonly JsonTypeInfo<RawJson> TypeInfo =
        JsonMetadataServices.CreateValueInfo<RawJson>(new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new Converter());

    private readonly byte[] utf8;

    private RawJson(byte[] utf8) => this.utf8 = utf8;

    /// <summary><paramref name="node"/> as it is now, encoded once.</summary>
    public static RawJson Freeze(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) node.WriteTo(writer);
        return new RawJson(buffer.WrittenSpan.ToArray());
    }

    /// <summary>A new node (a node has one parent) that writes these bytes.</summary>
    public JsonNode ToNode() => JsonValue.Create(this, TypeInfo)!; // null only for a null value

    private sealed class Converter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("RawJson is written, never read");

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.utf8, skipInputValidation: true);
    }
}
