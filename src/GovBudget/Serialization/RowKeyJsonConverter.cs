using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovBudget.Tables;

namespace GovBudget.Serialization;

/// <summary>Writes a <see cref="RowKey"/> as its invariant text form (<c>"F2080505"</c>) and reads it back; also usable as a dictionary key.</summary>
public sealed class RowKeyJsonConverter : JsonConverter<RowKey>
{
    /// <inheritdoc />
    public override RowKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ScalarJson.Read(ref reader, static s => RowKey.Parse(s, CultureInfo.InvariantCulture), "a row key");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RowKey value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[128];
        if (value.TryFormat(buffer, out var written))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }

    /// <inheritdoc />
    public override RowKey ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RowKey value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }
}
