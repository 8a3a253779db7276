using System.Text.Json;

namespace GovBudget.Serialization;

/// <summary>Shared reading of scalar values written as JSON strings.</summary>
internal static class ScalarJson
{
    public static T Read<T>(ref Utf8JsonReader reader, SpanParser<T> parse, string what)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected a string holding {what}, found {reader.TokenType}.");
        }

        // Short values (all of them in practice) are unescaped into a stack buffer: no string per value. A UTF-8
        // value never has more characters than bytes.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        Span<char> buffer = stackalloc char[128];
        ReadOnlySpan<char> text = length <= buffer.Length ? buffer[..reader.CopyString(buffer)] : reader.GetString();
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
