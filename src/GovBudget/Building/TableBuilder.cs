using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Tables;

namespace GovBudget.Building;

/// <summary>
/// Builds one <see cref="Table"/> from printed text. Cells are given as printed (<c>"1,002.76"</c>, <c>""</c>,
/// <c>"-"</c>); problems are collected and reported together by <see cref="Build"/> or <see cref="TryBuild"/>.
/// A builder cannot be used again after it has built.
/// </summary>
/// <example>
/// <code>
/// var table = new TableBuilder(BudgetTables.GeneralBudgetBasicByEconomic, Precision.WanYuan2)
///     .Total("524.86", "430.24", "94.62")
///     .Row(EconomicCode.Parse("301"), "工资福利支出", "429.14", "429.14", "")
///     .Build();
/// </code>
/// </example>
public sealed class TableBuilder
{
    private readonly List<PendingRow> _rows = [];
    private readonly List<BuildProblem> _problems = [];
    private string[] _columnOrder;
    private Precision _precision;
    private string? _remark;
    private string? _incomplete;
    private string[]? _printed;
    private bool _rollUp;
    private bool _built;

    /// <summary>Starts a table of kind <paramref name="definition"/> printed at <paramref name="precision"/>.</summary>
    public TableBuilder(TableDefinition definition, Precision precision)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _precision = precision;
        _columnOrder = [.. definition.Columns.Select(c => c.Id)];
    }

    /// <summary>The table kind being built.</summary>
    public TableDefinition Definition { get; }

    /// <summary>Sets the precision the table is printed at (e.g. a table in 元 inside a 万元 disclosure).</summary>
    public TableBuilder WithPrecision(Precision precision)
    {
        CheckNotBuilt();
        _precision = precision;
        return this;
    }

    /// <summary>
    /// Declares which columns the following <c>Row</c> calls give, in order, when the document prints only some
    /// of the kind's columns (表3 printing 合计/基本支出/项目支出 only). Columns may be given by id or 栏次 number.
    /// </summary>
    public TableBuilder Columns(params string[] columnIds)
    {
        ArgumentNullException.ThrowIfNull(columnIds);
        CheckNotBuilt();
        var order = new List<string>(columnIds.Length);
        foreach (var id in columnIds)
        {
            var column = Definition.FindColumn(id);
            if (column is null)
            {
                _problems.Add(new BuildProblem(BuildProblemCodes.UnknownColumn, $"Table {Definition.Id} has no column '{id}'.", Definition.Id, null, id));
            }
            else
            {
                order.Add(column.Id);
            }
        }

        _columnOrder = [.. order];
        return this;
    }

    /// <summary>Adds a row with cells in the current column order (see <see cref="Columns"/>).</summary>
    public TableBuilder Row(RowKey key, string? label, params string?[] cells) => AddRow(key, label, null, cells);

    /// <summary>Adds a row under an explicit parent (grouped tables such as 表10).</summary>
    public TableBuilder Row(RowKey key, string? label, RowKey parent, params string?[] cells) => AddRow(key, label, parent, cells);

    /// <summary>Adds a row keyed by a printed functional or economic code (<c>"2080505"</c>, <c>"210 15 01"</c>, <c>"30101"</c>), whichever the table takes.</summary>
    public TableBuilder Row(string code, string? label, params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(code);
        CheckNotBuilt();
        var takesEconomic = Definition.RowKinds.Contains(RowKeyKind.Economic);
        var takesFunctional = Definition.RowKinds.Contains(RowKeyKind.Functional);
        if (takesEconomic && EconomicCode.TryParse(code, out var economic))
        {
            return AddRow(RowKey.Economic(economic), label, null, cells);
        }

        if (takesFunctional && FunctionalCode.TryParse(code, out var functional))
        {
            return AddRow(RowKey.Functional(functional), label, null, cells);
        }

        _problems.Add(new BuildProblem(BuildProblemCodes.WrongRowKind, $"'{code}' is not a code that table {Definition.Id} takes.", Definition.Id));
        return this;
    }

    /// <summary>Adds the 合计 row.</summary>
    public TableBuilder Total(params string?[] cells) => AddRow(RowKey.Total, "合计", null, cells);

    /// <summary>Adds a numbered line (行次); the label comes from the table kind.</summary>
    public TableBuilder Line(int number, params string?[] cells)
    {
        CheckNotBuilt();
        if (number < 1)
        {
            _problems.Add(new BuildProblem(BuildProblemCodes.UnknownLine, string.Create(CultureInfo.InvariantCulture, $"Line {number} is not a line number."), Definition.Id));
            return this;
        }

        var key = RowKey.Line(number);
        return AddRow(key, Definition.FindLine(key)?.Label, null, cells);
    }

    /// <summary>Adds a named line of a fixed layout (本年收入合计 …); the label is the name.</summary>
    public TableBuilder Item(string name, params string?[] cells)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return AddRow(RowKey.Item(name), name, null, cells);
    }

    /// <summary>Sets one cell by column id (or 栏次 number) from printed text.</summary>
    public TableBuilder Cell(RowKey key, string columnId, string? printed)
    {
        ArgumentNullException.ThrowIfNull(columnId);
        CheckNotBuilt();
        var row = _rows.FirstOrDefault(r => r.Key == key);
        if (row is null)
        {
            row = new PendingRow(key, null, null, new Cell[Definition.Columns.Count]);
            _rows.Add(row);
        }

        var column = Definition.FindColumn(columnId);
        if (column is null)
        {
            _problems.Add(new BuildProblem(BuildProblemCodes.UnknownColumn, $"Table {Definition.Id} has no column '{columnId}'.", Definition.Id, key, columnId));
            return this;
        }

        row.Cells[Definition.ColumnIndex(column.Id)] = ParseCell(column, printed, key);
        return this;
    }

    /// <summary>Sets the remark printed with the table.</summary>
    public TableBuilder Remark(string remark)
    {
        CheckNotBuilt();
        _remark = remark;
        return this;
    }

    /// <summary>
    /// Marks the table as known to be incomplete (rows lost in the source) and says why; see <see cref="Table.IncompleteReason"/>.
    /// </summary>
    public TableBuilder Incomplete(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        CheckNotBuilt();
        _incomplete = reason;
        return this;
    }

    /// <summary>
    /// Says which columns the document prints, when it prints fewer than the kind has (a column not printed is not
    /// blank: rules that need it report it as not checkable, and renderers leave it out).
    /// </summary>
    public TableBuilder Printed(params string[] columnIds)
    {
        ArgumentNullException.ThrowIfNull(columnIds);
        CheckNotBuilt();
        foreach (var id in columnIds)
        {
            if (Definition.FindColumn(id) is null)
            {
                _problems.Add(new BuildProblem(BuildProblemCodes.UnknownColumn, $"Table {Definition.Id} has no column '{id}' to print.", Definition.Id, null, id));
            }
        }

        _printed = [.. columnIds.Select(id => Definition.FindColumn(id)?.Id).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(Definition.ColumnIndex)];
        return this;
    }

    /// <summary>
    /// Computes every parent row from its children when building: missing 类/款 rows and the 合计 row are added
    /// (named from the built-in catalog where known) and printed parent values are replaced by the sums.
    /// </summary>
    public TableBuilder RollUp(bool enabled = true)
    {
        CheckNotBuilt();
        _rollUp = enabled;
        return this;
    }

    /// <summary>Builds the table.</summary>
    /// <exception cref="DisclosureBuildException">The table has structural problems; all of them are listed.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public Table Build() => TryBuild(out var table, out var problems) ? table : throw new DisclosureBuildException(problems);

    /// <summary>Builds the table, or returns every structural problem.</summary>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public bool TryBuild([NotNullWhen(true)] out Table? table, out ImmutableArray<BuildProblem> problems)
    {
        CheckNotBuilt();
        _built = true;
        var all = new List<BuildProblem>(_problems);
        var rows = new List<TableRow>(_rows.Count);
        var seen = new HashSet<RowKey>();
        foreach (var row in _rows)
        {
            if (!seen.Add(row.Key))
            {
                all.Add(new BuildProblem(BuildProblemCodes.DuplicateRow, $"Row {row.Key} appears more than once.", Definition.Id, row.Key));
                continue;
            }

            rows.Add(new TableRow(row.Key, row.Label, row.Cells, row.Parent));
        }

        foreach (var row in rows)
        {
            for (var c = 0; _printed is not null && c < row.Cells.Count; c++)
            {
                if (!row.Cells[c].IsEmpty && !_printed.Contains(Definition.Columns[c].Id))
                {
                    all.Add(new BuildProblem(BuildProblemCodes.UnknownColumn, $"Row {row.Key} has a value in column {Definition.Columns[c].Id}, which the table does not print.", Definition.Id, row.Key, Definition.Columns[c].Id));
                }
            }

            if (row.Parent is { } parent && !seen.Contains(parent))
            {
                all.Add(new BuildProblem(BuildProblemCodes.UnknownParent, $"The parent {parent} of row {row.Key} is not in the table.", Definition.Id, row.Key));
            }
        }

        if (_rollUp)
        {
            AddMissingParents(rows, seen);
        }

        problems = [.. all];
        if (problems.Length > 0)
        {
            table = null;
            return false;
        }

        table = new Table(Definition, _precision, rows.ToEquatableArray(), _remark, _incomplete, _printed is { } printed ? printed : default(EquatableArray<string>));
        if (_rollUp)
        {
            table = table.WithRollUps();
        }

        return true;
    }

    /// <summary>The catalog edition used to name rows added by <see cref="RollUp"/> (set by <see cref="DisclosureBuilder"/>).</summary>
    internal int CatalogEdition { get; set; } = 2026;

    internal ImmutableArray<RowKey> RowKeys => [.. _rows.Select(r => r.Key)];

    private TableBuilder AddRow(RowKey key, string? label, RowKey? parent, string?[]? cells)
    {
        CheckNotBuilt();
        cells ??= [null];
        CheckRowKind(key);
        if (cells.Length > _columnOrder.Length)
        {
            _problems.Add(new BuildProblem(
                BuildProblemCodes.TooManyCells,
                string.Create(CultureInfo.InvariantCulture, $"Row {key} has {cells.Length} cells for {_columnOrder.Length} columns."),
                Definition.Id,
                key));
        }

        var values = new Cell[Definition.Columns.Count];
        for (var i = 0; i < Math.Min(cells.Length, _columnOrder.Length); i++)
        {
            var index = Definition.ColumnIndex(_columnOrder[i]);
            values[index] = ParseCell(Definition.Columns[index], cells[i], key);
        }

        _rows.Add(new PendingRow(key, label, parent, values));
        return this;
    }

    private void CheckRowKind(RowKey key)
    {
        if (!Definition.RowKinds.Contains(key.Kind))
        {
            _problems.Add(new BuildProblem(BuildProblemCodes.WrongRowKind, $"Table {Definition.Id} does not take rows keyed by {key.Kind}.", Definition.Id, key));
            return;
        }

        if (key.Kind == RowKeyKind.Functional && Definition.Lines.Count > 0 && key.FunctionalCode!.Value.Level != SubjectLevel.Class)
        {
            _problems.Add(new BuildProblem(BuildProblemCodes.WrongRowKind, $"Summary table {Definition.Id} lists expenditure by 类 only; {key} is a {key.FunctionalCode.Value.Level}.", Definition.Id, key));
        }

        if (key.Kind is RowKeyKind.Line or RowKeyKind.Item && Definition.Lines.Count > 0 && Definition.FindLine(key) is null)
        {
            _problems.Add(new BuildProblem(BuildProblemCodes.UnknownLine, $"Table {Definition.Id} has no line {key}.", Definition.Id, key));
        }
    }

    private Cell ParseCell(ColumnDefinition column, string? printed, RowKey key)
    {
        if (column.Kind == ColumnKind.Text)
        {
            return string.IsNullOrWhiteSpace(printed) ? Tables.Cell.Empty : Tables.Cell.FromText(printed.Trim());
        }

        if (printed is null)
        {
            return Tables.Cell.Empty;
        }

        if (ReportedValue.TryParseCell(printed, _precision, out var value, out var error))
        {
            return value is { } v ? Tables.Cell.FromAmount(v.Value) : Tables.Cell.Empty;
        }

        var code = Amount.TryParsePrinted(printed, _precision.Unit, out _) ? BuildProblemCodes.FinerThanPrecision : BuildProblemCodes.NotANumber;
        _problems.Add(new BuildProblem(code, error, Definition.Id, key, column.Id));
        return Tables.Cell.Empty;
    }

    private void AddMissingParents(List<TableRow> rows, HashSet<RowKey> seen)
    {
        var empty = new Cell[Definition.Columns.Count].ToEquatableArray();
        foreach (var row in rows.ToArray())
        {
            IEnumerable<RowKey> ancestors = row.Key.Kind switch
            {
                RowKeyKind.Functional => row.Key.FunctionalCode!.Value.Ancestors().Select(RowKey.Functional),
                RowKeyKind.Economic => row.Key.EconomicCode!.Value.Parent is { } p ? [RowKey.Economic(p)] : [],
                _ => [],
            };
            foreach (var ancestor in ancestors)
            {
                if (seen.Add(ancestor))
                {
                    rows.Add(new TableRow(ancestor, CatalogName(ancestor), empty));
                }
            }
        }

        if (Definition.RowKinds.Contains(RowKeyKind.Total) && rows.Count > 0 && seen.Add(RowKey.Total))
        {
            rows.Insert(0, new TableRow(RowKey.Total, "合计", empty));
        }

        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
    }

    private string? CatalogName(RowKey key)
    {
        var edition = CatalogEdition;
        return key.Kind switch
        {
            RowKeyKind.Functional => CatalogSet.BuiltIn.Functional(edition).NameOf(key.FunctionalCode!.Value),
            RowKeyKind.Economic => CatalogSet.BuiltIn.Economic(key.EconomicCode!.Value.System, edition).NameOf(key.EconomicCode.Value),
            _ => null,
        };
    }

    private void CheckNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built; start a new builder.");
        }
    }

    private sealed record PendingRow(RowKey Key, string? Label, RowKey? Parent, Cell[] Cells);
}
