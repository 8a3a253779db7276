using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Performance;

namespace GovBudget.Rules.Families;

/// <summary>Arithmetic of 绩效自评表: execution rates, scores and totals.</summary>
public sealed class SelfEvaluationRule : Rule
{
    /// <summary>Creates the rule.</summary>
    public SelfEvaluationRule(string id, SelfEvaluationCheck check)
        : base(id, check == SelfEvaluationCheck.ExecutionRate ? RuleClass.Verification : RuleClass.Logical, DescribeZh(check), DescribeEn(check))
    {
        Check = check;
    }

    /// <summary>What is checked.</summary>
    public SelfEvaluationCheck Check { get; }

    /// <inheritdoc />
    public override string FormulaText => Check switch
    {
        SelfEvaluationCheck.ExecutionRate => "绩效自评表: 执行率 = B ÷ A",
        SelfEvaluationCheck.ExecutionScore => "绩效自评表: 得分 = 分值 × min(B ÷ A, 100%)",
        SelfEvaluationCheck.TotalScore => "绩效自评表: 自评得分 = 预算执行得分 + 总目标得分 + Σ 指标得分",
        SelfEvaluationCheck.WeightTotal => "绩效自评表: 总分分值 = 预算执行分值 + 总目标分值 + Σ 指标分值（或 Σ 指标类别分值）",
        SelfEvaluationCheck.CategoryWeight => "绩效自评表: 指标类别分值 = Σ 该类指标分值",
        _ => "绩效自评表: 得分 ≤ 分值",
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        if (context.Disclosure is not SettlementDisclosure settlement)
        {
            yield break;
        }

        foreach (var evaluation in settlement.SelfEvaluations)
        {
            foreach (var finding in Evaluate(context, evaluation))
            {
                yield return finding;
            }
        }
    }

    private static CellAddress Address(PerformanceSelfEvaluation e, string row, string column)
        => new(e.TableId, RowKey.Item(string.Concat((e.Name + "." + row).Where(c => !char.IsWhiteSpace(c)))), column);

    private IEnumerable<Finding> Evaluate(RuleContext context, PerformanceSelfEvaluation e)
    {
        switch (Check)
        {
            case SelfEvaluationCheck.ExecutionRate:
                foreach (var fund in e.Funds)
                {
                    if (fund is { ExecutionRate: { } rate, Budget: { } a, Actual: { } b }
                        && context.CompareRate(this, Address(e, fund.Name, "执行率"), rate, Operand.Of(b, new Contributor(Address(e, fund.Name, "执行数"), b)), Operand.Of(a, new Contributor(Address(e, fund.Name, "预算数"), a)), $"{e.Name} {fund.Name}", $"{e.Name} {fund.Name}") is { } finding)
                    {
                        yield return finding;
                    }
                }

                break;

            case SelfEvaluationCheck.ExecutionScore:
                foreach (var fund in e.Funds)
                {
                    if (fund is { Score: { } score, Weight: { } weight, Budget: { } a, Actual: { } b } && a.Value.Sign > 0
                        && CheckScore(context, Address(e, fund.Name, "得分"), score, weight, a, b, $"{e.Name} {fund.Name}") is { } finding)
                    {
                        yield return finding;
                    }
                }

                break;

            case SelfEvaluationCheck.TotalScore when e.TotalScore is { } total:
            {
                // Fund lines without a score (其中 lines, lines printed without 得分) are not parts; a 其中 line is part of
                // the line above it and never counted twice. The total is checked as long as one fund line has a score.
                var scored = e.Funds.Where(f => f.Score is not null && !f.Name.TrimStart().StartsWith("其中", StringComparison.Ordinal)).ToList();
                if (scored.Count == 0 || e.Indicators.Count == 0 || e.Indicators.Any(i => i.Score is null))
                {
                    break;
                }

                var parts = scored.Select(f => f.Score).Append(e.GoalScore).Concat(e.Indicators.Select(i => i.Score)).ToList();

                // Part scores are taken as exact (they are awarded, not rounded measurements); the printed total may be rounded.
                var sum = parts.Sum(p => p ?? 0m);
                if (sum != total && Math.Abs(sum - total) > Half(total))
                {
                    yield return new Finding(Id, context.SeverityFor(this, false), Address(e, "自评得分", "得分"))
                    {
                        MessageZh = $"{DescribeZh(Check)}：{e.Name} 自评得分印为 {Show(total)}，各项得分之和为 {Show(sum)}",
                        MessageEn = $"{DescribeEn(Check)}: {e.Name} total score is printed as {Show(total)}; its parts add up to {Show(sum)}",
                    };
                }
                else if (sum != total)
                {
                    yield return new Finding(Id, Severity.Info, Address(e, "自评得分", "得分"))
                    {
                        MessageZh = $"{DescribeZh(Check)}：{e.Name} 自评得分印为 {Show(total)}，各项得分之和为 {Show(sum)}，在尾差范围内",
                        MessageEn = $"{DescribeEn(Check)}: {e.Name} total score is printed as {Show(total)}; its parts add up to {Show(sum)}, within rounding",
                        WithinRounding = true,
                    };
                }

                break;
            }

            case SelfEvaluationCheck.WeightTotal when e.TotalWeight is { } totalWeight:
                if (WeightParts(e) is { } weights && weights != totalWeight)
                {
                    yield return new Finding(Id, context.SeverityFor(this, false), Address(e, "总分", "分值"))
                    {
                        MessageZh = $"{DescribeZh(Check)}：{e.Name} 总分分值印为 {Show(totalWeight)}，各项分值之和为 {Show(weights)}",
                        MessageEn = $"{DescribeEn(Check)}: {e.Name} total weight is printed as {Show(totalWeight)}; the weights add up to {Show(weights)}",
                    };
                }

                break;

            case SelfEvaluationCheck.CategoryWeight:
                foreach (var category in e.CategoryWeights)
                {
                    var members = e.Indicators.Where(i => InCategory(i, category.Name)).ToList();
                    if (members.Count == 0 || members.Any(i => i.Weight is null))
                    {
                        continue; // no indicator of the category prints a 分值: nothing to add up
                    }

                    var sum = members.Sum(i => i.Weight!.Value);
                    if (sum != category.Weight)
                    {
                        yield return new Finding(Id, context.SeverityFor(this, false), Address(e, category.Name, "分值"))
                        {
                            MessageZh = $"{DescribeZh(Check)}：{e.Name} {category.Name} 分值印为 {Show(category.Weight)}，其 {members.Count} 项指标分值之和为 {Show(sum)}",
                            MessageEn = $"{DescribeEn(Check)}: {e.Name} {category.Name} weight is printed as {Show(category.Weight)}; its {members.Count} indicators' weights add up to {Show(sum)}",
                        };
                    }
                }

                break;

            case SelfEvaluationCheck.ScoreWithinWeight:
            {
                if (e is { GoalScore: { } goalScore, GoalWeight: { } goalWeight } && goalScore > goalWeight)
                {
                    yield return Over(context, Address(e, "项目绩效总目标", "得分"), e.Name + " 项目绩效总目标", goalScore, goalWeight);
                }

                foreach (var indicator in e.Indicators)
                {
                    if (indicator is { Score: { } s, Weight: { } w } && s > w)
                    {
                        yield return Over(context, Address(e, indicator.Level3, "得分"), e.Name + " " + indicator.Level3, s, w);
                    }
                }

                foreach (var fund in e.Funds)
                {
                    if (fund is { Score: { } s, Weight: { } w } && s > w)
                    {
                        yield return Over(context, Address(e, fund.Name, "得分"), e.Name + " " + fund.Name, s, w);
                    }
                }

                break;
            }
        }
    }

    /// <summary>
    /// The weights that make up the 总分: fund lines with a 分值 (not 其中 lines), the 项目绩效总目标 分值 and the indicators'
    /// 分值 — or, when some indicator prints none, the category 分值 (one block weight, or the 一级指标 weights). Null when
    /// the indicators' share of the weights is not printed.
    /// </summary>
    private static decimal? WeightParts(PerformanceSelfEvaluation e)
    {
        var sum = e.Funds.Where(f => f.Weight is not null && !f.Name.TrimStart().StartsWith("其中", StringComparison.Ordinal)).Sum(f => f.Weight!.Value) + (e.GoalWeight ?? 0m);
        if (e.Indicators.Count > 0 && e.Indicators.All(i => i.Weight is not null))
        {
            return sum + e.Indicators.Sum(i => i.Weight!.Value);
        }

        if (e.CategoryWeights.Count == 0)
        {
            return null;
        }

        // One block weight for all indicators stands alone; otherwise the 一级指标 weights add up.
        var block = e.CategoryWeights.FirstOrDefault(c => IsBlock(c.Name));
        return sum + (block is not null ? block.Weight : e.CategoryWeights.Sum(c => c.Weight));
    }

    private static bool IsBlock(string name) => RuleContext.WithoutWhiteSpace(name) is "年度绩效指标" or "绩效指标" or "年度指标";

    private static bool InCategory(PerformanceIndicator indicator, string category)
        => IsBlock(category) || RuleContext.WithoutWhiteSpace(indicator.Level1) == RuleContext.WithoutWhiteSpace(category);

    private Finding? CheckScore(RuleContext context, CellAddress address, decimal score, decimal weight, ReportedValue a, ReportedValue b, string subject)
    {
        var exact = weight * Math.Min((decimal)b.Value.Ticks / a.Value.Ticks, 1m);
        int decimals = score.Scale;
        if (decimal.Round(exact, decimals, MidpointRounding.AwayFromZero) == score)
        {
            return null;
        }

        var ratioLow = Math.Min(b.Interval.Lower.Ticks / (decimal)a.Interval.Upper.Ticks, 1m);
        var ratioHigh = Math.Min(b.Interval.Upper.Ticks / (decimal)a.Interval.Lower.Ticks, 1m);
        var within = weight * ratioLow <= score + Half(score) && score - Half(score) <= weight * ratioHigh;
        return new Finding(Id, context.SeverityFor(this, within), address)
        {
            MessageZh = $"{DescribeZh(Check)}：{subject} 得分印为 {Show(score)}，按 {Show(weight)} × {b}/{a} 计算为 {Show(decimal.Round(exact, Math.Max(decimals, 2), MidpointRounding.AwayFromZero))}{(within ? "，在尾差范围内" : string.Empty)}",
            MessageEn = $"{DescribeEn(Check)}: {subject} score is printed as {Show(score)}; {Show(weight)} × {b}/{a} gives {Show(decimal.Round(exact, Math.Max(decimals, 2), MidpointRounding.AwayFromZero))}{(within ? ", within rounding" : string.Empty)}",
            WithinRounding = within,
        };
    }

    private Finding Over(RuleContext context, CellAddress address, string subject, decimal score, decimal weight) => new(Id, context.SeverityFor(this, false), address)
    {
        MessageZh = $"{DescribeZh(Check)}：{subject} 得分 {Show(score)} 超过分值 {Show(weight)}",
        MessageEn = $"{DescribeEn(Check)}: {subject} scores {Show(score)}, more than its weight {Show(weight)}",
    };

    private static decimal Half(decimal printed)
    {
        var half = 0.5m;
        for (var i = 0; i < printed.Scale; i++)
        {
            half /= 10m;
        }

        return half;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string DescribeZh(SelfEvaluationCheck check) => check switch
    {
        SelfEvaluationCheck.ExecutionRate => "自评表执行率应等于执行数除以预算数",
        SelfEvaluationCheck.ExecutionScore => "自评表预算执行得分应等于分值乘以执行率",
        SelfEvaluationCheck.TotalScore => "自评得分应等于各项得分之和",
        SelfEvaluationCheck.WeightTotal => "自评表各项分值之和应等于总分分值",
        SelfEvaluationCheck.CategoryWeight => "自评表指标类别分值应等于该类各指标分值之和",
        _ => "自评表得分不应超过分值",
    };

    private static string DescribeEn(SelfEvaluationCheck check) => check switch
    {
        SelfEvaluationCheck.ExecutionRate => "Self-evaluation execution rates equal actual ÷ budget",
        SelfEvaluationCheck.ExecutionScore => "Self-evaluation execution scores equal weight × execution rate",
        SelfEvaluationCheck.TotalScore => "Self-evaluation total scores equal the sum of their parts",
        SelfEvaluationCheck.WeightTotal => "Self-evaluation weights add up to the total weight",
        SelfEvaluationCheck.CategoryWeight => "Self-evaluation category weights equal the sum of their indicators' weights",
        _ => "Self-evaluation scores do not exceed their weights",
    };
}
