using System.Collections.Immutable;
using System.Text;
using GovBudget.Import.Layout;

namespace GovBudget.Pdf.Internal;

/// <summary>
/// Groups a page's letters into words in reading order. Upright letters are cut into lines by baseline (within 0.3 of
/// the font size), each line sorted left to right, and a line is cut into words where the gap between one letter's
/// advance and the next is wider than <see cref="PdfReadOptions.WordGap"/> em or a vertical ruling line runs between
/// them. These documents print each table cell as one run of letters with no gap (CJK labels and numbers such as
/// <c>371,514,655.00</c> alike), so a word is one printed cell or one run of prose. Letters drawn twice at the same
/// place (fake bold) count once. A space inside a word is kept as one space where the PDF prints one (or leaves a
/// gap of a quarter em between Latin letters or digits). Rotated letters follow as words of consecutive letters.
/// </summary>
internal static class WordGrouper
{
    private const decimal LineTolerance = 0.3m;
    private const decimal SpaceGap = 0.25m;
    private const decimal RuleRoom = 0.5m;

    public static ImmutableArray<LayoutWord> Group(List<Glyph> glyphs, List<LayoutBox> rules, decimal wordGap, int page)
    {
        if (glyphs.Count == 0)
        {
            return [];
        }

        var words = ImmutableArray.CreateBuilder<LayoutWord>();
        var upright = new List<Glyph>(glyphs.Count);
        var other = new List<Glyph>();
        foreach (var g in glyphs)
        {
            (g.Horizontal ? upright : other).Add(g);
        }

        upright.Sort(static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.X0.CompareTo(b.X0));
        var vertical = rules.FindAll(static r => r.Height > r.Width);
        var line = new List<Glyph>();
        var text = new StringBuilder();
        var i = 0;
        while (i < upright.Count)
        {
            line.Clear();
            var first = upright[i];
            while (i < upright.Count && first.Baseline - upright[i].Baseline <= LineTolerance * Math.Min(first.Size, upright[i].Size))
            {
                line.Add(upright[i]);
                i++;
            }

            line.Sort(static (a, b) => a.X0 != b.X0 ? a.X0.CompareTo(b.X0) : a.Index.CompareTo(b.Index));
            SplitLine(line, vertical, wordGap, page, text, words);
        }

        if (other.Count > 0)
        {
            GroupOther(other, page, text, words);
        }

        return words.ToImmutable();
    }

    private static void SplitLine(List<Glyph> line, List<LayoutBox> vertical, decimal wordGap, int page, StringBuilder text, ImmutableArray<LayoutWord>.Builder words)
    {
        text.Clear();
        Glyph last = null!;
        LayoutBox box = default;
        var open = false;
        var sawSpace = false;
        foreach (var g in line)
        {
            if (g.IsSpace)
            {
                sawSpace = open;
                continue;
            }

            if (open)
            {
                if (g.Text == last.Text && Math.Abs(g.X0 - last.X0) < 0.2m * g.Size && Math.Abs(g.Baseline - last.Baseline) < 0.2m * g.Size)
                {
                    continue; // the same letter drawn again over itself (fake bold, shadow)
                }

                var gap = g.X0 - last.X1;
                var size = Math.Max(g.Size, last.Size);
                // A rule between two letters needs room: letters that touch (the run of one cell) are not checked.
                if (gap > wordGap * size || (gap > RuleRoom && RuleBetween(last, g, vertical)))
                {
                    words.Add(new LayoutWord(text.ToString(), box, page));
                    text.Clear();
                    open = false;
                }
                else if (sawSpace || (gap > SpaceGap * size && !(IsCjk(last.Text) && IsCjk(g.Text))))
                {
                    text.Append(' ');
                }
            }

            var glyphBox = new LayoutBox(g.X0, g.Bottom, g.X1, g.Top);
            box = open ? box.Union(glyphBox) : glyphBox;
            text.Append(g.Text);
            open = true;
            sawSpace = false;
            last = g;
        }

        if (open)
        {
            words.Add(new LayoutWord(text.ToString(), box, page));
        }
    }

    private static bool RuleBetween(Glyph left, Glyph right, List<LayoutBox> vertical)
    {
        if (vertical.Count == 0)
        {
            return false;
        }

        var from = (left.X0 + left.X1) / 2;
        var to = (right.X0 + right.X1) / 2;
        var y = (Math.Max(left.Bottom, right.Bottom) + Math.Min(left.Top, right.Top)) / 2;
        foreach (var rule in vertical)
        {
            var x = (rule.Left + rule.Right) / 2;
            if (x > from && x < to && rule.Bottom <= y && rule.Top >= y)
            {
                return true;
            }
        }

        return false;
    }

    private static void GroupOther(List<Glyph> other, int page, StringBuilder text, ImmutableArray<LayoutWord>.Builder words)
    {
        other.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        text.Clear();
        LayoutBox box = default;
        Glyph last = null!;
        var open = false;
        foreach (var g in other)
        {
            if (g.IsSpace)
            {
                continue;
            }

            var glyphBox = new LayoutBox(g.X0, g.Bottom, g.X1, g.Top);
            if (open && Distance(box, glyphBox) > 0.5m * Math.Max(g.Size, last.Size))
            {
                words.Add(new LayoutWord(text.ToString(), box, page));
                text.Clear();
                open = false;
            }

            box = open ? box.Union(glyphBox) : glyphBox;
            text.Append(g.Text);
            open = true;
            last = g;
        }

        if (open)
        {
            words.Add(new LayoutWord(text.ToString(), box, page));
        }
    }

    private static decimal Distance(LayoutBox a, LayoutBox b)
    {
        var dx = Math.Max(0, Math.Max(a.Left - b.Right, b.Left - a.Right));
        var dy = Math.Max(0, Math.Max(a.Bottom - b.Top, b.Bottom - a.Top));
        return Math.Max(dx, dy);
    }

    private static bool IsCjk(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var c = text[^1];
        return c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
    }
}
