using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;

namespace GovBudget.Tests.Docs;

public partial class ReadmeTests
{
    [Fact]
    public void QuickStart_RunsAndGivesDocumentedValues()
    {
        // begin-snippet: quick-start
        var disclosure = DisclosureBuilder.Budget(2026)
            .Department("506", "武汉市武昌区医疗保障局")
            .Unit("506001", "武昌区医疗保障局本级", UnitKind.Administrative)
            .Table(BudgetTables.GeneralBudgetBasicByEconomic, t => t
                .Total("524.86", "430.24", "94.62")
                .Row("301", "工资福利支出", "429.14", "429.14", "")
                .Row("302", "商品和服务支出", "89.62", "", "89.62"))
            .Build();

        var table6 = disclosure.FindTable("表6")!;
        ReportedValue total = table6.GetValue(RowKey.Total, "合计")!.Value;       // 524.86万元
        AmountInterval exact = total.Interval;                                      // [5,248,550 元, 5,248,650 元]
        string? name = CatalogSet.BuiltIn.Economic(EconomicSystem.Department, 2026)
            .NameOf(EconomicCode.Parse("30101", null));                             // 基本工资
        // end-snippet

        total.ToString().ShouldBe("524.86万元");
        exact.ShouldBe(new AmountInterval(Amount.FromYuan(5_248_550), Amount.FromYuan(5_248_650)));
        name.ShouldBe("基本工资");
    }

    [Fact]
    public void QuickStart_ReadmeBlock_IsTheCompiledSnippet()
    {
        var root = FindRepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var source = File.ReadAllText(Path.Combine(root, "tests", "GovBudget.Tests", "Docs", "ReadmeTests.cs"));
        var snippet = Regex.Match(source, @"// begin-snippet: quick-start\r?\n(.*?)// end-snippet", RegexOptions.Singleline).Groups[1].Value;
        var block = Regex.Match(readme, @"## Quick start.*?```csharp\r?\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var code = string.Join('\n', block.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        Normalize(code).ShouldBe(Normalize(snippet));
    }

    internal static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovBudget.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovBudget.sln not found above the test output folder.");
    }

    private static string Normalize(string code) => WhiteSpace().Replace(code, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
