using GovBudget.Import.Layout;
using GovBudget.Pdf;

namespace GovBudget.Tests.Pdf;

/// <summary>
/// Words and rules of real published PDFs (the shared corpus), checked against the rendered pages
/// (<c>pdftoppm -r 80 -f N -l N -png</c>): WPS 表格 draws cell borders as thin filled rectangles, Excel 2007 strokes and
/// fills a thin rectangle per cell edge, WPS 文字 strokes lines; text pages draw none.
/// </summary>
public sealed class PdfLayoutReaderCorpusTests
{
    [SkippableFact]
    public void Read_WpsSpreadsheetSummaryTable_FindsTitleNumbersAndRules()
    {
        var result = PdfLayoutReader.Read(PdfFixtures.Corpus("shanghai-putuo-commerce-2025-budget.pdf"));

        result.Producer.ShouldBe("WPS 表格");
        result.HasTextLayer.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        result.Document.Pages.Length.ShouldBe(26);
        var page = result.Document.Pages[8];
        page.Number.ShouldBe(9);
        Texts(page).ShouldContain("2025年部门财务收支预算总表");
        Texts(page).Count(static t => t == "371,514,655.00").ShouldBe(4);
        // Two cells of one row, the number touching the rule between them: two words.
        Texts(page).ShouldContain("一、一般公共服务支出");
        Texts(page).ShouldContain("1. 一般公共预算资金");
        Texts(page).ShouldContain("293,810,000.00");
        var total = page.Words.First(static w => w.Text == "收入总计");
        total.Page.ShouldBe(9);
        total.Box.Left.ShouldBe(141.49m, 0.5m);
        total.Box.Bottom.ShouldBe(116.9m, 0.5m);

        // 17 horizontal rules (top, two header lines, 13 rows, bottom) and 5 vertical ones; each spans its table.
        page.Rules.Count(static r => r.IsHorizontal).ShouldBe(17);
        page.Rules.Count(static r => !r.IsHorizontal).ShouldBe(5);
        page.Rules.ShouldAllBe(static r => r.Page == 9);
        var topRule = page.Rules[0];
        topRule.Box.Left.ShouldBe(58.32m, 0.1m);
        topRule.Box.Right.ShouldBe(782.28m, 0.1m);
        topRule.Box.Height.ShouldBeLessThan(1.5m);

        // The title page and the prose pages draw no rules.
        result.Document.Pages[0].Rules.ShouldBeEmpty();
        result.Document.Pages[2].Rules.ShouldBeEmpty();
    }

    [SkippableFact]
    public void Read_Excel2007SummaryTable_MergesCellEdgesIntoRules()
    {
        var result = PdfLayoutReader.Read(PdfFixtures.Corpus("shanghai-finance-bureau-2025-unit-budget.pdf"));

        result.Producer.ShouldBe("Microsoft® Office Excel® 2007");
        var page = result.Document.Pages[6];
        Texts(page).ShouldContain("2025年预算单位财务收支预算总表");
        Texts(page).Count(static t => t == "171,915,169").ShouldBe(4);
        Texts(page).ShouldContain("102,464,260");
        Texts(page).ShouldContain("1、一般公共预算资金");
        // 17 horizontal rules, two of them partial (under 预算数 and 基本支出), and 8 vertical ones.
        page.Rules.Count(static r => r.IsHorizontal).ShouldBe(17);
        page.Rules.Count(static r => !r.IsHorizontal).ShouldBe(8);
        page.Rules.Count(static r => r.IsHorizontal && r.Box.Width < 400).ShouldBe(2);

        // Page 3 is prose in an unruled layout: one word per printed line, no rules.
        var prose = result.Document.Pages[2];
        prose.Rules.ShouldBeEmpty();
        Texts(prose).ShouldContain("上海市财政局是主管全市财政工作的市政府组成部门。");
    }

    [SkippableFact]
    public void Read_WpsWriterSettlementTable_FindsCodesAmountsAndStrokedRules()
    {
        var result = PdfLayoutReader.Read(PdfFixtures.Corpus("shanghai-putuo-social-work-2024-settlement.pdf"));

        result.Producer.ShouldBe("WPS 文字");
        var page = result.Document.Pages[5];
        Texts(page).ShouldContain("收入决算表");
        Texts(page).ShouldContain("单位：万元");
        Texts(page).Count(static t => t == "307.82").ShouldBe(2);
        Texts(page).ShouldContain("2013901");
        Texts(page).ShouldContain("其他社会工作事务支出");
        // A label wrapped in its cell gives two words, one per printed line.
        Texts(page).ShouldContain("机关事业单位基本养老保险缴费");
        Texts(page).ShouldContain("支出");
        page.Rules.Count(static r => r.IsHorizontal).ShouldBe(15);
        page.Rules.Count(static r => !r.IsHorizontal).ShouldBe(11);
    }

    [SkippableFact]
    public void Read_EveryCorpusPdf_HasTextWordsInPagesAndSaneBoxes()
    {
        foreach (var file in PdfFixtures.AllCorpus())
        {
            var result = PdfLayoutReader.Read(file);

            result.HasTextLayer.ShouldBeTrue(file);
            result.Document.Kind.ShouldBe(LayoutSourceKind.Pdf);
            result.Document.Source.ShouldBe(file);
            result.Diagnostics.ShouldNotContain(static d => d.Code == PdfDiagnosticCode.UndecodableText, file);
            foreach (var page in result.Document.Pages)
            {
                page.Words.ShouldNotBeEmpty($"{file} page {page.Number}");
                foreach (var word in page.Words)
                {
                    word.Page.ShouldBe(page.Number);
                    word.Text.ShouldNotBeNullOrWhiteSpace();
                    word.Text.ShouldNotContain("\uFFFD");
                    word.Box.Left.ShouldBeLessThanOrEqualTo(word.Box.Right);
                    word.Box.Bottom.ShouldBeLessThan(word.Box.Top);
                    word.Box.Left.ShouldBeInRange(-1m, page.Width + 1);
                    word.Box.Top.ShouldBeInRange(0m, page.Height + 1);
                }

                page.Rules.ShouldAllBe(r => r.Page == page.Number && r.Box.Width >= 0 && r.Box.Height >= 0);
            }
        }
    }

    private static List<string> Texts(LayoutPage page) => page.Words.Select(static w => w.Text).ToList();
}
