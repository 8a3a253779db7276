using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Tables;

namespace GovBudget.Narrative;

/// <summary>
/// Reads the statements of a document's explanatory text (情况说明) — totals, 其中 shares, year-over-year changes,
/// per-科目 lines, execution and completion rates, 三公 items, 机关运行经费, 政府采购 — into
/// <see cref="NarrativeStatement"/>s with their text span and, where the subject names one, the table cell they
/// restate, so that the TXT.* rules check them against the disclosure's tables. See <c>docs/narrative.md</c>.
/// </summary>
/// <remarks>
/// The extractor prefers leaving a sentence unread to guessing: a figure it cannot place in one of the patterns it
/// knows, or a 占比 whose base it cannot find, is listed in <see cref="NarrativeExtraction.NotUnderstood"/>; a subject
/// it cannot resolve to a cell gives a statement without <see cref="NarrativeStatement.Source"/> (its rates are still
/// checked), and a bare restated figure whose subject does not resolve is not understood.
/// </remarks>
public static partial class NarrativeExtractor
{
    /// <summary>Reads the statements of <paramref name="text"/>, resolving subjects against <paramref name="disclosure"/>'s tables.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="disclosure">The disclosure whose tables, table set, catalog edition and figures the statements refer to (its own statements are ignored).</param>
    public static NarrativeExtraction Extract(NarrativeText text, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(disclosure);
        var sources = new SourceResolver(disclosure);
        var statements = ImmutableArray.CreateBuilder<NarrativeStatement>();
        var unread = ImmutableArray.CreateBuilder<UnreadFigure>();
        var figureCount = 0;
        ReportedValue? openTotal = null;
        string? lastTop = null;
        var hint = SubjectHint.None;

        var paragraphs = TextParagraph.Split(text, out var tableLines);
        foreach (var paragraph in paragraphs)
        {
            var top = paragraph.Headings.Count > 0 ? string.Join("/", paragraph.Headings.Take(paragraph.Headings.Count >= 2 ? 2 : 1)) : null;
            if (!string.Equals(top, lastTop, StringComparison.Ordinal))
            {
                // A new 一、 section: earlier totals and classification hints no longer apply.
                openTotal = null;
                hint = SubjectHint.None;
                lastTop = top;
            }

            var figures = Figures(paragraph);
            figureCount += figures.Count;
            foreach (var f in figures)
            {
                f.OpenTotal = openTotal;
                if (!f.IsPercent && OpensBreakdown().IsMatch(paragraph.Text.AsSpan(f.End)))
                {
                    openTotal = f.Amount();
                }
            }

            var reader = new ParagraphReader(paragraph, figures, sources, disclosure.Year, hint, disclosure.Kind == DisclosureKind.Settlement);
            statements.AddRange(reader.Read());
            hint = reader.Hint;
            foreach (var f in figures.Where(f => f.Role is null))
            {
                var (s, e) = paragraph.SentenceAround(f.Start, f.End);
                unread.Add(new UnreadFigure(paragraph.SpanOf(f.Start, f.End), f.Printed, paragraph.Text[s..e], reader.ReasonFor(f)));
            }
        }

        return new NarrativeExtraction(statements.ToImmutable(), unread.ToImmutable(), tableLines, figureCount);
    }

    /// <summary>Reads <paramref name="text"/> and returns <paramref name="disclosure"/> with the statements read in place of its own.</summary>
    public static T WithStatementsFrom<T>(this T disclosure, NarrativeText text)
        where T : Disclosure
        => Extract(text, disclosure).ApplyTo(disclosure);

    private static List<TextFigure> Figures(TextParagraph paragraph)
    {
        var list = new List<TextFigure>();
        foreach (Match m in TextParagraph.FigurePattern().Matches(paragraph.Text))
        {
            list.Add(new TextFigure(list.Count, m.Index, m.Index + m.Length, m.Groups["num"].Value, m.Groups["unit"].Value));
        }

        return list;
    }

    [GeneratedRegex(@"^\s*[，,。：:]?\s*(?:其中|主要用于|主要安排|收入包括|包括)")]
    private static partial Regex OpensBreakdown();

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
