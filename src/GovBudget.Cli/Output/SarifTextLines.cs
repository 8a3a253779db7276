using GovBudget.Disclosures;

namespace GovBudget.Cli.Output;

/// <summary>A SARIF text region: file lines and UTF-16 columns, from 1, the end column after the last character.</summary>
internal readonly record struct SarifTextRegion(long StartLine, long StartColumn, long EndLine, long EndColumn);

/// <summary>
/// Turns a <see cref="TextSpan"/> (page and line within the page, pages split at form feeds as
/// <see cref="Narrative.NarrativeText.FromPlainText"/> does) into the line and column of the text file, reading each file once.
/// </summary>
internal sealed class SarifTextLines
{
    private readonly Dictionary<string, List<(long Line, long Column)>?> _pageStarts = new(StringComparer.Ordinal);

    /// <summary>The region of <paramref name="span"/> in <paramref name="file"/>; null when the file cannot be read or has no such page.</summary>
    public SarifTextRegion? Region(string file, TextSpan span)
    {
        if (!_pageStarts.TryGetValue(file, out var starts))
        {
            starts = Read(file);
            _pageStarts[file] = starts;
        }

        if (starts is null || span.Page < 1 || span.Page > starts.Count || span.EndPage < 1 || span.EndPage > starts.Count)
        {
            return null;
        }

        var (line, column) = Position(starts, span.Page, span.Line, span.Column);
        var (endLine, endColumn) = Position(starts, span.EndPage, span.EndLine, span.EndColumn);
        return new SarifTextRegion(line, column, endLine, endColumn);
    }

    private static (long Line, long Column) Position(List<(long Line, long Column)> starts, int page, int line, int column)
    {
        var (first, offset) = starts[page - 1];

        // Only the first line of a page starts after the form feed (and what preceded it on that file line).
        return line == 1 ? (first, offset + column) : (first + line - 1, column);
    }

    /// <summary>Per page: the file line it starts on and the characters before it on that line (the form feed included).</summary>
    private static List<(long Line, long Column)>? Read(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var starts = new List<(long, long)> { (1, 0) };
        long line = 1;
        long column = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // \r\n is one break
            }

            if (c is '\n' or '\r')
            {
                line++;
                column = 0;
            }
            else if (c == '\f')
            {
                starts.Add((line, column + 1));
                column++;
            }
            else
            {
                column++;
            }
        }

        return starts;
    }
}
