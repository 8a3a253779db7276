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
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        var table = context.Disclosure.FindTable(TableId)!;
        foreach (var row in table.Rows)
        {
            if (!table.HasChildren(row.Key) || (table.IsIncomplete && row.Key.Kind == RowKeyKind.Total))
            {
                continue;
            }

            var children = table.ChildrenOf(row.Key).ToList();
            foreach (var column in table.Definition.Columns)
            {
                if (column.Kind != ColumnKind.Amount)
                {
                    continue;
                }

                var parent = context.Cell(new CellAddress(TableId, row.Key, column.Id));
                var sum = Operand.Sum(children.Select(c => (false, context.Cell(new CellAddress(TableId, c.Key, column.Id)))));
                if (!parent.HasValue && !sum.HasValue)
                {
                    continue;
                }

                var finding = context.Compare(this, parent.Contributors[0].Address, parent, sum);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }
}
