using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Performance;

namespace GovBudget.Rules.Families;

/// <summary>Arithmetic of each 表12 项目支出绩效目标表 and its agreement with 表10.</summary>
public sealed class ProjectGoalRule : Rule
{
    /// <summary>Creates the rule; <paramref name="projectTableId"/> is the table that lists projects (表10, or L9 in the older layout).</summary>
    public ProjectGoalRule(string id, ProjectGoalCheck check, string projectTableId = "表10")
        : base(id, check == ProjectGoalCheck.ProjectTable ? RuleClass.Logical : RuleClass.BasicBalance, DescribeZh(check), DescribeEn(check))
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectTableId);
        Check = check;
        ProjectTableId = projectTableId;
    }

    /// <summary>The table that lists projects with their 合计.</summary>
    public string ProjectTableId { get; }

    /// <summary>What is checked.</summary>
    public ProjectGoalCheck Check { get; }

    /// <inheritdoc />
    public override string FormulaText => Check switch
    {
        ProjectGoalCheck.CostItems => "表12: 项目当年预算 = Σ 项目支出明细测算金额",
        ProjectGoalCheck.Funding => "表12: 资金来源合计 = Σ 各来源; 项目当年预算 = 资金来源合计",
        _ => $"表12 项目当年预算 = {ProjectTableId}[项目,合计]",
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => Check == ProjectGoalCheck.ProjectTable ? [ProjectTableId] : [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        if (context.Disclosure is not BudgetDisclosure budget)
        {
            yield break;
        }

        foreach (var goal in budget.ProjectGoals)
        {
            if (Holds(context, goal))
            {
                continue;
            }

            foreach (var finding in Evaluate(context, goal))
            {
                yield return finding;
            }
        }
    }

    private static CellAddress Address(ProjectPerformanceGoal goal, string row, string column)
        => new(goal.TableId, RowKey.Item(RuleContext.WithoutWhiteSpace(row)), column);

    /// <summary>
    /// <see langword="true"/> when the check holds exactly on the printed values, so there is nothing to report and no
    /// operand needs building. For the project-table check only a direct match by code or name is tried here.
    /// </summary>
    private bool Holds(RuleContext context, ProjectPerformanceGoal goal)
    {
        switch (Check)
        {
            case ProjectGoalCheck.CostItems:
            {
                if (goal.CostItems.Count == 0 || goal.YearBudget is not { } year)
                {
                    return true;
                }

                var any = false;
                long sum = 0;
                foreach (var item in goal.CostItems)
                {
                    if (item.Amount is { } amount)
                    {
                        any = true;
                        sum = checked(sum + amount.Value.Ticks);
                    }
                }

                return !any || year.Value.Ticks == sum;
            }

            case ProjectGoalCheck.Funding:
            {
                NamedAmount? total = null;
                var numbered = 0;
                var any = false;
                long sum = 0;
                foreach (var source in goal.FundingSources)
                {
                    if (total is null && source.Name.AsSpan().Trim().SequenceEqual("合计"))
                    {
                        total = source;
                    }

                    if (IsTopLevelSource(source.Name))
                    {
                        numbered++;
                        if (source.Value is { } value)
                        {
                            any = true;
                            sum = checked(sum + value.Value.Ticks);
                        }
                    }
                }

                if (total is null || numbered == 0)
                {
                    return true;
                }

                var printed = RuleContext.TicksOf(total.Value);
                if ((total.Value is not null || any) && printed != sum)
                {
                    return false;
                }

                return goal.YearBudget is null || total.Value is null || goal.YearBudget.Value.Value.Ticks == printed;
            }

            default:
            {
                if (goal.YearBudget is not { } year)
                {
                    return true;
                }

                var table = context.Disclosure.FindTable(ProjectTableId);
                if (table is null)
                {
                    return false;
                }

                foreach (var row in table.Rows)
                {
                    if (row.Key.Kind == RowKeyKind.Project
                        && ((goal.ProjectCode is { } code && row.Key.Text == code)
                            || SubjectNames.Equivalent(row.Key.Text, goal.Name)
                            || SubjectNames.Equivalent(row.Label, goal.Name)))
                    {
                        return table.GetCell(row.Key, "合计").AmountOrZero.Ticks == year.Value.Ticks;
                    }
                }

                return false;
            }
        }
    }

    private IEnumerable<Finding> Evaluate(RuleContext context, ProjectPerformanceGoal goal)
    {
        var yearAddress = Address(goal, "项目当年预算", "金额");
        var year = Operand.Of(goal.YearBudget, new Contributor(yearAddress, goal.YearBudget));
        switch (Check)
        {
            case ProjectGoalCheck.CostItems when goal.CostItems.Count > 0 && goal.YearBudget is not null:
            {
                var sum = Operand.Sum(goal.CostItems.Select(c => (false, Operand.Of(c.Amount, new Contributor(Address(goal, "明细测算." + c.Activity, "金额"), c.Amount)))));
                if (sum.HasValue && context.Compare(this, yearAddress, year, sum) is { } finding)
                {
                    yield return finding;
                }

                break;
            }

            case ProjectGoalCheck.Funding when goal.FundingSources.Count > 0:
            {
                var total = goal.FundingSources.FirstOrDefault(s => s.Name.Trim() == "合计");
                var numbered = goal.FundingSources.Where(s => IsTopLevelSource(s.Name)).ToList();
                if (total is not null && numbered.Count > 0)
                {
                    var totalAddress = Address(goal, "资金来源.合计", "金额");
                    var printed = Operand.Of(total.Value, new Contributor(totalAddress, total.Value));
                    var sum = Operand.Sum(numbered.Select(s => (false, Operand.Of(s.Value, new Contributor(Address(goal, "资金来源." + s.Name, "金额"), s.Value)))));
                    if ((printed.HasValue || sum.HasValue) && context.Compare(this, totalAddress, printed, sum) is { } finding)
                    {
                        yield return finding;
                    }

                    if (goal.YearBudget is not null && printed.HasValue && context.Compare(this, yearAddress, year, printed) is { } second)
                    {
                        yield return second;
                    }
                }

                break;
            }

            case ProjectGoalCheck.ProjectTable when goal.YearBudget is not null:
            {
                var table = context.Disclosure.FindTable(ProjectTableId)!;
                var projects = table.Rows.Where(r => r.Key.Kind == RowKeyKind.Project).ToList();
                var row = projects.FirstOrDefault(r => (goal.ProjectCode is { } code && r.Key.Text == code)
                        || SubjectNames.Equivalent(r.Key.Text, goal.Name)
                        || SubjectNames.Equivalent(r.Label, goal.Name));
                if (row is null)
                {
                    // Names are often shortened between tables (医疗救助经费 / 医疗救助经费发放): accept one unique containment.
                    var goalName = SubjectNames.Normalize(goal.Name);
                    var candidates = projects.Where(r => SubjectNames.Normalize(r.Label ?? r.Key.Text ?? string.Empty) is var n
                        && n.Length > 0 && (n.Contains(goalName, StringComparison.Ordinal) || goalName.Contains(n, StringComparison.Ordinal))).ToList();
                    row = candidates.Count == 1 ? candidates[0] : null;
                }
                if (row is null)
                {
                    yield return new Finding(Id, Severity.Warning, yearAddress)
                    {
                        MessageZh = $"{goal.TableId} 项目“{goal.Name}”在{ProjectTableId}中找不到同名或同编码的项目，无法核对金额",
                        MessageEn = $"{goal.TableId}: project '{goal.Name}' has no row with the same name or code in {ProjectTableId}; its amount cannot be checked",
                        Actual = goal.YearBudget.Value.Value,
                    };
                    break;
                }

                var cell = context.Cell(new CellAddress(ProjectTableId, row.Key, "合计"));
                if (context.Compare(this, yearAddress, year, cell) is { } finding)
                {
                    yield return finding;
                }

                break;
            }
        }
    }

    /// <summary>A numbered top-level source such as "1. 一般公共预算财政拨款", not a "其中" sub-item or a "4.单位资金.事业收入" detail.</summary>
    private static bool IsTopLevelSource(string name)
    {
        var text = name.AsSpan().Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits >= text.Length || text[digits] is not ('.' or '．' or '、'))
        {
            return false;
        }

        var rest = text[(digits + 1)..];
        return !rest.Contains('.') && rest.IndexOf("其中", StringComparison.Ordinal) < 0;
    }

    private static string DescribeZh(ProjectGoalCheck check) => check switch
    {
        ProjectGoalCheck.CostItems => "项目当年预算应等于支出明细测算之和",
        ProjectGoalCheck.Funding => "项目资金来源合计应等于各来源之和及当年预算",
        _ => "项目当年预算应等于项目支出表中该项目金额",
    };

    private static string DescribeEn(ProjectGoalCheck check) => check switch
    {
        ProjectGoalCheck.CostItems => "A project's year budget equals the sum of its cost items",
        ProjectGoalCheck.Funding => "A project's funding sources add up to their total and the year budget",
        _ => "A project's year budget equals its 合计 in 表10",
    };
}
