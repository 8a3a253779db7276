using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovBudget.Amounts;

namespace GovBudget.Serialization;

/// <summary>Writes a <see cref="Precision"/> as its invariant string (<c>"0.01万元"</c>) and reads it back through <see cref="Precision.Parse(string, IFormatProvider?)"/>.</summary>
public sealed class PrecisionJsonConverter : JsonConverter<Precision>
{
    /// <inheritdoc />
    public override Precision Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ScalarJson.Read(ref reader, static s => Precision.Parse(s, CultureInfo.InvariantCulture), "a precision such as 0.01万元");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Precision value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
