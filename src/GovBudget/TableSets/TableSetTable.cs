using System.Collections.Immutable;
using GovBudget.Collections;
using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.TableSets;

/// <summary>
/// A table of a set: its definition (id, columns, lines), the titles it is printed under, the header texts of its
/// columns, whether the set requires it, the notes that mark it as printed empty, and its rules.
/// </summary>
public sealed record TableSetTable
{
    /// <summary>Creates a table of a set.</summary>
    public TableSetTable(
        TableDefinition definition,
        EquatableArray<string> titles,
        EquatableArray<TableSetColumn> columns,
        EquatableArray<TableSetLine> lines,
        bool required,
        EquatableArray<string> emptyNotes,
        ImmutableArray<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        Titles = titles.Count > 0 ? titles : [definition.NameZh];
        Columns = columns;
        Lines = lines;
        Required = required;
        EmptyNotes = emptyNotes;
        Rules = rules.IsDefault ? [] : rules;
    }

    /// <summary>The table definition.</summary>
    public TableDefinition Definition { get; }

    /// <summary>The table id within the set.</summary>
    public string Id => Definition.Id;

    /// <summary>The titles as printed, canonical first, without year or department.</summary>
    public EquatableArray<string> Titles { get; }

    /// <summary>The printed header texts of each column.</summary>
    public EquatableArray<TableSetColumn> Columns { get; }

    /// <summary>Other printed labels of fixed lines.</summary>
    public EquatableArray<TableSetLine> Lines { get; }

    /// <summary><see langword="true"/> when every document of the set prints this table (possibly empty, with its note).</summary>
    public bool Required { get; }

    /// <summary>Printed notes that mean "this table has no data" (<c>本表无数据</c>, <c>故本表为空表</c>).</summary>
    public EquatableArray<string> EmptyNotes { get; }

    /// <summary>The rules of this table (formulas and roll-up), in declaration order.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>The printed header texts of a column (its Chinese name when the set names none).</summary>
    public EquatableArray<string> HeadersOf(string columnId)
    {
        foreach (var column in Columns)
        {
            if (string.Equals(column.ColumnId, columnId, StringComparison.Ordinal))
            {
                return column.Headers;
            }
        }

        return Definition.FindColumn(columnId) is { } definition ? [definition.NameZh] : [];
    }
}
