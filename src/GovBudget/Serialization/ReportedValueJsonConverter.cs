using System.Text.Json;
using System.Text.Json.Serialization;
using GovBudget.Amounts;

namespace GovBudget.Serialization;

/// <summary>Writes a <see cref="ReportedValue"/> as its invariant string and reads it back through <see cref="ReportedValue.Parse(string, IFormatProvider?)"/>.</summary>
public sealed class ReportedValueJsonConverter : JsonConverter<ReportedValue>
{
    /// <inheritdoc />
    public override ReportedValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ScalarJson.Read(ref reader, static s => ReportedValue.Parse(s, System.Globalization.CultureInfo.InvariantCulture), "ReportedValue");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportedValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
