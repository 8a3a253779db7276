using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GovBudget.Classification;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Import.Tables;

/// <summary>
/// The one place that turns a table set (<see cref="TableSet"/>: titles, header texts, line labels, empty-table notes —
/// all data, see docs/table-sets.md) into import specs. Computed once per set.
/// </summary>
internal static class TableSetImportSpecs
{
    // Notes that mean "this table is empty" in every layout seen, besides the set's own.
    private static readonly ImmutableArray<string> EmptyNotes = ["本表无数据", "本表为空表", "没有使用", "无政府性基金", "无国有资本经营", "无一般公共预算“三公”经费支出"];

    private static readonly ConditionalWeakTable<TableSet, StrongBox<ImmutableArray<ImportTableSpec>>> Cache = new();

    /// <summary>The specs of every table of <paramref name="set"/>, in printed order.</summary>
    public static ImmutableArray<ImportTableSpec> For(TableSet set)
        => Cache.GetValue(set, static s => new StrongBox<ImmutableArray<ImportTableSpec>>([.. s.Tables.Select(FromTable)])).Value;

    /// <summary>Builds the spec of one table of a set.</summary>
    public static ImportTableSpec FromTable(TableSetTable table)
    {
        var definition = table.Definition;
        var titles = table.Titles.Append(definition.NameZh).Distinct(StringComparer.Ordinal);
        var twoSided = definition.Lines.Any(l => l.Side is not null);
        var columns = definition.Columns.Select((c, i) => new ImportColumnSpec(
            c.Id,
            [.. table.HeadersOf(c.Id).Concat([c.NameZh, LastSegment(c.Id), c.Id]).Concat(c.Id == "合计" ? ["总计", "小计"] : []).Distinct(StringComparer.Ordinal)],
            c.Group,
            c.Kind,
            twoSided ? SideOf(table, c.Id, i) : null,
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

            var printed = table.Lines.FirstOrDefault(p => p.Key == l.Key)?.PrintedLabels ?? [];
            string[] labels = [label, SubjectNames.WithoutOrdinal(label), .. printed, .. printed.Select(SubjectNames.WithoutOrdinal)];
            return new ImportLineSpec(l.Key, [.. labels.Distinct(StringComparer.Ordinal)], l.Side, l.Subject, parent);
        });
        return new ImportTableSpec(
            definition.Id,
            definition.Disclosure,
            [.. titles],
            [.. definition.RowKinds],
            [.. columns],
            [.. lines],
            [.. table.EmptyNotes.Concat(EmptyNotes).Distinct(StringComparer.Ordinal)])
        {
            Definition = definition,
        };
    }

    /// <summary>
    /// The side a column of a two-sided table is printed on, as the set declares it (a column without a side, L1 合计, is
    /// printed in every block); a column the set does not list: the first on the income side, the others on the other.
    /// </summary>
    private static string? SideOf(TableSetTable table, string columnId, int index)
    {
        if (table.Columns.FirstOrDefault(c => c.ColumnId == columnId) is { } declared)
        {
            return declared.Side;
        }

        return table.Definition.Columns.Count > 1 ? (index == 0 ? "收入" : "支出") : null;
    }

    private static string LastSegment(string id) => id.Contains('.', StringComparison.Ordinal) ? id[(id.LastIndexOf('.') + 1)..] : id;
}
