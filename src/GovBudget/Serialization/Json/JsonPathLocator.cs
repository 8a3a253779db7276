using System.Text.Json;

namespace GovBudget.Serialization.Json;

/// <summary>Finds the line and byte position of the value at a JSON path (<c>$.tables[2].rows[5].cells[3]</c>) in a document.</summary>
internal static class JsonPathLocator
{
    /// <summary>The 1-based line and 1-based byte position in the line of the token at <paramref name="path"/>, or <see langword="null"/>.</summary>
    public static (long Line, long Column)? Locate(ReadOnlySpan<byte> utf8, string path, int maxDepth)
    {
        try
        {
            return LocateCore(utf8, path, maxDepth);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Text the reader skipped (an invalid UTF-8 property name under UnknownPropertyPolicy.Ignore) cannot be
            // walked here: the error then has its path but no position.
            return null;
        }
    }

    private static (long Line, long Column)? LocateCore(ReadOnlySpan<byte> utf8, string path, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    if (frames.Count > 0 && string.Equals(frames.Peek().Path + "." + pendingName, path, StringComparison.Ordinal)
                        && path.Length > 0)
                    {
                        // Report the property name when the path ends at it; the value is read next anyway.
                        return Position(utf8, reader.TokenStartIndex);
                    }

                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    continue;
            }

            string here;
            if (frames.Count == 0)
            {
                here = "$";
            }
            else
            {
                var frame = frames.Peek();
                here = frame.IsArray
                    ? frame.Path + "[" + (frame.Index++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"
                    : frame.Path + "." + pendingName;
            }

            if (string.Equals(here, path, StringComparison.Ordinal))
            {
                return Position(utf8, reader.TokenStartIndex);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push(new Frame(here, reader.TokenType == JsonTokenType.StartArray));
            }
        }

        return null;
    }

    private static (long Line, long Column) Position(ReadOnlySpan<byte> utf8, long index)
    {
        var before = utf8[..(int)index];
        var line = before.Count((byte)'\n') + 1;
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, index - lastNewline);
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; }
    }
}
