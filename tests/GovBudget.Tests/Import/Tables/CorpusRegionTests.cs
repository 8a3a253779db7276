using System.Collections.Immutable;
using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Tables;
using Xunit.Abstractions;

namespace GovBudget.Tests.Import.Tables;

/// <summary>
/// Every corpus document (Shanghai, <c>pdftotext -layout</c>) finds its table regions by their printed titles. The specs
/// are ad hoc (titles only) until the Shanghai table sets land.
/// </summary>
public sealed class CorpusRegionTests(ITestOutputHelper output)
{
    private static readonly string[] BudgetTitles =
    [
        "部门财务收支预算总表", "部门收入预算总表", "部门支出预算总表", "部门财政拨款收支预算总表", "部门一般公共预算支出功能分类预算表",
        "部门政府性基金预算支出功能分类预算表", "部门国有资本经营预算支出功能分类预算表", "部门一般公共预算基本支出部门预算经济分类预算表",
        "部门\"三公\"经费和机关运行经费预算表",
    ];

    private static readonly string[] SettlementTitles =
    [
        "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
        "一般公共预算财政拨款基本支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表",
        "财政拨款\"三公\"经费支出决算表",
    ];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[]
        {
            "shanghai-finance-bureau-2025-unit-budget", "shanghai-putuo-commerce-2025-budget", "shanghai-putuo-commerce-2025-unit-budget",
            "shanghai-putuo-finance-bureau-2025-budget", "shanghai-putuo-government-office-2025-budget",
            "shanghai-putuo-government-office-2025-unit-budget", "shanghai-putuo-social-work-2024-settlement",
            "shanghai-putuo-wanli-street-2023-budget", "shanghai-putuo-wanli-street-2024-budget", "shanghai-settlement-2024-template",
        })
        {
            data.Add(name + ".txt");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_CorpusText_FindsTableRegions(string file)
    {
        var folder = SharedDocuments.Folder("corpus", output);
        if (folder is null)
        {
            return;
        }

        var settlement = file.Contains("settlement", StringComparison.Ordinal);
        var titles = settlement ? SettlementTitles : BudgetTitles;
        var specs = titles.Select((t, i) => Spec(i, t, settlement)).ToImmutableArray();
        var document = TableImporter.Import(TextLayoutReader.ReadFile(Path.Combine(folder, file)), new TableImportOptions { Specs = specs });

        foreach (var table in document.Tables)
        {
            output.WriteLine($"{table.TableId} p.{string.Join(',', table.Pages)} '{table.PrintedTitle}' {table.Precision} rows {table.Rows.Length} cells {table.CellCount} empty {table.IsDeclaredEmpty}");
        }

        var found = document.Tables.Select(t => t.TableId).Distinct().Count();
        output.WriteLine($"{file}: {found} of {titles.Length} titles found, {document.Tables.Sum(t => t.CellCount)} cells read, {document.NotUnderstood.Count()} not understood");
        found.ShouldBe(titles.Length);
        document.Tables.Length.ShouldBe(titles.Length, "each table region is found once (目录 entries are text)");
    }

    // The built-in table each Shanghai title corresponds to: its columns and lines serve until the Shanghai sets land.
    private static readonly string[] BudgetIds = ["表1", "表2", "表3", "表4", "表5-1", "表8", "表9", "表6", "表7"];
    private static readonly string[] SettlementIds = ["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"];

    private static ImportTableSpec Spec(int index, string title, bool settlement)
    {
        var rest = title.StartsWith("部门", StringComparison.Ordinal) ? title[2..] : title;
        var builtIn = (settlement ? BuiltInImportSpecs.Settlement : BuiltInImportSpecs.Budget)
            .Single(s => s.TableId == (settlement ? SettlementIds : BudgetIds)[index]);
        return builtIn with
        {
            TableId = "T" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Titles = [title, "单位" + rest, "预算单位" + rest],
            RowKinds = [.. builtIn.RowKinds.Union([RowKeyKind.Total, RowKeyKind.Functional])],
            EmptyNotes = ["本表无数据", "本表为空表"],
            Definition = null,
        };
    }
}
