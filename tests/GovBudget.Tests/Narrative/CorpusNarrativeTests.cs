using GovBudget.Import;
using GovBudget.Import.Tables;
using GovBudget.Narrative;
using GovBudget.Pdf;
using GovBudget.Rules;
using GovBudget.Tests.Pdf;
using Xunit.Abstractions;

namespace GovBudget.Tests.Narrative;

/// <summary>
/// The statement table of the ten corpus documents (<c>../shared/corpus/*.pdf</c>, imported with the PDF import, their
/// text outside the tables read by <see cref="NarrativeExtractor"/>): per document the statements understood, the
/// figures not understood and the TXT findings above Info, pinned (docs/narrative.md, docs/seed-findings.md). Each
/// finding is classified there (rendered with <c>pdftoppm -r 80</c>).
/// </summary>
public sealed class CorpusNarrativeTests(ITestOutputHelper output)
{
    /// <summary>Document, statements, figures not understood, TXT findings above Info as <c>rule@page:line</c>.</summary>
    public static TheoryData<string, int, int, string[]> Expected => new()
    {
        { "shanghai-finance-bureau-2025-unit-budget.pdf", 6, 18, [] },
        { "shanghai-putuo-commerce-2025-budget.pdf", 20, 20, [] },
        { "shanghai-putuo-commerce-2025-unit-budget.pdf", 20, 19, [] },
        // Real: p.7 l.21 职业年金缴费支出 887.36 万元 (表5: 873,617.00 元 = 87.36 万元); truncated, not rounded (0.01 万元 off):
        // 87.70 (877,080.00 元), 78.21 (782,164.00), 204.91 (2,049,197.00), 268.77 (2,687,760.00).
        { "shanghai-putuo-finance-bureau-2025-budget.pdf", 14, 26, ["TXT.SOURCE@7:17", "TXT.SOURCE@7:21", "TXT.SOURCE@8:1", "TXT.SOURCE@8:3", "TXT.SOURCE@8:5"] },
        { "shanghai-putuo-government-office-2025-budget.pdf", 4, 32, [] },
        { "shanghai-putuo-government-office-2025-unit-budget.pdf", 4, 32, [] },
        // Real: p.18 l.7 住房保障支出 29.42 万元 占 9.55% of 307.82 (9.56%). The 5 TXT.SOURCE false alarms of an earlier PDF
        // import of 公开05 (201's name wrapped over three lines) are gone since ruled rows are joined (docs/import.md).
        // Real: p.18 l.9 年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89% — the rate is
        // 307.82 ÷ 321.02, on the 全年预算 (TXT.BASIS).
        { "shanghai-putuo-social-work-2024-settlement.pdf", 24, 18, ["TXT.BASIS@18:9", "TXT.SHARE@18:7"] },
        { "shanghai-putuo-wanli-street-2023-budget.pdf", 39, 130, [] },
        // Real: p.31 表9 prints 合计 47.91 (公务接待费 1.35, 公务用车 46.56) above its note 本部门2024年无“三公”经费和机关运行经费预算，
        // 故本表为空表 (TXT.EMPTY from the note kept as the table's remark: no text position).
        { "shanghai-putuo-wanli-street-2024-budget.pdf", 42, 115, ["TXT.EMPTY@?"] },
        { "shanghai-settlement-2024-template.pdf", 0, 1, [] },
    };

    [SkippableTheory]
    [MemberData(nameof(Expected))]
    public void Extract_CorpusDocument_StatementsUnderstoodAndTxtFindingsArePinned(string file, int statements, int notUnderstood, string[] findings)
    {
        var read = PdfLayoutReader.Read(PdfFixtures.Corpus(file));
        var imported = TableImporter.Import(read.Document);
        var disclosure = DisclosureImporter.Build(imported).Disclosure.ShouldNotBeNull();
        var text = new NarrativeText(imported.Text.Select(l => new NarrativeLine(l.Page, l.Line, l.Text)));
        var extraction = NarrativeExtractor.Extract(text, disclosure);
        var problems = extraction.ApplyTo(disclosure).Validate().Problems
            .Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal))
            .ToList();
        var located = problems.Select(f => $"{f.RuleId}@{Position(f)}").Order(StringComparer.Ordinal).ToArray();

        output.WriteLine($"{file}: {extraction}; TXT above Info: {located.Length}");
        foreach (var f in problems)
        {
            output.WriteLine($"  {f.Severity} {f.RuleId} {f.MessageZh}");
        }

        extraction.Statements.Length.ShouldBe(statements, file);
        extraction.NotUnderstood.Length.ShouldBe(notUnderstood, file);
        located.ShouldBe(findings.Order(StringComparer.Ordinal).ToArray(), file);
    }

    /// <summary>"p:l" from the finding's English message (<c>(text p.7 l.17:1-…</c>), or "?".</summary>
    private static string Position(Finding f)
    {
        var at = f.MessageEn.LastIndexOf("(text p.", StringComparison.Ordinal);
        if (at < 0)
        {
            return "?";
        }

        var rest = f.MessageEn[(at + "(text p.".Length)..];
        var page = rest[..rest.IndexOf(' ', StringComparison.Ordinal)];
        var line = rest[(rest.IndexOf("l.", StringComparison.Ordinal) + 2)..];
        return page + ":" + line[..line.IndexOf(':', StringComparison.Ordinal)];
    }
}
