using System.Text;
using GovBudget.Import.Layout;

namespace GovBudget.Import.Tables;

/// <summary>The words of one printed line, left to right.</summary>
internal sealed class PageLine
{
    public PageLine(int page, int line, List<LayoutWord> words)
    {
        Page = page;
        Line = line;
        Words = words;
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(w.Text);
        }

        Text = sb.ToString();
        Compact = ImportText.Compact(Text);
        Box = words.Count == 0 ? default : words.Skip(1).Aggregate(words[0].Box, (b, w) => b.Union(w.Box));
    }

    public int Page { get; }

    public int Line { get; }

    public List<LayoutWord> Words { get; }

    public string Text { get; }

    public string Compact { get; }

    public LayoutBox Box { get; }

    /// <summary>Groups the words of every page into lines, top to bottom.</summary>
    public static List<PageLine> Build(LayoutDocument document)
    {
        var result = new List<PageLine>();
        foreach (var page in document.Pages)
        {
            var words = page.Words.OrderByDescending(w => w.Box.Top).ThenBy(w => w.Box.Left).ToList();
            var lines = new List<(decimal Center, decimal Half, List<LayoutWord> Words)>();
            foreach (var word in words)
            {
                var center = (word.Box.Top + word.Box.Bottom) / 2;
                var index = lines.FindIndex(l => Math.Abs(l.Center - center) < Math.Max(l.Half, 0.01m));
                if (index < 0)
                {
                    lines.Add((center, Math.Max(word.Box.Height / 2, 0.01m), [word]));
                }
                else
                {
                    lines[index].Words.Add(word);
                }
            }

            var ordinal = 0;
            var pageLines = new List<PageLine>();
            foreach (var (center, _, lineWords) in lines.OrderByDescending(l => l.Center))
            {
                ordinal++;
                lineWords.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
                var number = document.Kind == LayoutSourceKind.Text ? (int)(page.Height - lineWords[0].Box.Top) + 1 : ordinal;
                pageLines.Add(new PageLine(page.Number, number, lineWords));
            }

            result.AddRange(JoinRuledCells(pageLines, page));
        }

        return result;
    }

    /// <summary>Whether the line lies below the lowest horizontal ruling line of its page (text after a ruled table).</summary>
    public bool BelowRules { get; private set; }

    private const int MaxLinesPerCell = 6;

    /// <summary>The most lines a band printing figures on one line only is joined over (a text cell wrapped in a narrow column).</summary>
    private const int MaxLinesPerWrappedCell = 16;

    private static decimal Center(LayoutBox box) => (box.Top + box.Bottom) / 2;

    private static bool Overlaps(LayoutBox a, LayoutBox b) => a.Left < b.Right && b.Left < a.Right;

    /// <summary>
    /// Where the page draws horizontal ruling lines (a ruled table in a PDF), the printed lines between two rules are one
    /// row: a label wrapped in its cell (<c>三、国有资本经营预</c> / <c>算</c>), a name wrapped around the code and values
    /// printed on its middle line, a header wrapped over two lines. Such lines are joined into one line, the words of one
    /// cell (overlapping horizontally) into one word, top to bottom. A band is left as printed when a word overlaps two
    /// words of another line (a header spanning columns), when it holds more than <see cref="MaxLinesPerCell"/> lines (a
    /// table ruled without row rules) or when it is not ruled above and below.
    /// </summary>
    private static List<PageLine> JoinRuledCells(List<PageLine> lines, LayoutPage page)
    {
        var rules = page.Rules.Where(r => r.IsHorizontal).Select(r => (Y: Center(r.Box), r.Box)).ToList();
        if (rules.Count < 2 || lines.Count == 0)
        {
            return lines;
        }

        var lowest = rules.Min(r => r.Y);
        foreach (var line in lines)
        {
            line.BelowRules = Center(line.Box) < lowest;
        }

        bool Ruled(PageLine line)
        {
            var c = Center(line.Box);
            return rules.Any(r => r.Y > c && Overlaps(r.Box, line.Box)) && rules.Any(r => r.Y < c && Overlaps(r.Box, line.Box));
        }

        bool RuleBetween(PageLine upper, PageLine lower)
        {
            var span = upper.Box.Union(lower.Box);
            var (top, bottom) = (Center(upper.Box), Center(lower.Box));
            return rules.Any(r => r.Y < top && r.Y > bottom && Overlaps(r.Box, span));
        }

        var result = new List<PageLine>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            int BandEnd(int cap)
            {
                var e = i + 1;
                if (Ruled(lines[i]))
                {
                    while (e < lines.Count && e - i < cap && Ruled(lines[e]) && !RuleBetween(lines[e - 1], lines[e]))
                    {
                        e++;
                    }
                }

                return e;
            }

            // A text cell wrapped over more lines than a cell usually holds (项目单位 in a narrow column: 示例 / 区第 / 47局 /
            // …) is still one row when only one line of the band prints figures. A longer band printing figures on several
            // lines is a table ruled without row rules: its lines are left as printed, all of them. A longer band without
            // figures (a header of many lines) is read as before: a line is left as printed and the band after it tried.
            var end = BandEnd(int.MaxValue);
            var band = lines.GetRange(i, end - i);
            var figureLines = band.Count(l => l.Words.Any(w => ImportText.IsDecimalValue(w.Text)));
            if (band.Count > MaxLinesPerCell && figureLines > 1)
            {
                result.AddRange(band);
                i = end;
                continue;
            }

            var wrappedCell = band.Count <= MaxLinesPerWrappedCell && figureLines == 1;
            if (band.Count > MaxLinesPerCell && !wrappedCell)
            {
                end = BandEnd(MaxLinesPerCell + 1);
                band = lines.GetRange(i, end - i);
            }

            var joined = band.Count > 1 && (band.Count <= MaxLinesPerCell || wrappedCell) ? Join(band) : null;
            if (joined is null)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            result.Add(joined);
            i = end;
        }

        return result;
    }

    /// <summary>The lines of one ruled row as one line, or null when a word overlaps two words of another line.</summary>
    private static PageLine? Join(List<PageLine> band)
    {
        var words = band.SelectMany((l, index) => l.Words.Select(w => (Line: index, Word: w))).ToList();
        var cluster = Enumerable.Range(0, words.Count).ToArray();
        int Find(int x) => cluster[x] == x ? x : cluster[x] = Find(cluster[x]);
        for (var a = 0; a < words.Count; a++)
        {
            for (var b = a + 1; b < words.Count; b++)
            {
                if (words[a].Line != words[b].Line && Overlaps(words[a].Word.Box, words[b].Word.Box))
                {
                    cluster[Find(a)] = Find(b);
                }
            }
        }

        var joined = new List<LayoutWord>();
        foreach (var group in Enumerable.Range(0, words.Count).GroupBy(Find))
        {
            var members = group.Select(g => words[g]).OrderBy(m => m.Line).ToList();
            if (members.Select(m => m.Line).Distinct().Count() != members.Count)
            {
                return null; // a word over two words of another line: a header cell spanning columns
            }

            var box = members.Skip(1).Aggregate(members[0].Word.Box, (b, m) => b.Union(m.Word.Box));
            joined.Add(new LayoutWord(string.Concat(members.Select(m => m.Word.Text)), box, members[0].Word.Page));
        }

        joined.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        return new PageLine(band[0].Page, band[0].Line, joined) { BelowRules = band[0].BelowRules };
    }
}
