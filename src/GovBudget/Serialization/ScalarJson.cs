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
        T value;
        try
        {
            value = parse(text);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }

        // The format holds each scalar in its invariant text form, the one the writer writes and the schema's patterns
        // describe; printed variants the types' Parse also accepts ("0.01 万元", "35.14 %", ".5%", "L00001", full-width
        // digits) are rejected here, so that what the reader accepts and what the schema accepts agree.
        var canonical = value!.ToString();
        if (!text.SequenceEqual(canonical))
        {
            throw new JsonException($"'{text.ToString()}' is not written in the invariant form of {what}; write \"{canonical}\".");
        }

        return value;
    }
}
