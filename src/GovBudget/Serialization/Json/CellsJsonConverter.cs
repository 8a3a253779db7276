using System.Text;
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
        var encoder = options.Encoder ?? JavaScriptEncoder.Default;
        var text = new StringBuilder("[");
        for (var i = 0; i < value.Count; i++)
        {
            if (i > 0)
            {
                text.Append(options.WriteIndented ? ", " : ",");
            }

            text.Append(value[i] is { } cell ? "\"" + JsonEncodedText.Encode(cell, encoder).Value + "\"" : "null");
        }

        text.Append(']');
        writer.WriteRawValue(text.ToString(), skipInputValidation: true);
    }
}
