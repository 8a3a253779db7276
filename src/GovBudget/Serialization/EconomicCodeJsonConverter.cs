using System.Text.Json;
using System.Text.Json.Serialization;
using GovBudget.Classification;

namespace GovBudget.Serialization;

/// <summary>Writes a <see cref="EconomicCode"/> as a string of digits and reads it back; also usable as a dictionary key.</summary>
public sealed class EconomicCodeJsonConverter : JsonConverter<EconomicCode>
{
    /// <inheritdoc />
    public override EconomicCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ScalarJson.Read(ref reader, static s => EconomicCode.Parse(s, System.Globalization.CultureInfo.InvariantCulture), "a EconomicCode");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EconomicCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override EconomicCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, EconomicCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }
}
