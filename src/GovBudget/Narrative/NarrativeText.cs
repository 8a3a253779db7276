using System.Collections.Immutable;

namespace GovBudget.Narrative;

/// <summary>
/// A document's text as lines with page and line numbers: what <see cref="NarrativeExtractor"/> reads. Make one from
/// plain text (<see cref="FromPlainText"/>: pages split at form feeds <c>\f</c>, lines at <c>\n</c>, <c>\r\n</c> or
/// <c>\r</c>) or from lines an importer produces (<see cref="NarrativeText(IEnumerable{NarrativeLine})"/>).
/// Immutable.
/// </summary>
public sealed class NarrativeText
{
    /// <summary>Creates a text from lines, in reading order.</summary>
    /// <exception cref="ArgumentException">A line is null or its page or number is below 1.</exception>
    public NarrativeText(IEnumerable<NarrativeLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = ImmutableArray.CreateBuilder<NarrativeLine>();
        foreach (var line in lines)
        {
            Internal.Preconditions.CheckArgument(line is not null && line.Page >= 1 && line.Number >= 1 && line.Text is not null, nameof(lines), "Every line needs a page and a number of at least 1 and a text.");
            builder.Add(line!);
        }

        Lines = builder.ToImmutable();
    }

    /// <summary>The lines in reading order.</summary>
    public ImmutableArray<NarrativeLine> Lines { get; }

    /// <summary>The number of pages (the highest page number; 0 for an empty text).</summary>
    public int PageCount => Lines.IsEmpty ? 0 : Lines.Max(l => l.Page);

    /// <summary>Reads plain text: pages split at form feeds (<c>\f</c>), lines at line breaks.</summary>
    public static NarrativeText FromPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<NarrativeLine>();
        var pages = text.Split('\f');
        for (var p = 0; p < pages.Length; p++)
        {
            var pageLines = pages[p].Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
            var count = pageLines.Length;

            // A page ends with the line break before the form feed: that empty tail is not a line.
            if (count > 1 && pageLines[^1].Length == 0)
            {
                count--;
            }

            for (var i = 0; i < count; i++)
            {
                lines.Add(new NarrativeLine(p + 1, i + 1, pageLines[i]));
            }
        }

        return new NarrativeText(lines);
    }

    /// <summary>Reads a UTF-8 plain-text file (<see cref="FromPlainText"/>).</summary>
    public static NarrativeText Load(string path) => FromPlainText(File.ReadAllText(path));
}
