using System.Collections.Immutable;
using GovBudget.Import.Layout;

namespace GovBudget.Import.Text;

/// <summary>
/// Reads extracted text (tab-separated, space-separated, or <c>pdftotext -layout</c> output) into a
/// <see cref="LayoutDocument"/>: pages are separated by form feeds, lines become y (line 1 at the top of the page, one
/// unit high), character columns become x. A line holding tabs is a row of cells: each tab-separated field becomes
/// one word, and the fields of every tab line of a page are laid out in aligned columns (field k of every line starts
/// at the same x), so that the columns of the printed table line up as they do in the PDF. Other lines are split at
/// spaces into words.
/// </summary>
public static class TextLayoutReader
{
    /// <summary>Reads a text file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Layout options (default <see cref="TextLayoutOptions.Default"/>).</param>
    /// <exception cref="GovBudgetFormatException">The file holds NUL characters (it is not text).</exception>
    public static LayoutDocument ReadFile(string path, TextLayoutOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Read(File.ReadAllText(path), path, options);
    }

    /// <summary>Reads text.</summary>
    /// <param name="text">The extracted text.</param>
    /// <param name="source">The name of the source (a file name), kept in the document.</param>
    /// <param name="options">Layout options (default <see cref="TextLayoutOptions.Default"/>).</param>
    /// <exception cref="GovBudgetFormatException">The text holds NUL characters (it is not text).</exception>
    public static LayoutDocument Read(string text, string source, TextLayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        options ??= TextLayoutOptions.Default;
        if (options.WideCharacterWidth is < 1 or > 2)
        {
            throw new ArgumentException("WideCharacterWidth must be 1 or 2.", nameof(options));
        }

        var pages = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\f');
        var result = ImmutableArray.CreateBuilder<LayoutPage>(pages.Length);
        var lineOffset = 0;
        for (var p = 0; p < pages.Length; p++)
        {
            var lines = pages[p].Split('\n');
            if (p == pages.Length - 1 && lines.Length == 1 && lines[0].Length == 0 && p > 0)
            {
                break; // trailing form feed
            }

            result.Add(ReadPage(lines, p + 1, source, lineOffset, options));
            lineOffset += lines.Length - 1;
        }

        return new LayoutDocument(source, LayoutSourceKind.Text, result.ToImmutable());
    }

    private static LayoutPage ReadPage(string[] lines, int page, string source, int lineOffset, TextLayoutOptions options)
    {
        var wide = options.WideCharacterWidth;
        var fieldWidths = new List<int>();
        foreach (var line in lines)
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('\t');
            for (var f = 0; f < fields.Length; f++)
            {
                var w = DisplayWidth.Of(fields[f].AsSpan().Trim(), wide);
                if (f == fieldWidths.Count)
                {
                    fieldWidths.Add(w);
                }
                else if (w > fieldWidths[f])
                {
                    fieldWidths[f] = w;
                }
            }
        }

        var fieldStarts = new int[fieldWidths.Count];
        for (var f = 1; f < fieldStarts.Length; f++)
        {
            fieldStarts[f] = fieldStarts[f - 1] + Math.Max(fieldWidths[f - 1], 1) + options.TabFieldGap;
        }

        var height = lines.Length;
        var width = fieldStarts.Length == 0 ? 0 : fieldStarts[^1] + fieldWidths[^1];
        var words = ImmutableArray.CreateBuilder<LayoutWord>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\0', StringComparison.Ordinal))
            {
                throw new GovBudgetFormatException("The text holds a NUL character; it is not extracted text.", source, lineOffset + i + 1, null);
            }

            var top = (decimal)(height - i);
            var bottom = top - 1;
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                var fields = line.Split('\t');
                for (var f = 0; f < fields.Length; f++)
                {
                    var field = fields[f].Trim();
                    if (field.Length > 0)
                    {
                        var left = fieldStarts[f];
                        words.Add(new LayoutWord(field, new LayoutBox(left, bottom, left + DisplayWidth.Of(field, wide), top), page));
                    }
                }
            }
            else
            {
                var x = 0;
                var start = -1;
                var startX = 0;
                for (var c = 0; c <= line.Length; c++)
                {
                    var blank = c == line.Length || char.IsWhiteSpace(line[c]);
                    if (blank && start >= 0)
                    {
                        words.Add(new LayoutWord(line[start..c], new LayoutBox(startX, bottom, x, top), page));
                        start = -1;
                    }
                    else if (!blank && start < 0)
                    {
                        start = c;
                        startX = x;
                    }

                    if (c < line.Length)
                    {
                        x += DisplayWidth.Of(line[c], wide);
                    }
                }

                width = Math.Max(width, x);
            }
        }

        return new LayoutPage(page, width, height, words.ToImmutable(), []);
    }
}
