using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Tables;

namespace GovBudget.Generation;

/// <summary>
/// Pure edits of immutable disclosures, for fault injection and test fixtures: each returns a new disclosure and
/// leaves the original unchanged.
/// </summary>
public static class DisclosureEdits
{
    /// <summary>Adds <paramref name="delta"/> to the amount at <paramref name="address"/> (a blank cell counts as zero).</summary>
    /// <exception cref="ArgumentException">The table, row or column does not exist, or the delta is finer than the table's precision.</exception>
    public static Disclosure ShiftCell(Disclosure disclosure, CellAddress address, Amount delta)
        => EditCell(disclosure, address, (cell, precision) =>
        {
            Internal.Preconditions.CheckArgument(delta.IsMultipleOf(precision), nameof(delta), $"{delta} 元 is finer than {precision}.");
            return Cell.FromAmount(cell.AmountOrZero + delta);
        });

    /// <summary>Sets the cell at <paramref name="address"/> to an exact printed amount, or blank when <paramref name="value"/> is null.</summary>
    /// <exception cref="ArgumentException">The table, row or column does not exist, or the value is finer than the table's precision.</exception>
    public static Disclosure SetCell(Disclosure disclosure, CellAddress address, Amount? value)
        => EditCell(disclosure, address, (_, precision) =>
        {
            if (value is not { } v)
            {
                return Cell.Empty;
            }

            Internal.Preconditions.CheckArgument(v.IsMultipleOf(precision), nameof(value), $"{v} 元 is finer than {precision}.");
            return Cell.FromAmount(v);
        });

    /// <summary>Changes the printed label of a row.</summary>
    public static Disclosure RelabelRow(Disclosure disclosure, string tableId, RowKey row, string label)
        => EditTable(disclosure, tableId, table => new Table(
            table.Definition,
            table.Precision,
            table.Rows.Select(r => r.Key == row ? r with { Label = label } : r).ToEquatableArray(),
            table.Remark,
            table.IncompleteReason,
            table.PrintedColumns));

    /// <summary>Moves a row so that it is printed right after <paramref name="after"/>.</summary>
    public static Disclosure MoveRowAfter(Disclosure disclosure, string tableId, RowKey row, RowKey after)
        => EditTable(disclosure, tableId, table =>
        {
            var moved = table.Rows.First(r => r.Key == row);
            var rows = table.Rows.Where(r => r.Key != row).ToList();
            rows.Insert(rows.FindIndex(r => r.Key == after) + 1, moved);
            return new Table(table.Definition, table.Precision, rows.ToEquatableArray(), table.Remark, table.IncompleteReason, table.PrintedColumns);
        });

    /// <summary>Replaces (or adds) a table.</summary>
    public static Disclosure ReplaceTable(Disclosure disclosure, Table table)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(table);
        var tables = disclosure.Tables.Any(t => t.Id == table.Id)
            ? disclosure.Tables.Select(t => t.Id == table.Id ? table : t)
            : disclosure.Tables.Append(table);
        return disclosure with { Tables = tables.ToEquatableArray() };
    }

    /// <summary>Applies an edit to one table.</summary>
    /// <exception cref="ArgumentException">The table does not exist.</exception>
    public static Disclosure EditTable(Disclosure disclosure, string tableId, Func<Table, Table> edit)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(edit);
        var table = disclosure.FindTable(tableId) ?? throw new ArgumentException($"The disclosure has no table {tableId}.", nameof(tableId));
        return ReplaceTable(disclosure, edit(table));
    }

    private static Disclosure EditCell(Disclosure disclosure, CellAddress address, Func<Cell, Precision, Cell> edit)
        => EditTable(disclosure, address.TableId, table =>
        {
            var column = table.Definition.FindColumn(address.ColumnId)
                ?? throw new ArgumentException($"Table {table.Id} has no column {address.ColumnId}.", nameof(address));
            var index = table.Definition.ColumnIndex(column.Id);
            Internal.Preconditions.CheckArgument(table.Contains(address.Row), nameof(address), $"Table {table.Id} has no row {address.Row}.");
            var rows = table.Rows.Select(r =>
            {
                if (r.Key != address.Row)
                {
                    return r;
                }

                var cells = r.Cells.ToArray();
                cells[index] = edit(cells[index], table.Precision);
                return r with { Cells = cells };
            });
            return new Table(table.Definition, table.Precision, rows.ToEquatableArray(), table.Remark, table.IncompleteReason, table.PrintedColumns);
        });
}
