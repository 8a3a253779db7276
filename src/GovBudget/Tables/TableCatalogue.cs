using System.Globalization;
using System.Text;
using GovBudget.TableSets;

namespace GovBudget.Tables;

/// <summary>Writes the table catalogue (<c>docs/tables.md</c>) from the built-in table sets themselves.</summary>
public static class TableCatalogue
{
    /// <summary>The Markdown catalogue of every built-in table set and its tables.</summary>
    public static string ToMarkdown() => ToMarkdown(TableSetRegistry.BuiltIn.All);

    /// <summary>The Markdown catalogue of <paramref name="sets"/>.</summary>
    public static string ToMarkdown(IEnumerable<TableSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var md = new StringBuilder();
        md.Append("# Table catalogue\n\n");
        md.Append("Generated from the table sets (`src/GovBudget/TableSets/Data/*.json`, see [table-sets.md](table-sets.md)) by\n");
        md.Append("`TableCatalogue.ToMarkdown()`; `GeneratedDocsTests` fails when this page is stale (regenerate with\n");
        md.Append("`GOVBUDGET_UPDATE_DOCS=1 dotnet test`). Every table is a `Table`: rows keyed by a typed `RowKey`, cells addressed by\n");
        md.Append("(table id, row key, column id); column ids are also accepted as printed 栏次 numbers. Table ids are scoped to their set.\n\n");
        md.Append("Structured tables that are not grids: 表11 整体支出绩效目标表 (`OverallPerformanceGoal`), 表12 项目支出绩效目标表\n");
        md.Append("(`ProjectPerformanceGoal`, one per project), 绩效自评表 (`PerformanceSelfEvaluation`, department and project level).\n");
        foreach (var set in sets)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## `{set.Id}`: {set.NameZh}\n\n{set.NameEn}. {Kind(set.Kind)}, catalog editions {set.Editions.From}–{(set.Editions.To == 2999 ? string.Empty : set.Editions.To.ToString(CultureInfo.InvariantCulture))}, {(set.Scope == TableSetScope.Unit ? "unit (单位)" : "department (部门)")} wording; {set.Rules.Rules.Length} rules ([rule-catalogue.md](rule-catalogue.md)).\n");
            if (!set.TableRolesByName.IsEmpty || !set.CellRoles.IsEmpty)
            {
                md.Append("\nRoles: ");
                md.Append(string.Join(", ", set.TableRolesByName.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"`{r.Key}` → {r.Value}")
                    .Concat(set.CellRoles.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"`{r.Key}` → {r.Value}"))));
                md.Append(".\n");
            }

            foreach (var table in set.Tables)
            {
                Table(md, table);
            }
        }

        return md.ToString();
    }

    private static string Kind(DisclosureKind kind) => kind == DisclosureKind.Budget ? "Budget (预算)" : "Settlement (决算)";

    private static void Table(StringBuilder md, TableSetTable table)
    {
        var t = table.Definition;
        md.Append(CultureInfo.InvariantCulture, $"\n### {t.Id} {t.NameZh}\n\n{t.NameEn}.{(table.Required ? string.Empty : " Optional.")}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Printed titles: {string.Join("; ", table.Titles)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Rows: {string.Join(", ", t.RowKinds.Select(k => k.ToString()))}");
        if (t.Lines.Count > 0)
        {
            md.Append("; fixed lines: ");
            md.Append(string.Join(", ", t.Lines.Select(l => (l.Key.LineNumber is { } n ? n.ToString(CultureInfo.InvariantCulture) + " " : string.Empty) + l.Label + (l.Subject is { } s ? $" ({s})" : string.Empty))));
        }

        md.Append('\n');
        md.Append("- Columns: ");
        md.Append(string.Join(", ", t.Columns.Select(c => $"`{c.Id}`" + (c.Number is { } n ? $" (栏{n})" : string.Empty) + (c.Kind == ColumnKind.Text ? " (text)" : string.Empty) + Headers(table, c))));
        md.Append('\n');
        if (t.PrintedFormulas.Count > 0)
        {
            md.Append("- Printed formulas: ");
            md.Append(string.Join("; ", t.PrintedFormulas));
            md.Append('\n');
        }

        if (table.EmptyNotes.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"- Printed empty with a note containing: {string.Join("; ", table.EmptyNotes)}\n");
        }

        if (table.Rules.Length > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"- Rules: {string.Join(", ", table.Rules.Select(r => $"`{r.Id}`"))}\n");
        }
    }

    private static string Headers(TableSetTable table, ColumnDefinition column)
    {
        var headers = table.HeadersOf(column.Id);
        return headers.Count == 1 && headers[0] == column.Id ? string.Empty : " \"" + string.Join("\" / \"", headers) + "\"";
    }
}
