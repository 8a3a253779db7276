using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Collections;

namespace GovBudget.Tables;

/// <summary>
/// A published table: its kind, the precision its figures are printed at, and its rows as printed. Every cell is
/// addressed by (table id, row key, column id), so rules, renderers and serializers treat all tables alike.
/// Immutable, with structural equality. Build one with <see cref="Building.TableBuilder"/>.
/// </summary>
public sealed class Table : IEquatable<Table>
{
    // Plain dictionaries, never written after construction: a table is built once per document read and looked up a
    // few times per rule, so FrozenDictionary's costly construction does not pay off.
    private readonly Dictionary<RowKey, int> _index;
    private readonly ImmutableArray<RowKey?> _parents;
    private readonly Dictionary<RowKey, ImmutableArray<int>> _children;
    private readonly ImmutableArray<int>[] _childIndexes;

    /// <summary>Creates a table. Prefer <see cref="Building.TableBuilder"/>, which reports every structural problem at once.</summary>
    /// <param name="definition">The table kind.</param>
    /// <param name="precision">The precision the figures are printed at.</param>
    /// <param name="rows">The rows in printed order.</param>
    /// <param name="remark">A remark printed with the table.</param>
    /// <param name="incompleteReason">Why rows are known to be missing, if they are.</param>
    /// <param name="printedColumns">The ids of the columns the document prints, when it prints fewer than the kind has (default: all). A column not printed is not blank: its cells are empty and rules that need it report it as not checkable.</param>
    /// <exception cref="ArgumentException">A row key repeats, a row does not have one cell per column, a printed column is not a column of the kind, or a column not printed has a value.</exception>
    public Table(TableDefinition definition, Precision precision, EquatableArray<TableRow> rows, string? remark = null, string? incompleteReason = null, EquatableArray<string> printedColumns = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _notPrinted = NotPrinted(definition, printedColumns);
        PrintedColumns = _notPrinted is null ? [] : printedColumns;
        Precision = precision;
        Rows = rows;
        Remark = remark;
        IncompleteReason = incompleteReason;
        var index = new Dictionary<RowKey, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw new ArgumentException("A row is null.", nameof(rows));
            // The messages are built only on failure.
            if (!index.TryAdd(row.Key, i))
            {
                Internal.Preconditions.CheckArgument(false, nameof(rows), $"Row {row.Key} appears twice in {definition.Id}.");
            }

            if (row.Cells.Count != definition.Columns.Count)
            {
                Internal.Preconditions.CheckArgument(false, nameof(rows), $"Row {row.Key} of {definition.Id} has {row.Cells.Count} cells for {definition.Columns.Count} columns.");
            }

            if (_notPrinted is not null)
            {
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    if (_notPrinted[c] && !row.Cells[c].IsEmpty)
                    {
                        Internal.Preconditions.CheckArgument(false, nameof(rows), $"Row {row.Key} of {definition.Id} has a value in column {definition.Columns[c].Id}, which the table does not print.");
                    }
                }
            }
        }

        _index = index;
        foreach (var row in rows)
        {
            if (row.Key.FunctionalCode is { } f && (_topFunctional is null || f.Level < _topFunctional))
            {
                _topFunctional = f.Level;
            }
            else if (row.Key.EconomicCode is { } e && (_topEconomic is null || e.Level < _topEconomic))
            {
                _topEconomic = e.Level;
            }
        }

        var parents = ImmutableArray.CreateBuilder<RowKey?>(rows.Count);
        var children = new Dictionary<RowKey, List<int>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var parent = FindParent(rows[i]);
            parents.Add(parent);
            if (parent is { } p)
            {
                if (!children.TryGetValue(p, out var list))
                {
                    children[p] = list = [];
                }

                list.Add(i);
            }
        }

        _parents = parents.MoveToImmutable();
        _children = new Dictionary<RowKey, ImmutableArray<int>>(children.Count);
        foreach (var (key, list) in children)
        {
            _children[key] = [.. list];
        }

        _childIndexes = new ImmutableArray<int>[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            _childIndexes[i] = _children.TryGetValue(rows[i].Key, out var kids) ? kids : [];
        }
    }

    private readonly bool[]? _notPrinted;

    // The highest subject level the table prints (类 for most tables; 项 for a table that lists only 项): a row below it
    // with no printed ancestor is an orphan, not a child of 合计.
    private readonly SubjectLevel? _topFunctional;
    private readonly SubjectLevel? _topEconomic;

    /// <summary>The table kind.</summary>
    public TableDefinition Definition { get; }

    /// <summary>
    /// The ids of the columns the document prints, in the kind's order, when it prints fewer than the kind has; empty
    /// when every column is printed (see <see cref="IsPrinted(int)"/>).
    /// </summary>
    public EquatableArray<string> PrintedColumns { get; }

    /// <summary><see langword="true"/> when the column at <paramref name="columnIndex"/> is printed.</summary>
    public bool IsPrinted(int columnIndex) => _notPrinted is null || (uint)columnIndex >= (uint)_notPrinted.Length || !_notPrinted[columnIndex];

    /// <summary><see langword="true"/> when the column with id (or 栏次) <paramref name="columnId"/> is printed; an unknown column is not.</summary>
    public bool IsPrinted(string columnId)
        => Definition.FindColumn(columnId) is { } column && IsPrinted(Definition.ColumnIndex(column.Id));

    private static bool[]? NotPrinted(TableDefinition definition, EquatableArray<string> printed)
    {
        if (printed.Count == 0)
        {
            return null;
        }

        var notPrinted = new bool[definition.Columns.Count];
        Array.Fill(notPrinted, true);
        foreach (var id in printed)
        {
            var index = definition.ColumnIndex(id);
            Internal.Preconditions.CheckArgument(index >= 0, nameof(printed), $"Table {definition.Id} has no column '{id}' to print.");
            notPrinted[index] = false;
        }

        return notPrinted.Contains(true) ? notPrinted : null;
    }

    /// <summary>The table id (<c>表5-1</c>, <c>公开01</c>).</summary>
    public string Id => Definition.Id;

    /// <summary>The precision the figures are printed at (e.g. 0.01 万元).</summary>
    public Precision Precision { get; }

    /// <summary>The rows in printed order.</summary>
    public EquatableArray<TableRow> Rows { get; }

    /// <summary>A remark printed with the table (<c>备注:本单位 2026 年没有使用政府性基金拨款安排的支出</c>), if any.</summary>
    public string? Remark { get; }

    /// <summary>
    /// Why the rows are known to be incomplete (rows lost in the source, e.g. a PDF page the extraction dropped), or
    /// <see langword="null"/> for a complete table. Rules treat a row missing from an incomplete table as unknown
    /// rather than zero, and do not check its 合计 row against its children.
    /// </summary>
    public string? IncompleteReason { get; }

    /// <summary><see langword="true"/> when the table is known to be incomplete (<see cref="IncompleteReason"/>).</summary>
    public bool IsIncomplete => IncompleteReason is not null;

    /// <summary>Finds a row by key.</summary>
    public bool TryGetRow(RowKey key, [NotNullWhen(true)] out TableRow? row)
    {
        if (_index.TryGetValue(key, out var i))
        {
            row = Rows[i];
            return true;
        }

        row = null;
        return false;
    }

    /// <summary><see langword="true"/> when the table has a row with this key.</summary>
    public bool Contains(RowKey key) => _index.ContainsKey(key);

    /// <summary>
    /// The cell at (<paramref name="key"/>, <paramref name="columnId"/>); an empty cell when the row is not printed.
    /// The column may be given by id or by its printed number (栏次).
    /// </summary>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public Cell GetCell(RowKey key, string columnId)
    {
        var column = ColumnIndexOrThrow(columnId);
        return _index.TryGetValue(key, out var i) ? Rows[i].Cells[column] : Cell.Empty;
    }

    /// <summary>The printed figure at (<paramref name="key"/>, <paramref name="columnId"/>), or <see langword="null"/> for an empty cell or missing row.</summary>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public ReportedValue? GetValue(RowKey key, string columnId)
        => GetCell(key, columnId).Amount is { } amount ? new ReportedValue(amount, Precision) : null;

    /// <summary>
    /// The parent row of <paramref name="key"/>: the explicit parent of grouped rows, else the nearest printed
    /// ancestor code, else the 合计 row for a top-level subject; <see langword="null"/> for the total row or a row
    /// not in the table.
    /// </summary>
    public RowKey? ParentOf(RowKey key) => _index.TryGetValue(key, out var i) ? _parents[i] : null;

    /// <summary>The index of the row with key <paramref name="key"/> in <see cref="Rows"/>, or -1.</summary>
    internal int IndexOf(RowKey key) => _index.TryGetValue(key, out var i) ? i : -1;

    /// <summary>The indexes of the children of the row at <paramref name="rowIndex"/>, in printed order (empty for a leaf).</summary>
    internal ImmutableArray<int> ChildIndexes(int rowIndex) => _childIndexes[rowIndex];

    /// <summary>The printed rows whose parent is <paramref name="key"/>, in printed order.</summary>
    public IEnumerable<TableRow> ChildrenOf(RowKey key)
        => _children.TryGetValue(key, out var indexes) ? indexes.Select(i => Rows[i]) : [];

    /// <summary><see langword="true"/> when at least one printed row has <paramref name="key"/> as parent.</summary>
    public bool HasChildren(RowKey key) => _children.ContainsKey(key);

    /// <summary>
    /// The sum of the children of <paramref name="key"/> in a column (blank cells count as zero), or
    /// <see langword="null"/> when the row has no children or every child cell is blank.
    /// </summary>
    public Amount? SumOfChildren(RowKey key, string columnId)
    {
        var column = ColumnIndexOrThrow(columnId);
        if (!_children.TryGetValue(key, out var indexes))
        {
            return null;
        }

        Amount? sum = null;
        foreach (var i in indexes)
        {
            if (Rows[i].Cells[column].Amount is { } amount)
            {
                sum = (sum ?? Amount.Zero) + amount;
            }
        }

        return sum;
    }

    /// <summary>Every cell with its address, row by row in printed order.</summary>
    public IEnumerable<(CellAddress Address, Cell Cell)> EnumerateCells()
    {
        foreach (var row in Rows)
        {
            for (var c = 0; c < Definition.Columns.Count; c++)
            {
                yield return (new CellAddress(Id, row.Key, Definition.Columns[c].Id), row.Cells[c]);
            }
        }
    }

    /// <summary>
    /// A copy in which every row that has children holds, in every amount column, the sum of its children, computed
    /// bottom-up (项 → 款 → 类 → 合计). Leaves stay as printed.
    /// </summary>
    public Table WithRollUps()
    {
        var cells = Rows.Select(r => r.Cells.ToArray()).ToArray();
        var order = Enumerable.Range(0, Rows.Count).OrderByDescending(Depth).ToArray();
        foreach (var i in order)
        {
            if (!_children.TryGetValue(Rows[i].Key, out var kids))
            {
                continue;
            }

            for (var c = 0; c < Definition.Columns.Count; c++)
            {
                if (Definition.Columns[c].Kind != ColumnKind.Amount || !IsPrinted(c))
                {
                    continue;
                }

                Amount? sum = null;
                foreach (var k in kids)
                {
                    if (cells[k][c].Amount is { } amount)
                    {
                        sum = (sum ?? Amount.Zero) + amount;
                    }
                }

                cells[i][c] = sum is { } s ? Cell.FromAmount(s) : Cell.Empty;
            }
        }

        var rows = Rows.Select((r, i) => r with { Cells = cells[i] }).ToEquatableArray();
        return new Table(Definition, Precision, rows, Remark, IncompleteReason, PrintedColumns);
    }

    /// <inheritdoc />
    public bool Equals(Table? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Definition.Equals(other.Definition) && Precision == other.Precision && Rows == other.Rows
                    && string.Equals(Remark, other.Remark, StringComparison.Ordinal)
                    && string.Equals(IncompleteReason, other.IncompleteReason, StringComparison.Ordinal)
                    && PrintedColumns.Equals(other.PrintedColumns)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Table);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Definition.Id, Precision, Rows.Count);

    /// <summary>The table id and title.</summary>
    public override string ToString() => $"{Id} {Definition.NameZh} ({Rows.Count} rows)";

    private int Depth(int index)
    {
        var depth = 0;
        for (var p = _parents[index]; p is { } key && _index.TryGetValue(key, out var pi); p = _parents[pi])
        {
            depth++;
        }

        return depth;
    }

    private int ColumnIndexOrThrow(string columnId)
    {
        ArgumentNullException.ThrowIfNull(columnId);
        var column = Definition.FindColumn(columnId);
        return column is null
            ? throw new ArgumentException($"Table {Id} has no column '{columnId}'.", nameof(columnId))
            : Definition.ColumnIndex(column.Id);
    }

    private RowKey? FindParent(TableRow row)
    {
        if (row.Parent is { } explicitParent)
        {
            return explicitParent;
        }

        var key = row.Key;
        if (key.Kind == RowKeyKind.Functional)
        {
            // The nearest printed ancestor: 款 for a 项, else the 类.
            for (var current = key.FunctionalCode!.Value.Parent; current is { } code; current = code.Parent)
            {
                if (_index.ContainsKey(RowKey.Functional(code)))
                {
                    return RowKey.Functional(code);
                }
            }
        }
        else if (key.Kind == RowKeyKind.Economic && key.EconomicCode!.Value.Parent is { } p && _index.ContainsKey(RowKey.Economic(p)))
        {
            return RowKey.Economic(p);
        }

        if (IsOrphanKey(key))
        {
            // A 款 or 项 whose 类 the table does not print: summing it into 合计 would add a row of another level.
            return null;
        }

        return key.Kind is RowKeyKind.Functional or RowKeyKind.Economic && _index.ContainsKey(RowKey.Total) ? RowKey.Total : null;
    }

    /// <summary>
    /// Whether the row <paramref name="key"/> is an orphan: a subject below the highest level the table prints whose
    /// printed ancestors are all missing (a 款 printed without its 类). Orphans are nobody's children: roll-ups never
    /// sum them into 合计.
    /// </summary>
    public bool IsOrphan(RowKey key) => _index.ContainsKey(key) && _parents[_index[key]] is null && IsOrphanKey(key);

    private bool IsOrphanKey(RowKey key) => key.Kind switch
    {
        RowKeyKind.Functional => key.FunctionalCode!.Value.Level > _topFunctional,
        RowKeyKind.Economic => key.EconomicCode!.Value.Level > _topEconomic,
        _ => false,
    };
}
