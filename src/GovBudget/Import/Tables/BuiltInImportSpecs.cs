using System.Collections.Frozen;
using System.Collections.Immutable;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Settlement;

namespace GovBudget.Import.Tables;

/// <summary>
/// The one place that turns the built-in table definitions into import specs, with the printed titles the seed
/// documents use. To be replaced by specs produced from a table set (docs/table-sets.md).
/// </summary>
internal static class BuiltInImportSpecs
{
    // Printed titles besides the definitions' NameZh, as the seeds print them (after numbering and years are stripped).
    private static readonly FrozenDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["表1"] = ["收支总表", "部门收支总表", "部门财务收支预算总表"],
        ["表2"] = ["收入总表", "部门收入预算总表"],
        ["表3"] = ["支出总表", "部门支出预算总表"],
        ["表4"] = ["部门财政拨款收支预算总表", "财政拨款收支预算总表"],
        ["表5-1"] = ["一般公共预算支出表", "一般公共预算支出表(分功能科目)", "部门一般公共预算支出功能分类预算表"],
        ["表5-2"] = ["一般公共预算支出表(分单位)"],
        ["表6"] = ["一般公共预算基本支出表", "部门一般公共预算基本支出部门预算经济分类预算表"],
        ["表7"] = ["一般公共预算\"三公\"经费支出表"],
        ["表8"] = ["政府性基金预算支出表", "部门政府性基金预算支出功能分类预算表"],
        ["表9"] = ["国有资本经营预算支出表", "部门国有资本经营预算支出功能分类预算表"],
        ["表10"] = ["项目支出表", "项目支出情况表"],
        ["公开01"] = ["公开01表"],
        ["公开02"] = ["公开02表"],
        ["公开03"] = ["公开03表"],
        ["公开04"] = ["公开04表"],
        ["公开05"] = ["公开05表"],
        ["公开06"] = ["公开06表"],
        ["公开07"] = ["公开07表"],
        ["公开08"] = ["公开08表"],
        ["公开09"] = ["公开09表"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ImmutableArray<string> EmptyNotes = ["本表无数据", "本表为空表", "没有使用", "无政府性基金", "无国有资本经营", "无一般公共预算“三公”经费支出"];

    private static readonly Lazy<ImmutableArray<ImportTableSpec>> BudgetSpecs = new(() => [.. BudgetTables.All.Select(FromDefinition)]);
    // The older budget layout (洪山 2021): its own summary tables, and 表5-1, 表6, 表3 of the current kinds.
    private static readonly Lazy<ImmutableArray<ImportTableSpec>> LegacyBudgetSpecs = new(() =>
    [
        .. LegacyBudgetTables.All.Select(FromDefinition),
        FromDefinition(BudgetTables.GeneralBudgetByFunction),
        FromDefinition(BudgetTables.GeneralBudgetBasicByEconomic),
        FromDefinition(BudgetTables.ExpenditureSummary),
    ]);

    private static readonly Lazy<ImmutableArray<ImportTableSpec>> SettlementSpecs = new(() => [.. SettlementTables.All.Select(FromDefinition)]);

    /// <summary>The specs of the current budget layout (表1–表10, 政府采购预算表).</summary>
    public static ImmutableArray<ImportTableSpec> Budget => BudgetSpecs.Value;

    /// <summary>The specs of the older budget layout.</summary>
    public static ImmutableArray<ImportTableSpec> LegacyBudget => LegacyBudgetSpecs.Value;

    /// <summary>The specs of the settlement layout (公开01–公开09).</summary>
    public static ImmutableArray<ImportTableSpec> Settlement => SettlementSpecs.Value;

    /// <summary>The specs for a disclosure kind.</summary>
    public static ImmutableArray<ImportTableSpec> For(DisclosureKind kind, BudgetLayout layout = BudgetLayout.Current)
        => kind == DisclosureKind.Settlement ? Settlement : layout == BudgetLayout.Legacy ? LegacyBudget : Budget;

    /// <summary>Builds the spec of one table definition.</summary>
    public static ImportTableSpec FromDefinition(TableDefinition definition)
    {
        var titles = new List<string> { definition.NameZh };
        if (Aliases.TryGetValue(definition.Id, out var extra))
        {
            titles.AddRange(extra);
        }

        var twoSided = definition.Lines.Any(l => l.Side is not null);
        var columns = definition.Columns.Select((c, i) => new ImportColumnSpec(
            c.Id,
            [.. new[] { c.NameZh, LastSegment(c.Id), c.Id }.Concat(c.Id == "合计" ? ["总计", "小计"] : []).Distinct(StringComparer.Ordinal)],
            c.Group,
            c.Kind,
            twoSided && definition.Columns.Count > 1 ? (i == 0 ? "收入" : "支出") : null,
            c.Number));
        var lines = definition.Lines.Select(l =>
        {
            var label = l.Label;
            string? parent = null;
            if (l.Key.Kind == RowKeyKind.Item && l.Key.Text is { } text && text.Contains('.', StringComparison.Ordinal))
            {
                parent = text[..text.IndexOf('.', StringComparison.Ordinal)];
                label = LastSegment(text);
            }

            return new ImportLineSpec(l.Key, [label], l.Side, l.Subject, parent);
        });
        return new ImportTableSpec(
            definition.Id,
            definition.Disclosure,
            [.. titles.Distinct(StringComparer.Ordinal)],
            [.. definition.RowKinds],
            [.. columns],
            [.. lines],
            EmptyNotes)
        {
            Definition = definition,
        };
    }

    private static string LastSegment(string id) => id.Contains('.', StringComparison.Ordinal) ? id[(id.LastIndexOf('.') + 1)..] : id;
}
