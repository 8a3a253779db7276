using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Rules.Formulas;
using GovBudget.Tables;
using GovBudget.TableSets;
using GovBudget.Tables.Performance;

namespace GovBudget.Rules.Families;

/// <summary>Arithmetic of 表11 整体支出绩效目标表: block sums, shares, income = expenditure, and agreement with 表5-1.</summary>
public sealed class OverallGoalRule : Rule
{
    private const string Total = "合计";

    /// <summary>Creates the rule.</summary>
    public OverallGoalRule(string id, OverallGoalCheck check)
        : base(id, check == OverallGoalCheck.Tables ? RuleClass.Logical : RuleClass.BasicBalance, DescribeZh(check), DescribeEn(check))
    {
        Check = check;
    }

    /// <summary>What is checked.</summary>
    public OverallGoalCheck Check { get; }

    /// <inheritdoc />
    public override string FormulaText => Check switch
    {
        OverallGoalCheck.Sum => "表11: 收入构成/支出构成 合计 = Σ 各行（当年及近两年）",
        OverallGoalCheck.Share => "表11: 占比 = 当年金额 ÷ 合计",
        OverallGoalCheck.Balance => "表11: 收入构成 合计 = 支出构成 合计（当年及近两年）",
        _ => "表11: 人员类 ≥ cell.personnel.total; 运转类 ≥ cell.public.total; 特定目标类 ≥ cell.project.total（表5-1 合计行，由表组的角色给出）",
    };

    /// <inheritdoc />
    /// <remarks>The comparison with the tables finds its cells through the roles of the disclosure's table set, so it names no table here.</remarks>
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        if (context.Disclosure is not BudgetDisclosure { OverallGoal: { } goal } || Holds(context, goal))
        {
            return [];
        }

        return Check switch
        {
            OverallGoalCheck.Sum => Sums(context, goal, "收入构成", goal.Income).Concat(Sums(context, goal, "支出构成", goal.Expenditure)),
            OverallGoalCheck.Share => Shares(context, goal, "收入构成", goal.Income).Concat(Shares(context, goal, "支出构成", goal.Expenditure)),
            OverallGoalCheck.Balance => Balance(context, goal),
            _ => AgainstTables(context, goal),
        };
    }

    /// <summary>
    /// <see langword="true"/> when every check holds exactly on the printed values, so there is nothing to report and
    /// no operand needs building (the success path allocates nothing).
    /// </summary>
    private bool Holds(RuleContext context, OverallPerformanceGoal goal)
    {
        switch (Check)
        {
            case OverallGoalCheck.Sum:
                return SumsHold(goal.Income) && SumsHold(goal.Expenditure);
            case OverallGoalCheck.Share:
                return SharesHold(goal.Income) && SharesHold(goal.Expenditure);
            case OverallGoalCheck.Balance:
            {
                var income = TotalOf(goal.Income);
                var expenditure = TotalOf(goal.Expenditure);
                if (income is null || expenditure is null)
                {
                    return true;
                }

                if (!Same(income.Amount, expenditure.Amount))
                {
                    return false;
                }

                return PriorYearsAgree(income, expenditure) && PriorYearsAgree(expenditure, income);
            }

            default:
            {
                foreach (var line in goal.Expenditure)
                {
                    if (Target(context, Clean(line.Name)) is not { } target)
                    {
                        continue;
                    }

                    var table = context.Disclosure.FindTable(target.TableId);
                    if (table is null || !table.Contains(target.Row) || !table.IsPrinted(target.ColumnId))
                    {
                        continue; // unknown: skipped by the check as well
                    }

                    var right = table.GetCell(target.Row, target.ColumnId).Amount;
                    if ((line.Amount is not null || right is not null) && RuleContext.TicksOf(line.Amount) < (right?.Ticks ?? 0))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    private static CompositionLine? TotalOf(IReadOnlyList<CompositionLine> lines)
    {
        foreach (var line in lines)
        {
            if (Clean(line.Name) == Total)
            {
                return line;
            }
        }

        return null;
    }

    private static bool Same(ReportedValue? a, ReportedValue? b) => (a is null && b is null) || RuleContext.TicksOf(a) == RuleContext.TicksOf(b);

    private static ReportedValue? PriorValue(CompositionLine line, int year)
    {
        foreach (var y in line.PriorYears)
        {
            if (y.Year == year)
            {
                return y.Value;
            }
        }

        return null;
    }

    private static bool PriorYearsAgree(CompositionLine line, CompositionLine other)
    {
        foreach (var y in line.PriorYears)
        {
            if (!Same(PriorValue(line, y.Year), PriorValue(other, y.Year)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SumsHold(IReadOnlyList<CompositionLine> lines)
    {
        var total = TotalOf(lines);
        if (total is null)
        {
            return true;
        }

        if (!SumHolds(lines, total, null))
        {
            return false;
        }

        foreach (var line in lines)
        {
            foreach (var y in line.PriorYears)
            {
                if (!SumHolds(lines, total, y.Year))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool SumHolds(IReadOnlyList<CompositionLine> lines, CompositionLine total, int? year)
    {
        var printed = year is { } y ? PriorValue(total, y) : total.Amount;
        var any = printed is not null;
        long sum = 0;
        foreach (var line in lines)
        {
            if (ReferenceEquals(line, total))
            {
                continue;
            }

            if ((year is { } py ? PriorValue(line, py) : line.Amount) is { } value)
            {
                any = true;
                sum = checked(sum + value.Value.Ticks);
            }
        }

        return !any || RuleContext.TicksOf(printed) == sum;
    }

    private static bool SharesHold(IReadOnlyList<CompositionLine> lines)
    {
        if (TotalOf(lines)?.Amount is not { } totalAmount)
        {
            return true;
        }

        foreach (var line in lines)
        {
            if (line is { Share: { } share, Amount: { } amount } && !RuleContext.RateHolds(share, amount.Value, totalAmount))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cell role an expenditure composition line corresponds to, or null (e.g. a mixed 运转类及特定目标类 line).</summary>
    private static string? RoleOf(string name)
    {
        if (name.Contains("特定目标", StringComparison.Ordinal) && !name.Contains("运转", StringComparison.Ordinal))
        {
            return TableRoles.ProjectTotal;
        }

        if (name.Contains("人员", StringComparison.Ordinal))
        {
            return TableRoles.PersonnelTotal;
        }

        if (name.Contains("特定目标", StringComparison.Ordinal))
        {
            return null;
        }

        if (name.Contains("运转", StringComparison.Ordinal))
        {
            return TableRoles.PublicTotal;
        }

        return name.StartsWith("基本支出", StringComparison.Ordinal) ? TableRoles.BasicTotal
            : name.StartsWith("项目支出", StringComparison.Ordinal) ? TableRoles.ProjectTotal
            : null;
    }

    /// <summary>The table cell an expenditure composition line is compared with: its role in the disclosure's table set.</summary>
    private static CellAddress? Target(RuleContext context, string name)
        => RoleOf(name) is { } role ? context.Disclosure.TableSet.CellFor(role) : null;

    private static CellAddress Address(OverallPerformanceGoal goal, string block, string line, string column)
        => new(goal.TableId, RowKey.Item(block + "." + Clean(line)), column);

    private static string Clean(string name) => RuleContext.WithoutWhiteSpace(name);

    private static IEnumerable<(string Column, Func<CompositionLine, ReportedValue?> Value)> Columns(IReadOnlyList<CompositionLine> lines)
    {
        yield return ("当年金额", l => l.Amount);
        foreach (var year in lines.SelectMany(l => l.PriorYears).Select(y => y.Year).Distinct().Order())
        {
            yield return (year.ToString(CultureInfo.InvariantCulture), l => l.PriorYears.FirstOrDefault(y => y.Year == year)?.Value);
        }
    }

    private IEnumerable<Finding> Sums(RuleContext context, OverallPerformanceGoal goal, string block, IReadOnlyList<CompositionLine> lines)
    {
        var total = lines.FirstOrDefault(l => Clean(l.Name) == Total);
        if (total is null)
        {
            yield break;
        }

        var parts = lines.Where(l => !ReferenceEquals(l, total)).ToList();
        foreach (var (column, value) in Columns(lines))
        {
            var totalAddress = Address(goal, block, total.Name, column);
            var printed = Operand.Of(value(total), new Contributor(totalAddress, value(total)));
            var sum = Operand.Sum(parts.Select(p => (false, Operand.Of(value(p), new Contributor(Address(goal, block, p.Name, column), value(p))))));
            if (!printed.HasValue && !sum.HasValue)
            {
                continue;
            }

            if (context.Compare(this, totalAddress, printed, sum) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Shares(RuleContext context, OverallPerformanceGoal goal, string block, IReadOnlyList<CompositionLine> lines)
    {
        var total = lines.FirstOrDefault(l => Clean(l.Name) == Total);
        if (total?.Amount is not { } totalAmount)
        {
            yield break;
        }

        foreach (var line in lines)
        {
            if (line is not { Share: { } share, Amount: { } amount })
            {
                continue;
            }

            var address = Address(goal, block, line.Name, "占比");
            var finding = context.CompareRate(
                this,
                address,
                share,
                Operand.Of(amount, new Contributor(Address(goal, block, line.Name, "当年金额"), amount)),
                Operand.Of(totalAmount, new Contributor(Address(goal, block, total.Name, "当年金额"), totalAmount)),
                $"表11 {block} {line.Name}",
                $"表11 {block} {line.Name}");
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Balance(RuleContext context, OverallPerformanceGoal goal)
    {
        var income = goal.Income.FirstOrDefault(l => Clean(l.Name) == Total);
        var expenditure = goal.Expenditure.FirstOrDefault(l => Clean(l.Name) == Total);
        if (income is null || expenditure is null)
        {
            yield break;
        }

        foreach (var (column, value) in Columns([.. goal.Income, .. goal.Expenditure]))
        {
            // A side that prints nothing in this column — its 合计 and every line blank — while the other side prints
            // figures (黄陂 2023 表11: 收入 2021 = 971.63, 支出 2021 blank on every line) is not known to be 0: the
            // relation is not checkable (OperandsBlank), never an Error. A blank 合计 over printed lines is still checked.
            var incomeBlank = goal.Income.All(l => value(l) is null);
            var expenditureBlank = goal.Expenditure.All(l => value(l) is null);
            if (incomeBlank != expenditureBlank)
            {
                context.ReportNotChecked(this, Address(goal, incomeBlank ? "收入构成" : "支出构成", Total, column), NotCheckedReason.OperandsBlank);
                continue;
            }

            var left = Operand.Of(value(income), new Contributor(Address(goal, "收入构成", Total, column), value(income)));
            var right = Operand.Of(value(expenditure), new Contributor(Address(goal, "支出构成", Total, column), value(expenditure)));
            if ((left.HasValue || right.HasValue) && context.Compare(this, left.Contributors[0].Address, left, right) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> AgainstTables(RuleContext context, OverallPerformanceGoal goal)
    {
        foreach (var line in goal.Expenditure)
        {
            var name = Clean(line.Name);
            if (Target(context, name) is not { } target)
            {
                continue;
            }

            var address = Address(goal, "支出构成", line.Name, "当年金额");
            var left = Operand.Of(line.Amount, new Contributor(address, line.Amount));
            var right = context.Cell(target);
            if ((left.HasValue || right.HasValue) && !context.IsUnknown(right.Contributors[0])
                && context.Compare(this, address, left, right, Relation.GreaterOrEqual) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static string DescribeZh(OverallGoalCheck check) => check switch
    {
        OverallGoalCheck.Sum => "整体支出绩效目标表合计应等于各项之和",
        OverallGoalCheck.Share => "整体支出绩效目标表占比应等于金额除以合计",
        OverallGoalCheck.Balance => "整体支出绩效目标表收入合计应等于支出合计",
        _ => "整体支出绩效目标表支出构成应与一般公共预算支出表一致",
    };

    private static string DescribeEn(OverallGoalCheck check) => check switch
    {
        OverallGoalCheck.Sum => "表11 totals equal the sum of their lines",
        OverallGoalCheck.Share => "表11 shares equal amount ÷ total",
        OverallGoalCheck.Balance => "表11 income total equals expenditure total",
        _ => "表11 expenditure composition agrees with 表5-1",
    };
}
