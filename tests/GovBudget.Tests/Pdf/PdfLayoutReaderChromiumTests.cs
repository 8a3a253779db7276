using GovBudget.Pdf;
using Xunit.Abstractions;

namespace GovBudget.Tests.Pdf;

/// <summary>
/// The generated-PDF path: an HTML table printed by headless Chromium (<c>eng/html-to-pdf.sh</c>) reads back with its
/// words and ruling lines. Skipped, with the reason, when Chromium is not installed (CI installs it and requires it).
/// </summary>
public sealed class PdfLayoutReaderChromiumTests(ITestOutputHelper output)
{
    private const string Html = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><style>
        body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; }
        table { border-collapse: collapse; }
        td, th { border: 1px solid #000; padding: 4px 8px; font-weight: normal; }
        td.n { text-align: right; }
        </style></head><body>
        <h1>2025年部门财务收支预算总表</h1>
        <p>编制部门：上海市普陀区商务委员会</p>
        <table>
        <tr><th>项目</th><th>预算数</th><th>项目</th><th>预算数</th></tr>
        <tr><td>一、财政拨款收入</td><td class="n">371,514,655.00</td><td>一、一般公共服务支出</td><td class="n">21,601,733.00</td></tr>
        <tr><td>1. 一般公共预算资金</td><td class="n">371,514,655.00</td><td>二、科学技术支出</td><td class="n">17,200,000.00</td></tr>
        <tr><td>收入总计</td><td class="n">371,514,655.00</td><td>支出总计</td><td class="n">38,801,733.00</td></tr>
        </table></body></html>
        """;

    [SkippableFact]
    public void Read_ChromiumPrintedTable_GivesWordsAndRulesBack()
    {
        var bytes = PdfFixtures.FromHtml(Html, out var elapsed);
        output.WriteLine($"html-to-pdf.sh: one page in {elapsed.TotalSeconds:0.00} s");

        var result = PdfLayoutReaderTests.Read(bytes, "chromium.pdf");

        result.Producer.ShouldNotBeNull().ShouldStartWith("Skia/PDF");
        result.Diagnostics.ShouldBeEmpty();
        var page = result.Document.Pages.ShouldHaveSingleItem();
        var texts = page.Words.Select(static w => w.Text).ToList();
        texts.ShouldBe(
        [
            "2025年部门财务收支预算总表", "编制部门：上海市普陀区商务委员会",
            "项目", "预算数", "项目", "预算数",
            "一、财政拨款收入", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00",
            "1. 一般公共预算资金", "371,514,655.00", "二、科学技术支出", "17,200,000.00",
            "收入总计", "371,514,655.00", "支出总计", "38,801,733.00",
        ]);
        // 4 rows: 5 horizontal rules; 4 columns: 5 vertical rules, each across the whole table.
        page.Rules.Count(static r => r.IsHorizontal).ShouldBe(5);
        page.Rules.Count(static r => !r.IsHorizontal).ShouldBe(5);
        var top = page.Rules[0].Box;
        page.Rules.Where(static r => r.IsHorizontal).ShouldAllBe(r => r.Box.Left == top.Left && r.Box.Right == top.Right);
        // Each number lies inside its column's rules.
        var number = page.Words.First(static w => w.Text == "21,601,733.00");
        var verticals = page.Rules.Where(static r => !r.IsHorizontal).Select(static r => r.Box.Left).Order().ToList();
        number.Box.Left.ShouldBeGreaterThan(verticals[3]);
        number.Box.Right.ShouldBeLessThan(verticals[4]);
    }
}
