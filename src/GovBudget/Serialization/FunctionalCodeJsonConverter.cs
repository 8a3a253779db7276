using System.Text.Json;
using System.Text.Json.Serialization;
using GovBudget.Classification;

namespace GovBudget.Serialization;

/// <summary>Writes a <see cref="FunctionalCode"/> as a string of digits and reads it back; also usable as a dictionary key.</summary>
public sealed class FunctionalCodeJsonConverter : JsonConverter<FunctionalCode>
{
    /// <inheritdoc />
    public override FunctionalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ScalarJson.Read(ref reader, static s => FunctionalCode.Parse(s, System.Globalization.CultureInfo.InvariantCulture), "a FunctionalCode");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FunctionalCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override FunctionalCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, FunctionalCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }
}
