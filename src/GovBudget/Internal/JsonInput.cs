using System.Text.Json;

namespace GovBudget.Internal;

/// <summary>Parses JSON input into a <see cref="JsonDocument"/>, turning malformed JSON into the one documented exception.</summary>
internal static class JsonInput
{
    /// <exception cref="GovBudgetFormatException">The JSON is malformed; the exception gives the line, byte position and path.</exception>
    public static JsonDocument Parse(string json, string? sourceName = null)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw Malformed(ex, sourceName);
        }
    }

    /// <exception cref="GovBudgetFormatException">The JSON is malformed; the exception gives the line, byte position and path.</exception>
    public static JsonDocument Parse(Stream utf8Json, string? sourceName = null)
    {
        try
        {
            return JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            throw Malformed(ex, sourceName);
        }
    }

    private static GovBudgetFormatException Malformed(JsonException ex, string? sourceName)
        => new(ex.Message, sourceName, ex.LineNumber + 1, ex.BytePositionInLine + 1, ex.Path, ex);
}
