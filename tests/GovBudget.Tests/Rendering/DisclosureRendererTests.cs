using System.Text;
using System.Xml.Linq;
using GovBudget.Building;
using GovBudget.Disclosures;
using GovBudget.Rendering;
using GovBudget.Rules;
using GovBudget.Tables.Budget;
using GovBudget.Tests.Fixtures.Seeds;
using Snapshooter.Xunit;

namespace GovBudget.Tests.Rendering;

public class DisclosureRendererTests
{
    public static TheoryData<string> Seeds => ["Wuchang2026", "Huangpi2023", "Hongshan2021", "Hongshan2023Settlement"];

    internal static Disclosure Seed(string name) => name switch
    {
        "Wuchang2026" => WuchangBudget2026.Disclosure,
        "Huangpi2023" => HuangpiUnitBudget2023.Disclosure,
        "Hongshan2021" => HongshanBudget2021.Disclosure,
        _ => HongshanSettlement2023.Disclosure,
    };

    [Fact]
    public void ToHtml_Wuchang2026_StructureMatchesSnapshot()
        => Snapshot.Match(Structure(Parse(DisclosureRenderer.ToHtml(WuchangBudget2026.Disclosure))));

    [Fact]
    public void ToMarkdown_Wuchang2026WithFindings_MatchesSnapshot()
    {
        var disclosure = WuchangBudget2026.Disclosure;
        Snapshot.Match(DisclosureRenderer.ToMarkdown(disclosure, new RenderOptions { Findings = disclosure.Validate() }));
    }

    [Fact]
    public void ToHtml_OlderLayoutSummary_PrintsClassCodesAndIsAWideSection()
    {
        // Hongshan 2021 L1 lists 功能 and 经济 classes among its lines: each printed with its code, as published; its three
        // blocks (12 columns) go on a landscape page. Wuchang 2026 表1 lists 功能 classes only: names alone, portrait.
        var root = Parse(DisclosureRenderer.ToHtml(HongshanBudget2021.Disclosure));
        var l1 = root.Descendants("section").Single(s => (string?)s.Attribute("data-table") == "L1");
        ((string?)l1.Attribute("class")).ShouldBe("table wide");
        l1.Descendants("td").Select(td => td.Value).ShouldContain("210 卫生健康支出");
        l1.Descendants("td").Select(td => td.Value).ShouldContain("301 工资福利支出");

        var wuchang = Parse(DisclosureRenderer.ToHtml(WuchangBudget2026.Disclosure));
        var t1 = wuchang.Descendants("section").Single(s => (string?)s.Attribute("data-table") == "表1");
        ((string?)t1.Attribute("class")).ShouldBe("table");
        t1.Descendants("td").Select(td => td.Value).ShouldNotContain(v => System.Text.RegularExpressions.Regex.IsMatch(v, @"^\d{3} "));
        ((string?)wuchang.Descendants("section").Single(s => (string?)s.Attribute("data-table") == "表10").Attribute("class")).ShouldBe("table wide");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ToHtml_Seed_IsSelfContainedAndWellFormed(string seed)
    {
        var disclosure = Seed(seed);
        var html = DisclosureRenderer.ToHtml(disclosure, new RenderOptions { Findings = disclosure.Validate() });

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("src=", Case.Insensitive);
        html.ShouldNotContain("@import");
        html.ShouldNotContain("url(");
        var root = Parse(html);
        root.Name.LocalName.ShouldBe("html");
        root.Attribute("lang")!.Value.ShouldBe("zh-CN");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ToHtml_Seed_EveryTableHasItsChineseTitleAndUnitLine(string seed)
    {
        var disclosure = Seed(seed);
        var root = Parse(DisclosureRenderer.ToHtml(disclosure));
        var titles = root.Descendants("h2").Select(h => h.Value).ToList();
        var units = root.Descendants("p").Where(p => (string?)p.Attribute("class") == "unit").Select(p => p.Value).ToList();

        foreach (var table in disclosure.Tables)
        {
            // The id is printed where it is the table's printed number (表3, 公开05), not GovBudget's own (L1).
            var numbered = table.Id.StartsWith('表') || table.Id.StartsWith("公开", StringComparison.Ordinal);
            titles.ShouldContain(t => (numbered ? t.StartsWith(table.Id, StringComparison.Ordinal) : t == table.Definition.NameZh) && t.EndsWith(table.Definition.NameZh, StringComparison.Ordinal));
        }

        units.ShouldContain("单位：万元");
    }

    [Fact]
    public void ToHtml_Wuchang2026_HasGroupedHeadersAndPerformanceTables()
    {
        var root = Parse(DisclosureRenderer.ToHtml(WuchangBudget2026.Disclosure));
        var table51 = SectionTable(root, "表5-1 一般公共预算支出表(分功能科目)");
        var firstHeader = table51.Descendants("tr").First().Elements("th").ToList();
        firstHeader.Select(th => th.Value).ShouldBe(["科目编码", "科目名称", "合计", "基本支出", "项目支出"]);
        firstHeader[3].Attribute("colspan")!.Value.ShouldBe("3");
        table51.Descendants("tr").ElementAt(1).Elements("th").Select(th => th.Value).ShouldBe(["小计", "人员经费", "公用经费"]);

        var titles = root.Descendants("h2").Select(h => h.Value).ToList();
        titles.ShouldContain("表11 整体支出绩效目标表");
        titles.Count(t => t.StartsWith("表12", StringComparison.Ordinal)).ShouldBe(WuchangBudget2026.Disclosure.ProjectGoals.Count);
    }

    [Fact]
    public void ToHtml_Wuchang2026_NumbersAreAsPrintedAndBlanksStayBlank()
    {
        var root = Parse(DisclosureRenderer.ToHtml(WuchangBudget2026.Disclosure));
        var row = SectionTable(root, "表5-1 一般公共预算支出表(分功能科目)").Descendants("tr")
            .Single(tr => tr.Elements("td").FirstOrDefault()?.Value == "2080501");
        row.Elements("td").Select(td => td.Value).ShouldBe(["2080501", "行政单位离退休", "0.10", "0.10", "0.00", "0.10", ""]);
        row.Elements("td").ElementAt(1).Attribute("class")!.Value.ShouldBe("name i2");
    }

    [Fact]
    public void ToHtml_Hongshan2023Settlement_PrintsThousandsSeparatorsAndLineNumbers()
    {
        var root = Parse(DisclosureRenderer.ToHtml(HongshanSettlement2023.Disclosure));
        var table = SectionTable(root, "公开01 收入支出决算总表");
        var cells = table.Descendants("td").Select(td => td.Value).ToList();
        cells.ShouldContain("1,002.76");
        var line27 = table.Descendants("tr").Single(tr => tr.Elements("td").FirstOrDefault()?.Value == "本年收入合计");
        line27.Elements("td").Select(td => td.Value).ShouldBe(["本年收入合计", "27", "1,002.76", "本年支出合计", "58", "1,002.76"]);
        table.Descendants("tr").Any(tr => (string?)tr.Attribute("class") == "colno").ShouldBeTrue();
    }

    [Fact]
    public void ToHtml_Hongshan2021WithFindings_HighlightsOverallGoalShare()
    {
        var disclosure = HongshanBudget2021.Disclosure;
        var root = Parse(DisclosureRenderer.ToHtml(disclosure, new RenderOptions { Findings = disclosure.Validate() }));
        var cell = SectionOf(root, "表11 整体支出绩效目标表").Descendants("td").Single(td => td.Value.StartsWith("35.14%", StringComparison.Ordinal));

        cell.Attribute("class")!.Value.ShouldContain("f-error");
        cell.Element("sup")!.Value.ShouldBe("BUD.T11.SHARE");
        cell.Attribute("title")!.Value.ShouldContain("35.14%");
        var legend = root.Descendants("section").Single(s => (string?)s.Attribute("class") == "legend");
        legend.Descendants("td").Select(td => td.Value).ShouldContain("BUD.T11.SHARE");
    }

    [Fact]
    public void ToMarkdown_Hongshan2021WithFindings_MarksCellAndLegend()
    {
        var disclosure = HongshanBudget2021.Disclosure;
        var md = DisclosureRenderer.ToMarkdown(disclosure, new RenderOptions { Findings = disclosure.Validate() });
        md.ShouldContain("| **35.14%** [BUD.T11.SHARE] |");
        md.ShouldContain("| `BUD.T11.SHARE` | 错误 |");
    }

    [Fact]
    public void ToMarkdown_Wuchang2026_FlattensGroupedHeaders()
    {
        var md = DisclosureRenderer.ToMarkdown(WuchangBudget2026.Disclosure);
        md.ShouldContain("| 科目编码 | 科目名称 | 合计 | 基本支出/小计 | 基本支出/人员经费 | 基本支出/公用经费 | 项目支出 |");
        md.ShouldContain("## 表5-1 一般公共预算支出表(分功能科目)");
    }

    [Fact]
    public void ToHtml_Charts_DrawnUnlessDisabled()
    {
        var disclosure = HongshanSettlement2023.Disclosure;
        var html = DisclosureRenderer.ToHtml(disclosure);
        var root = Parse(html);
        root.Descendants("svg").Count().ShouldBe(4);
        root.Descendants("figcaption").Select(f => f.Value).ShouldContain("图1：收、支决算总计变动情况");
        // 图1 shows 2022 (1,002.76 + 6.08) against 2023.
        html.ShouldContain("1,008.84");

        DisclosureRenderer.ToHtml(disclosure, new RenderOptions { IncludeCharts = false }).ShouldNotContain("<svg");
    }

    [Fact]
    public void ToHtml_English_HeadingsInEnglish()
    {
        var root = Parse(DisclosureRenderer.ToHtml(WuchangBudget2026.Disclosure, new RenderOptions { Language = "en" }));
        root.Attribute("lang")!.Value.ShouldBe("en");
        root.Descendants("h2").Select(h => h.Value).ShouldContain("表5-1 General public budget expenditure by function");
        root.Descendants("p").Select(p => p.Value).ShouldContain("Unit: 10,000 yuan (万元)");
    }

    [Fact]
    public void ToHtml_UnsupportedLanguage_Throws()
        => Should.Throw<ArgumentException>(() => DisclosureRenderer.ToHtml(WuchangBudget2026.Disclosure, new RenderOptions { Language = "fr" }));

    [Fact]
    public void ToHtml_NamesWithMarkup_AreEscaped()
    {
        var disclosure = DisclosureBuilder.Budget(2026)
            .Department("506", "A&B <局> \"x\"")
            .Unit("506001", "单位<script>", UnitKind.Administrative)
            .Table(BudgetTables.GeneralBudgetBasicByEconomic, t => t
                .Total("1,234.50", "1,234.50", "")
                .Row("301", "工资 & <福利>", "1,234.50", "1,234.50", ""))
            .Build();

        var html = DisclosureRenderer.ToHtml(disclosure);
        html.ShouldNotContain("<script");
        html.ShouldContain("工资 &amp; &lt;福利&gt;");
        Parse(html).Descendants("td").Select(td => td.Value).ShouldContain("1,234.50");
        DisclosureRenderer.ToMarkdown(disclosure).ShouldContain(@"工资 & \<福利\>");
    }

    /// <summary>Writes every seed page (HTML, English HTML, markdown) to GOVBUDGET_RENDER_OUT (for looking at them, e.g. with headless Chromium); does nothing otherwise.</summary>
    [Fact]
    public void WriteSeedPages_WhenRequested()
    {
        var directory = Environment.GetEnvironmentVariable("GOVBUDGET_RENDER_OUT");
        if (string.IsNullOrEmpty(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        foreach (var seed in Seeds)
        {
            var disclosure = Seed(seed);
            var options = new RenderOptions { Findings = disclosure.Validate() };
            File.WriteAllText(Path.Combine(directory, seed + ".html"), DisclosureRenderer.ToHtml(disclosure, options), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(directory, seed + ".md"), DisclosureRenderer.ToMarkdown(disclosure, options), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(directory, seed + ".en.html"), DisclosureRenderer.ToHtml(disclosure, options with { Language = "en" }), new UTF8Encoding(false));
        }
    }

    internal static XElement Parse(string html)
    {
        const string doctype = "<!DOCTYPE html>";
        html.ShouldStartWith(doctype);
        return XDocument.Parse(html[doctype.Length..]).Root!;
    }

    private static XElement SectionOf(XElement root, string title)
        => root.Descendants("section").Single(s => s.Element("h2")?.Value == title);

    private static XElement SectionTable(XElement root, string title) => SectionOf(root, title).Descendants("table").First();

    /// <summary>The page as text: per section the title, subtitle, unit line, header rows, 栏次 row and the first three body rows of each table.</summary>
    private static string Structure(XElement root)
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(root.Descendants("h1").Single().Value);
        foreach (var figure in root.Descendants("figcaption"))
        {
            text.Append("chart: ").AppendLine(figure.Value);
        }

        foreach (var section in root.Descendants("section").Where(s => ((string?)s.Attribute("class"))?.Split(' ').Contains("table") == true))
        {
            text.AppendLine().Append("## ").AppendLine(section.Element("h2")!.Value);
            foreach (var p in section.Elements("p"))
            {
                text.Append((string?)p.Attribute("class")).Append(": ").AppendLine(p.Value);
            }

            foreach (var table in section.Descendants("table"))
            {
                if (table.Element("caption") is { } caption)
                {
                    text.Append("caption: ").AppendLine(caption.Value);
                }

                foreach (var tr in table.Element("thead")!.Elements("tr"))
                {
                    text.Append("head: ").AppendLine(string.Join(" | ", tr.Elements().Select(Describe)));
                }

                var body = table.Element("tbody")!.Elements("tr").ToList();
                foreach (var tr in body.Take(3))
                {
                    text.Append("row: ").AppendLine(string.Join(" | ", tr.Elements().Select(Describe)));
                }

                text.Append("rows: ").AppendLine(body.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static string Describe(XElement cell)
    {
        var spans = string.Concat(
            cell.Attribute("colspan") is { } c ? "{c" + c.Value + "}" : string.Empty,
            cell.Attribute("rowspan") is { } r ? "{r" + r.Value + "}" : string.Empty,
            string.Concat(((string?)cell.Attribute("class") ?? string.Empty).Split(' ').Where(k => k is ['i', _]).Select(k => "{" + k + "}")));
        return spans + cell.Value;
    }

    [Fact]
    public void ToHtml_LineLabelWithAnOrdinal_PrintsTheOrdinalAndAnItemsPathOnlyItsLastPart()
    {
        // 1. 一般公共预算资金 keeps its "1." (a dot of the label, not of an item's path); 本年收入.一般公共预算拨款 prints
        // 一般公共预算拨款 (the round trip reads the print back to these labels).
        var shanghai = GovBudget.Generation.SampleGenerator.Generate(GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("shanghai.budget"), new GovBudget.Generation.SampleOptions { Seed = 1 });
        DisclosureRenderer.ToHtml(shanghai).ShouldContain(">1. 一般公共预算资金<");
        var hubei = GovBudget.Generation.SampleGenerator.Generate(GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("hubei.budget"), new GovBudget.Generation.SampleOptions { Seed = 1 });
        var html = DisclosureRenderer.ToHtml(hubei);
        html.ShouldContain(">一般公共预算拨款<");
        html.ShouldNotContain(">本年收入.一般公共预算拨款<");
    }
}
