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
            foreach (var (center, _, lineWords) in lines.OrderByDescending(l => l.Center))
            {
                ordinal++;
                lineWords.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
                var number = document.Kind == LayoutSourceKind.Text ? (int)(page.Height - lineWords[0].Box.Top) + 1 : ordinal;
                result.Add(new PageLine(page.Number, number, lineWords));
            }
        }

        return result;
    }
}
