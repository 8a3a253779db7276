using System.Text.Json;

namespace GovBudget.Serialization;

/// <summary>Shared reading of scalar values written as JSON strings.</summary>
internal static class ScalarJson
{
    public static T Read<T>(ref Utf8JsonReader reader, Func<string, T> parse, string what)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected a string holding {what}, found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        try
        {
            return parse(text);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }
}
