using System.Text.Json;
using System.Text.Json.Serialization;
using GovBudget.Amounts;

namespace GovBudget.Serialization;

/// <summary>Writes an <see cref="Amount"/> as its invariant string in 元 (<c>"10027600"</c>) and reads it back; also usable as a dictionary key.</summary>
public sealed class AmountJsonConverter : JsonConverter<Amount>
{
    /// <inheritdoc />
    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ScalarJson.Read(ref reader, static s => Amount.Parse(s, System.Globalization.CultureInfo.InvariantCulture), "amount");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override Amount ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }
}
