using GovBudget.Amounts;
using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>
/// Tree roll-up of one table: in every amount column, each row that has printed children equals the sum of its
/// children (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类; grouped tables by their explicit parents). Rows are never summed
/// across levels. In a table marked incomplete the 合计 row is not checked.
/// </summary>
public sealed class RollUpRule : Rule
{
    /// <summary>Creates the roll-up rule of table <paramref name="tableId"/>.</summary>
    public RollUpRule(string id, string tableId, RuleClass ruleClass = RuleClass.BasicBalance)
        : base(id, ruleClass, $"{tableId} 上级科目等于下级科目之和", $"{tableId} parent rows equal the sum of their children")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableId);
        TableId = tableId;
        Tables = [tableId];
    }

    /// <summary>The table checked.</summary>
    public string TableId { get; }

    /// <inheritdoc />
    public override string FormulaText => $"{TableId}: 父行 = Σ 子行（各栏；类 = Σ款，款 = Σ项，合计 = Σ类）";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables { get; }

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context) => CollectFindings(context);

    /// <summary>
    /// Sums the children's printed values by row index and compares; only a parent that differs from the sum of its
    /// children is checked with operands and contributors (<see cref="Check"/>), which gives the finding.
    /// </summary>
    internal override void EvaluateCoreInto(RuleContext context, List<Finding> sink)
    {
        var table = context.Disclosure.FindTable(TableId)!;
        var rows = table.Rows;
        var columns = TableDefinitionIndex.For(table.Definition).AmountColumns;
        for (var r = 0; r < rows.Count; r++)
        {
            var children = table.ChildIndexes(r);
            var row = rows[r];
            if (children.IsEmpty || (table.IsIncomplete && row.Key.Kind == RowKeyKind.Total))
            {
                continue;
            }

            foreach (var c in columns)
            {
                var parent = row.Cells[c];
                var any = parent.Kind == CellKind.Amount;
                long sum = 0;
                foreach (var k in children)
                {
                    var cell = rows[k].Cells[c];
                    if (cell.Kind == CellKind.Amount)
                    {
                        any = true;
                        sum = checked(sum + cell.AmountOrZero.Ticks);
                    }
                }

                if (any && parent.AmountOrZero.Ticks != sum && Check(context, table, row, table.Definition.Columns[c]) is { } finding)
                {
                    sink.Add(finding);
                }
            }
        }
    }

    private Finding? Check(RuleContext context, Table table, TableRow row, ColumnDefinition column)
    {
        var parent = context.Cell(new CellAddress(TableId, row.Key, column.Id));
        var sum = Operand.Sum(table.ChildrenOf(row.Key).Select(c => (false, context.Cell(new CellAddress(TableId, c.Key, column.Id)))));
        return !parent.HasValue && !sum.HasValue ? null : context.Compare(this, parent.Contributors[0].Address, parent, sum);
    }
}
