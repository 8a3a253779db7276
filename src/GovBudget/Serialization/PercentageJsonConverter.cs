using System.Text.Json;
using System.Text.Json.Serialization;
using GovBudget.Amounts;

namespace GovBudget.Serialization;

/// <summary>Writes a <see cref="Percentage"/> as its invariant string and reads it back through <see cref="Percentage.Parse(string, IFormatProvider?)"/>.</summary>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    /// <inheritdoc />
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ScalarJson.Read(ref reader, static s => Percentage.Parse(s, System.Globalization.CultureInfo.InvariantCulture), "Percentage");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
