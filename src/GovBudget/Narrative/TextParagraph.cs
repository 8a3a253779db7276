using System.Text;
using System.Text.RegularExpressions;
using GovBudget.Disclosures;

namespace GovBudget.Narrative;

/// <summary>
/// Lines of running text joined into one paragraph (PDF extraction wraps sentences, sometimes with blank lines between
/// the parts), with the page, line and column of every character, and the headings it stands under.
/// </summary>
internal sealed partial class TextParagraph
{
    private readonly List<(int Page, int Line, int Column)> _positions = [];
    private readonly StringBuilder _text = new();

    public TextParagraph(IReadOnlyList<string> headings) => Headings = headings;

    /// <summary>The headings above the paragraph, outermost first (第一部分, 一、, （一）).</summary>
    public IReadOnlyList<string> Headings { get; }

    public string Text { get; private set; } = string.Empty;

    public bool IsEmpty => _text.Length == 0;

    public void Append(NarrativeLine line, int start, int end)
    {
        if (_text.Length > 0 && end > start && char.IsAsciiLetterOrDigit(_text[^1]) && char.IsAsciiLetterOrDigit(line.Text[start]))
        {
            // Two numbers or words on either side of a line break stay apart.
            _text.Append(' ');
            _positions.Add((line.Page, line.Number, start + 1));
        }

        for (var i = start; i < end; i++)
        {
            _text.Append(line.Text[i]);
            _positions.Add((line.Page, line.Number, i + 1));
        }

        Text = _text.ToString();
    }

    /// <summary>The span of the characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextSpan SpanOf(int start, int end)
    {
        var first = _positions[Math.Clamp(start, 0, _positions.Count - 1)];
        var last = _positions[Math.Clamp(end - 1, 0, _positions.Count - 1)];
        return new TextSpan(first.Page, first.Line, first.Column, last.Page, last.Line, last.Column + 1);
    }

    /// <summary>The sentence around a position: from after the previous 。；！？ to the next one (inclusive).</summary>
    public (int Start, int End) SentenceAround(int start, int end)
    {
        var s = start;
        while (s > 0 && !IsSentenceEnd(Text[s - 1]))
        {
            s--;
        }

        var e = Math.Max(end, s);
        while (e < Text.Length && !IsSentenceEnd(Text[e]))
        {
            e++;
        }

        while (s < e && char.IsWhiteSpace(Text[s]))
        {
            s++;
        }

        return (s, e);
    }

    public static bool IsSentenceEnd(char c) => c is '。' or '；' or ';' or '！' or '？';

    /// <summary>Splits a text into paragraphs; <paramref name="tableLines"/> counts the lines passed over as table lines.</summary>
    public static List<TextParagraph> Split(NarrativeText text, out int tableLines)
    {
        var paragraphs = new List<TextParagraph>();
        var headings = new string?[3];
        TextParagraph? current = null;
        var previousEndsSentence = true;
        tableLines = 0;

        void Close()
        {
            if (current is { IsEmpty: false })
            {
                paragraphs.Add(current);
            }

            current = null;
        }

        foreach (var line in text.Lines)
        {
            var raw = line.Text;
            var start = 0;
            while (start < raw.Length && (char.IsWhiteSpace(raw[start]) || raw[start] == '#'))
            {
                start++;
            }

            var end = raw.Length;
            while (end > start && char.IsWhiteSpace(raw[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                continue; // blank lines sit between the wrapped parts of one sentence too
            }

            var content = raw[start..end];
            if (IsTableLine(raw, content))
            {
                tableLines++;
                Close();
                previousEndsSentence = true;
                continue;
            }

            var level = HeadingLevel(content);
            if (level >= 0 && !FigurePattern().IsMatch(content))
            {
                Close();
                headings[level] = content;
                for (var l = level + 1; l < headings.Length; l++)
                {
                    headings[l] = null;
                }

                previousEndsSentence = true;
                continue;
            }

            if (current is null || previousEndsSentence || EnumeratorPattern().IsMatch(content) || level >= 0)
            {
                Close();
                current = new TextParagraph(headings.Where(h => h is not null).Select(h => h!).ToArray());
            }

            current.Append(line, start, end);
            previousEndsSentence = IsSentenceEnd(content[^1]);
        }

        Close();
        return paragraphs;
    }

    /// <summary>0 for 第一部分, 1 for 一、, 2 for （一）; -1 for no heading.</summary>
    private static int HeadingLevel(string content)
    {
        var m = HeadingPattern().Match(content);
        return !m.Success ? -1 : m.Groups["part"].Success ? 0 : m.Groups["one"].Success ? 1 : 2;
    }

    /// <summary>
    /// A table line: tab-separated, a caption (图 1, 表 1), or a line with numbers standing alone (not followed by a
    /// unit or a word) and neither sentence punctuation nor 万元/元.
    /// </summary>
    private static bool IsTableLine(string raw, string content)
    {
        if (raw.Contains('\t', StringComparison.Ordinal) || CaptionPattern().IsMatch(content))
        {
            return true;
        }

        return BareNumberPattern().IsMatch(content)
            && content.IndexOfAny(['，', '。', '；', '：', ',', ';']) < 0
            && !content.Contains('元', StringComparison.Ordinal);
    }

    /// <summary>A figure: a number followed by 万元, 亿元, 元 or a percent sign.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[ \u3000]*(?<unit>万元|亿元|元|%|％)")]
    public static partial Regex FigurePattern();

    [GeneratedRegex(@"^(?:(?<part>第[一二三四五六七八九十]+部分)|(?<one>[一二三四五六七八九十]+、)|(?<two>[（(][一二三四五六七八九十]+[)）]))")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|\d{1,2}\.(?=\d{3,7}\s))")]
    private static partial Regex EnumeratorPattern();

    [GeneratedRegex(@"^(?:图|表)\s*\d")]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?:\s|%|％|$)")]
    private static partial Regex BareNumberPattern();
}
