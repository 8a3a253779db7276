using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>
/// A subject row whose parent the table does not print (a 款 without its 类, a 302xx without 302) is reported: it is
/// no one's child, so roll-ups never sum it into 合计 (<see cref="Table.IsOrphan"/>), and the reader should know why.
/// </summary>
public sealed class OrphanRowRule : Rule
{
    /// <summary>Creates the rule.</summary>
    public OrphanRowRule(string id)
        : base(id, RuleClass.Logical, "科目应与其上级科目一并印出", "A subject is printed with its parent")
    {
    }

    /// <inheritdoc />
    public override string FormulaText => "各表 款、项 的上级科目（类、款）应印出；缺上级的行不计入合计";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context) => CollectFindings(context);

    /// <inheritdoc />
    internal override void EvaluateCoreInto(RuleContext context, List<Finding> sink)
    {
        foreach (var table in context.Disclosure.Tables)
        {
            if (table.IsIncomplete)
            {
                // A table marked incomplete says rows are missing: its orphans are expected, not findings.
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (!table.IsOrphan(row.Key))
                {
                    continue;
                }

                var code = row.Key.FunctionalCode?.ToString() ?? row.Key.EconomicCode!.Value.ToString();
                var parent = row.Key.FunctionalCode?.Parent?.ToString() ?? row.Key.EconomicCode?.Parent?.ToString();
                var location = new CellAddress(table.Id, row.Key, table.Definition.Columns[0].Id);
                sink.Add(new Finding(Id, context.SeverityFor(this, false), location)
                {
                    MessageZh = $"{table.Id} 科目 {code}{Label(row)} 的上级科目 {parent} 未印出：该行未计入合计",
                    MessageEn = $"{table.Id}: subject {code}{(string.IsNullOrWhiteSpace(row.Label) ? string.Empty : $" '{row.Label}'")} is printed without its parent {parent}; the row is not summed into the total",
                });
            }
        }
    }

    private static string Label(TableRow row) => string.IsNullOrWhiteSpace(row.Label) ? string.Empty : $"“{row.Label}”";
}
