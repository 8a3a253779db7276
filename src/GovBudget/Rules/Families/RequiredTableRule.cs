using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>
/// Every table the disclosure's table set requires (<see cref="TableSets.TableSetTable.Required"/>) is printed — with
/// data, or empty with its note. A missing table is a finding located at the table, not a silence of every rule that
/// reads it.
/// </summary>
public sealed class RequiredTableRule : Rule
{
    /// <summary>Creates the rule.</summary>
    public RequiredTableRule(string id)
        : base(id, RuleClass.Logical, "表集要求的各张公开表均应印出（无数据的应印为空表并注明）", "Every table the table set requires is printed (an empty one with its note)")
    {
    }

    /// <inheritdoc />
    public override string FormulaText => "表集要求的公开表 ⊆ 印出的公开表";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context) => CollectFindings(context);

    /// <inheritdoc />
    internal override void EvaluateCoreInto(RuleContext context, List<Finding> sink)
    {
        var disclosure = context.Disclosure;
        foreach (var table in disclosure.TableSet.Tables)
        {
            if (!table.Required || disclosure.FindTable(table.Id) is not null)
            {
                continue;
            }

            var location = new CellAddress(table.Id, RowKey.Total, table.Definition.Columns[0].Id);
            sink.Add(new Finding(Id, context.SeverityFor(this, false), location)
            {
                MessageZh = $"未印出 {table.Id} {table.Definition.NameZh}：{disclosure.TableSet.NameZh}要求印出此表（无数据的应印为空表并注明）",
                MessageEn = $"{table.Id} {table.Definition.NameEn} is not printed: the table set {disclosure.TableSet.Id} requires it (printed empty with its note when it has no data)",
            });
        }
    }
}
