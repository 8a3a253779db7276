using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovBudget.Serialization.Json;

/// <summary>
/// Reads and writes the cells of a row: an array of strings and nulls, written on one line (<c>["1002.76", null, "0.00"]</c>)
/// even in indented output, so that a row reads like the printed row.
/// </summary>
internal sealed class CellsJsonConverter : JsonConverter<List<string?>>
{
    public override List<string?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of cells (strings or null).");
        }

        var cells = new List<string?>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray:
                    return cells;
                case JsonTokenType.Null:
                    cells.Add(null);
                    break;
                case JsonTokenType.String:
                    cells.Add(reader.GetString());
                    break;
                default:
                    throw new JsonException($"A cell is a string or null, not {reader.TokenType}.");
            }
        }

        throw new JsonException("The array of cells is not closed.");
    }

    public override void Write(Utf8JsonWriter writer, List<string?> value, JsonSerializerOptions options)
    {
        // The row is written as one raw value so that it stays on one line in indented output. Printed amounts are
        // plain ASCII (digits, '.', ',', '-'), copied as they are; anything else goes through the encoder.
        var encoder = options.Encoder ?? JavaScriptEncoder.Default;
        var separator = options.WriteIndented ? ", "u8 : ","u8;
        var capacity = 2;
        foreach (var cell in value)
        {
            capacity += (cell is null ? 4 : (cell.Length * 6) + 2) + separator.Length;
        }

        byte[]? rented = null;
        Span<byte> buffer = capacity <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(capacity));
        var length = 0;
        buffer[length++] = (byte)'[';
        for (var i = 0; i < value.Count; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(buffer[length..]);
                length += separator.Length;
            }

            if (value[i] is not { } cell)
            {
                "null"u8.CopyTo(buffer[length..]);
                length += 4;
                continue;
            }

            buffer[length++] = (byte)'"';
            if (IsPlain(cell))
            {
                for (var c = 0; c < cell.Length; c++)
                {
                    buffer[length++] = (byte)cell[c];
                }
            }
            else
            {
                var encoded = JsonEncodedText.Encode(cell, encoder).EncodedUtf8Bytes;
                encoded.CopyTo(buffer[length..]);
                length += encoded.Length;
            }

            buffer[length++] = (byte)'"';
        }

        buffer[length++] = (byte)']';
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool IsPlain(string cell)
    {
        foreach (var c in cell)
        {
            if (!(char.IsAsciiDigit(c) || char.IsAsciiLetter(c) || c is '.' or ',' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
