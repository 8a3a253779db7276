using GovBudget.Disclosures;
using GovBudget.Tables;

namespace GovBudget.Generation;

/// <summary>
/// Puts faults into a disclosure for tests of validators: each fault moves one printed leaf cell of a subject-keyed
/// table (a 项 or 款 with no printed children) by 50–500 steps of its precision, at most one fault under any parent row
/// (so two faults cannot offset each other in a roll-up), so that every fault is beyond rounding and can be located.
/// </summary>
public static class FaultInjector
{
    /// <summary>Returns a copy of <paramref name="disclosure"/> with <paramref name="count"/> faults, and the faults.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or larger than the number of eligible rows with distinct parents.</exception>
    public static (Disclosure Disclosure, IReadOnlyList<InjectedFault> Faults) Inject(Disclosure disclosure, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var random = new Random(seed);
        var candidates = (from table in disclosure.Tables
                          where table.Definition.IsSubjectTree
                          from row in table.Rows
                          where row.Key.Kind is RowKeyKind.Functional or RowKeyKind.Economic && !table.HasChildren(row.Key)
                          let columns = table.Definition.Columns.Where(c => c.Kind == ColumnKind.Amount && table.GetCell(row.Key, c.Id).Amount is not null).ToList()
                          where columns.Count > 0
                          select (Table: table, Row: row.Key, Columns: columns)).ToList();
        Internal.Preconditions.CheckRange(count, 0, candidates.Count);
        var faults = new List<InjectedFault>(count);
        var result = disclosure;
        var usedParents = new HashSet<(string Table, RowKey? Parent)>();
        var chosen = candidates.OrderBy(_ => random.Next()).Where(c => usedParents.Add((c.Table.Id, c.Table.ParentOf(c.Row)))).Take(count).ToList();
        Internal.Preconditions.CheckRange(count, 0, chosen.Count);
        foreach (var (table, row, columns) in chosen)
        {
            var column = columns[random.Next(columns.Count)];
            var steps = random.Next(50, 501) * (random.Next(2) == 0 ? -1 : 1);
            var fault = new InjectedFault(new CellAddress(table.Id, row, column.Id), table.Precision.Step * steps);
            result = DisclosureEdits.ShiftCell(result, fault.Address, fault.Delta);
            faults.Add(fault);
        }

        return (result, faults);
    }
}
