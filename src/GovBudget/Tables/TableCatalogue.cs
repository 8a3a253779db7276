using System.Globalization;
using System.Text;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Settlement;

namespace GovBudget.Tables;

/// <summary>Writes the table catalogue (<c>docs/tables.md</c>) from the table kinds themselves.</summary>
public static class TableCatalogue
{
    private static readonly Dictionary<string, string> Seeds = new(StringComparer.Ordinal)
    {
        ["表1"] = "武昌 2026, 黄陂 2023",
        ["表2"] = "武昌 2026, 黄陂 2023",
        ["表3"] = "武昌 2026, 黄陂 2023, 洪山 2021 (八)",
        ["表4"] = "武昌 2026, 黄陂 2023",
        ["表5-1"] = "武昌 2026, 黄陂 2023, 洪山 2021 (二)",
        ["表5-2"] = "武昌 2026",
        ["表6"] = "武昌 2026, 黄陂 2023, 洪山 2021 (三)",
        ["表7"] = "武昌 2026, 黄陂 2023",
        ["表8"] = "武昌 2026 (empty), 黄陂 2023 (empty)",
        ["表9"] = "武昌 2026 (empty)",
        ["表10"] = "武昌 2026, 黄陂 2023",
        ["政府采购预算表"] = "黄陂 2023 (十二, in 元, no rows)",
        ["L1"] = "洪山 2021 (一)",
        ["L4"] = "洪山 2021 (四)",
        ["L5"] = "洪山 2021 (五)",
        ["L6"] = "洪山 2021 (六)",
        ["L7"] = "洪山 2021 (七)",
        ["L9"] = "洪山 2021 (九)",
        ["L10"] = "洪山 2021 (十)",
        ["L11"] = "洪山 2021 (十一)",
    };

    /// <summary>The Markdown catalogue of every built-in table kind.</summary>
    public static string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# Table catalogue\n\n");
        md.Append("Generated from the table kinds by `TableCatalogue.ToMarkdown()`; `GeneratedDocsTests` fails when this page is stale\n");
        md.Append("(regenerate with `GOVBUDGET_UPDATE_DOCS=1 dotnet test`). Every table is a `Table`: rows keyed by a typed `RowKey`,\n");
        md.Append("cells addressed by (table id, row key, column id); column ids are also accepted as printed 栏次 numbers.\n\n");
        md.Append("Structured tables that are not grids: 表11 整体支出绩效目标表 (`OverallPerformanceGoal`), 表12 项目支出绩效目标表\n");
        md.Append("(`ProjectPerformanceGoal`, one per project; seeds: 武昌 2026, 黄陂 2023, 洪山 2021), 绩效自评表 (`PerformanceSelfEvaluation`,\n");
        md.Append("department and project level; seed: 洪山 2023 决算). \n");
        Section(md, "Budget, current layout (`BudgetTables`)", BudgetTables.All);
        Section(md, "Budget, older layout (`LegacyBudgetTables`)", LegacyBudgetTables.All);
        Section(md, "Settlement (`SettlementTables`, seed: 洪山 2023 决算)", SettlementTables.All);
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, IEnumerable<TableDefinition> tables)
    {
        md.Append(CultureInfo.InvariantCulture, $"\n## {title}\n");
        foreach (var t in tables)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n### {t.Id} {t.NameZh}\n\n{t.NameEn}.");
            if (Seeds.TryGetValue(t.Id, out var seeds))
            {
                md.Append(CultureInfo.InvariantCulture, $" Seen in: {seeds}.");
            }

            md.Append("\n\n");
            md.Append(CultureInfo.InvariantCulture, $"- Rows: {string.Join(", ", t.RowKinds.Select(k => k.ToString()))}");
            if (t.Lines.Count > 0)
            {
                md.Append("; fixed lines: ");
                md.Append(string.Join(", ", t.Lines.Select(l => (l.Key.LineNumber is { } n ? n.ToString(CultureInfo.InvariantCulture) + " " : string.Empty) + l.Label + (l.Subject is { } s ? $" ({s})" : string.Empty))));
            }

            md.Append('\n');
            md.Append("- Columns: ");
            md.Append(string.Join(", ", t.Columns.Select(c => $"`{c.Id}`" + (c.Number is { } n ? $" (栏{n})" : string.Empty) + (c.Kind == ColumnKind.Text ? " (text)" : string.Empty))));
            md.Append('\n');
            if (t.PrintedFormulas.Count > 0)
            {
                md.Append("- Printed formulas: ");
                md.Append(string.Join("; ", t.PrintedFormulas));
                md.Append('\n');
            }
        }
    }
}
