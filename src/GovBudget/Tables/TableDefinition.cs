using GovBudget.Collections;

namespace GovBudget.Tables;

/// <summary>
/// A kind of table: its id, names, which row keys it takes, its columns in printed order and, for summary tables,
/// its fixed lines. The built-in kinds are in <see cref="Budget.BudgetTables"/>,
/// <see cref="Budget.LegacyBudgetTables"/> and <see cref="Settlement.SettlementTables"/>; users may define more.
/// </summary>
public sealed record TableDefinition
{
    /// <summary>Creates a table kind.</summary>
    /// <exception cref="ArgumentException">Column ids are not unique, or there is no column.</exception>
    public TableDefinition(
        string id,
        string nameZh,
        string nameEn,
        DisclosureKind disclosure,
        EquatableArray<RowKeyKind> rowKinds,
        EquatableArray<ColumnDefinition> columns,
        EquatableArray<LineDefinition> lines = default,
        EquatableArray<string> printedFormulas = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(nameZh);
        ArgumentNullException.ThrowIfNull(nameEn);
        Internal.Preconditions.CheckArgument(columns.Count > 0, nameof(columns), "A table needs at least one column.");
        Internal.Preconditions.CheckArgument(
            columns.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() == columns.Count,
            nameof(columns),
            "Column ids must be unique.");
        Id = id;
        NameZh = nameZh;
        NameEn = nameEn;
        Disclosure = disclosure;
        RowKinds = rowKinds;
        Columns = columns;
        Lines = lines;
        PrintedFormulas = printedFormulas;
    }

    /// <summary>The table id as printed (<c>表5-1</c>, <c>公开01</c>); unique within a disclosure.</summary>
    public string Id { get; }

    /// <summary>The Chinese title.</summary>
    public string NameZh { get; }

    /// <summary>The English title.</summary>
    public string NameEn { get; }

    /// <summary>Budget or settlement.</summary>
    public DisclosureKind Disclosure { get; }

    /// <summary>The kinds of row key the table accepts.</summary>
    public EquatableArray<RowKeyKind> RowKinds { get; }

    /// <summary>The columns in printed order.</summary>
    public EquatableArray<ColumnDefinition> Columns { get; }

    /// <summary>The fixed lines of a summary table (empty for tables whose rows are open-ended).</summary>
    public EquatableArray<LineDefinition> Lines { get; }

    /// <summary>The formulas printed under the table (<c>27行 = (1+2+…+8)行</c>), as documentation.</summary>
    public EquatableArray<string> PrintedFormulas { get; }

    /// <summary><see langword="true"/> when rows are keyed by a subject tree (functional or economic codes).</summary>
    public bool IsSubjectTree => RowKinds.Contains(RowKeyKind.Functional) || RowKinds.Contains(RowKeyKind.Economic);

    /// <summary>The index of the column with id <paramref name="columnId"/>, or -1.</summary>
    public int ColumnIndex(string columnId)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Id, columnId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The column with id <paramref name="columnId"/>, or the one whose printed number (栏次) is the given number.</summary>
    public ColumnDefinition? FindColumn(string columnId)
    {
        var index = ColumnIndex(columnId);
        if (index >= 0)
        {
            return Columns[index];
        }

        return int.TryParse(columnId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? Columns.FirstOrDefault(c => c.Number == number)
            : null;
    }

    /// <summary>The fixed line with key <paramref name="key"/>, if the table has one.</summary>
    public LineDefinition? FindLine(RowKey key) => Lines.FirstOrDefault(l => l.Key == key);
}
