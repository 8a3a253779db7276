using System.Diagnostics.CodeAnalysis;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Disclosures;

/// <summary>
/// What budget and settlement disclosures share: year, department and units, the precision figures are printed at,
/// the catalog edition codes belong to, the tables, other reported figures, narrative statements and prior-year
/// figures. Immutable with structural equality; build one with <see cref="Building.DisclosureBuilder"/>.
/// </summary>
public abstract record Disclosure
{
    private readonly TableSet _tableSet;

    private protected Disclosure(int year, Department department, Precision precision, int catalogEdition, EquatableArray<Table> tables, TableSet tableSet)
    {
        ArgumentNullException.ThrowIfNull(department);
        _tableSet = tableSet;
        Year = year;
        Department = department;
        Precision = precision;
        CatalogEdition = catalogEdition;
        Tables = tables;
    }

    /// <summary>Budget or settlement.</summary>
    public abstract DisclosureKind Kind { get; }

    /// <summary>
    /// The table set (published layout) the disclosure's tables belong to: it gives the tables' definitions, the rules
    /// that check them and the roles other code finds tables by. Defaults to <c>hubei.budget</c> for budgets and
    /// <c>national.settlement</c> for settlements.
    /// </summary>
    /// <exception cref="ArgumentException">The set is for the other kind of disclosure.</exception>
    public TableSet TableSet
    {
        get => _tableSet;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            Internal.Preconditions.CheckArgument(value.Kind == Kind, nameof(value), $"Table set {value.Id} is for {value.Kind} disclosures, not {Kind}.");
            _tableSet = value;
        }
    }

    /// <summary>The table that plays <paramref name="role"/> in the disclosure's set (<see cref="TableRoles"/>), if printed.</summary>
    public Table? FindTableByRole(string role) => TableSet.TableFor(role) is { } id ? FindTable(id) : null;

    /// <summary>The year the disclosure is for (预算年度 or 决算年度).</summary>
    public int Year { get; init; }

    /// <summary>The department and its units.</summary>
    public Department Department { get; init; }

    /// <summary>The precision most figures are printed at (0.01 万元). Tables carry their own precision too.</summary>
    public Precision Precision { get; init; }

    /// <summary>The edition of the classification catalogs the codes belong to (normally <see cref="Year"/>).</summary>
    public int CatalogEdition { get; init; }

    /// <summary>The published tables, in printed order.</summary>
    public EquatableArray<Table> Tables { get; init; }

    /// <summary>Figures reported beside the tables.</summary>
    public ReportedFigures Figures { get; init; } = ReportedFigures.None;

    /// <summary>Shares, changes and execution rates stated in the explanatory text.</summary>
    public EquatableArray<NarrativeStatement> Statements { get; init; }

    /// <summary>Earlier-year or 年初预算 figures for cells of this disclosure.</summary>
    public EquatableArray<PriorFigure> PriorFigures { get; init; }

    /// <summary>The table with id <paramref name="tableId"/>, or <see langword="null"/>.</summary>
    public Table? FindTable(string tableId)
    {
        foreach (var table in Tables)
        {
            if (string.Equals(table.Id, tableId, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Finds the table with id <paramref name="tableId"/>.</summary>
    public bool TryGetTable(string tableId, [NotNullWhen(true)] out Table? table)
    {
        table = FindTable(tableId);
        return table is not null;
    }

    /// <summary>The printed figure at an address, or <see langword="null"/> when the table, row or value is absent.</summary>
    public ReportedValue? GetValue(CellAddress address)
        => FindTable(address.TableId) is { } table && table.Definition.FindColumn(address.ColumnId) is not null
            ? table.GetValue(address.Row, address.ColumnId)
            : null;
}
