using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Tables;
using GovBudget.Tables.Performance;

namespace GovBudget.Rendering.Internal;

/// <summary>
/// 表11, 表12 and 绩效自评表 as simple tables. Cells carry the pseudo-addresses the rules report findings at
/// (<c>表11[I:支出构成.基本支出,占比]</c>, <c>表12-2[I:项目当年预算,金额]</c> …).
/// </summary>
internal static class PerformanceGrids
{
    public static Section Overall(OverallPerformanceGoal goal, Precision precision, Labels labels)
    {
        var section = new Section
        {
            Id = goal.TableId,
            Title = goal.TableId + " " + labels.Z("整体支出绩效目标表", "Overall expenditure performance goals"),
            Subtitle = labels.Z("部门（单位）名称：", "Unit: ") + goal.Unit,
            UnitLine = labels.UnitLine(precision),
        };
        foreach (var (block, caption, lines) in new[]
        {
            ("收入构成", labels.Z("收入构成", "Income composition"), goal.Income),
            ("支出构成", labels.Z("支出构成", "Expenditure composition"), goal.Expenditure),
        })
        {
            if (lines.Count == 0)
            {
                continue;
            }

            var years = lines.SelectMany(l => l.PriorYears).Select(y => y.Year).Distinct().Order().ToList();
            var headers = new List<string> { labels.Z("项目", "Item"), labels.Z("当年金额", "Amount"), labels.Z("占比", "Share") };
            headers.AddRange(years.Select(y => Numbers.Format(y) + labels.Z("年", string.Empty)));
            var grid = Grid.Simple(caption, headers);
            foreach (var line in lines)
            {
                var key = RowKey.Item(block + "." + Clean(line.Name));
                var cells = new List<GridCell>
                {
                    new(line.Name),
                    Amount(Numbers.Format(line.Amount), new CellAddress(goal.TableId, key, "当年金额")),
                    Amount(Numbers.Format(line.Share), new CellAddress(goal.TableId, key, "占比")),
                };
                cells.AddRange(years.Select(y => Amount(
                    Numbers.Format(line.PriorYears.FirstOrDefault(p => p.Year == y)?.Value),
                    new CellAddress(goal.TableId, key, y.ToString(CultureInfo.InvariantCulture)))));
                grid.Body.Add(new GridRow(cells, Clean(line.Name) == "合计"));
            }

            section.Grids.Add(grid);
        }

        if (goal.Projects.Count > 0)
        {
            var grid = Grid.Simple(
                labels.Z("项目支出情况", "Projects"),
                [labels.Z("项目名称", "Project"), labels.Z("支出项目类别", "Category"), labels.Z("项目总预算", "Total budget"), labels.Z("项目本年度预算", "Budget this year"), labels.Z("主要支出方向和用途", "Purpose")]);
            foreach (var p in goal.Projects)
            {
                grid.Add(new GridCell(p.Name), new GridCell(p.Category ?? string.Empty), Amount(Numbers.Format(p.TotalBudget), null), Amount(Numbers.Format(p.YearBudget), null), new GridCell(p.Purpose ?? string.Empty));
            }

            section.Grids.Add(grid);
        }

        AddGoals(section, goal.LongTermGoals, goal.AnnualGoals, labels);
        AddIndicators(section, labels.Z("长期绩效指标", "Long-term indicators"), goal.LongTermIndicators, null, labels);
        AddIndicators(section, labels.Z("年度绩效指标", "Annual indicators"), goal.AnnualIndicators, null, labels);
        return section;
    }

    public static Section Project(ProjectPerformanceGoal goal, Precision precision, Labels labels)
    {
        var section = new Section
        {
            Id = goal.TableId,
            Title = goal.TableId + " " + labels.Z("项目支出绩效目标表", "Project performance goals"),
            Subtitle = labels.Z("项目名称：", "Project: ") + goal.Name,
            UnitLine = labels.UnitLine(precision),
        };
        var facts = Grid.Simple(labels.Z("项目基本情况", "Project facts"), [labels.Z("项目", "Item"), labels.Z("内容", "Value")]);
        Fact(facts, labels.Z("项目编码", "Project code"), goal.ProjectCode);
        Fact(facts, labels.Z("项目主管部门", "Department"), goal.Department);
        Fact(facts, labels.Z("项目执行单位", "Executing unit"), goal.ExecutingUnit);
        Fact(facts, labels.Z("项目属性", "Attribute"), goal.Attribute);
        Fact(facts, labels.Z("支出项目类别", "Category"), goal.Category);
        if (goal.StartYear is not null || goal.EndYear is not null)
        {
            Fact(facts, labels.Z("起止年度", "Years"), (goal.StartYear is { } s ? Numbers.Format(s) : string.Empty) + "–" + (goal.EndYear is { } e ? Numbers.Format(e) : string.Empty));
        }

        Fact(facts, labels.Z("项目总预算", "Total budget"), Numbers.Format(goal.TotalBudget), numeric: true);
        Fact(facts, labels.Z("项目当年预算", "Budget this year"), Numbers.Format(goal.YearBudget), Address(goal.TableId, "项目当年预算", "金额"), numeric: true);
        Fact(facts, labels.Z("项目前两年预算及当年预算变动情况", "Budget history"), goal.BudgetHistory);
        Fact(facts, labels.Z("项目申请理由", "Reason"), goal.Reason);
        Fact(facts, labels.Z("项目主要内容", "Content"), goal.Content);
        section.Grids.Add(facts);

        if (goal.FundingSources.Count > 0)
        {
            var grid = Grid.Simple(labels.Z("项目当年资金来源", "Funding sources"), [labels.Z("资金来源", "Source"), labels.Z("金额", "Amount")]);
            foreach (var source in goal.FundingSources)
            {
                grid.Body.Add(new GridRow([new GridCell(source.Name), Amount(Numbers.Format(source.Value), Address(goal.TableId, "资金来源." + source.Name, "金额"))], Clean(source.Name) == "合计"));
            }

            section.Grids.Add(grid);
        }

        if (goal.CostItems.Count > 0)
        {
            var grid = Grid.Simple(
                labels.Z("项目支出明细测算", "Cost breakdown"),
                [labels.Z("项目活动", "Activity"), labels.Z("支出经济分类", "Economic classification"), labels.Z("金额", "Amount"), labels.Z("测算依据及说明", "Basis")]);
            foreach (var item in goal.CostItems)
            {
                grid.Add(
                    new GridCell(item.Activity),
                    new GridCell((item.EconomicCode is { } code ? code.ToString() + " " : string.Empty) + (item.EconomicName ?? string.Empty)),
                    Amount(Numbers.Format(item.Amount), Address(goal.TableId, "明细测算." + item.Activity, "金额")),
                    new GridCell(item.Basis ?? item.Description ?? string.Empty));
            }

            section.Grids.Add(grid);
        }

        if (goal.Procurement.Count > 0)
        {
            var grid = Grid.Simple(labels.Z("项目采购", "Procurement"), [labels.Z("品名", "Item"), labels.Z("数量", "Quantity"), labels.Z("金额", "Amount")]);
            foreach (var item in goal.Procurement)
            {
                grid.Add(new GridCell(item.Name), new GridCell(item.Quantity ?? string.Empty), Amount(Numbers.Format(item.Amount), null));
            }

            section.Grids.Add(grid);
        }

        AddGoals(section, goal.LongTermGoals, goal.AnnualGoals, labels);
        AddIndicators(section, labels.Z("长期绩效指标", "Long-term indicators"), goal.LongTermIndicators, null, labels);
        AddIndicators(section, labels.Z("年度绩效指标", "Annual indicators"), goal.AnnualIndicators, null, labels);
        return section;
    }

    public static Section SelfEvaluation(PerformanceSelfEvaluation evaluation, Precision precision, Labels labels)
    {
        var kind = evaluation.Level == SelfEvaluationLevel.Department
            ? labels.Z("部门整体支出绩效自评表", "Department performance self-evaluation")
            : labels.Z("项目支出绩效自评表", "Project performance self-evaluation");
        var section = new Section
        {
            Id = evaluation.TableId + "/" + evaluation.Name,
            Title = (evaluation.TableId == "绩效自评表" ? string.Empty : evaluation.TableId + " ") + kind,
            Subtitle = (evaluation.Level == SelfEvaluationLevel.Department ? labels.Z("部门名称：", "Department: ") : labels.Z("项目名称：", "Project: ")) + evaluation.Name,
            UnitLine = labels.UnitLine(precision),
        };
        var facts = Grid.Simple(labels.Z("基本情况", "Facts"), [labels.Z("项目", "Item"), labels.Z("内容", "Value")]);
        Fact(facts, labels.Z("主管部门", "Department"), evaluation.Department);
        Fact(facts, labels.Z("项目实施单位", "Executing unit"), evaluation.ExecutingUnit);
        Fact(facts, labels.Z("基本支出总额", "Basic expenditure"), Numbers.Format(evaluation.BasicExpenditure), numeric: true);
        Fact(facts, labels.Z("项目支出总额", "Project expenditure"), Numbers.Format(evaluation.ProjectExpenditure), numeric: true);
        if (facts.Body.Count > 0)
        {
            section.Grids.Add(facts);
        }

        if (evaluation.Funds.Count > 0)
        {
            var hasInitial = evaluation.Funds.Any(f => f.InitialBudget is not null);
            var headers = new List<string> { labels.Z("项目", "Item") };
            if (hasInitial)
            {
                headers.Add(labels.Z("年初预算数", "Initial budget"));
            }

            headers.AddRange([labels.Z("全年预算数（A）", "Budget (A)"), labels.Z("全年执行数（B）", "Actual (B)"), labels.Z("分值", "Weight"), labels.Z("执行率（B/A）", "Rate (B/A)"), labels.Z("得分", "Score")]);
            var grid = Grid.Simple(labels.Z("预算执行情况", "Budget execution"), headers);
            foreach (var fund in evaluation.Funds)
            {
                var row = new List<GridCell> { new(fund.Name) };
                if (hasInitial)
                {
                    row.Add(Amount(Numbers.Format(fund.InitialBudget), null));
                }

                row.Add(Amount(Numbers.Format(fund.Budget), EvalAddress(evaluation, fund.Name, "预算数")));
                row.Add(Amount(Numbers.Format(fund.Actual), EvalAddress(evaluation, fund.Name, "执行数")));
                row.Add(Amount(Numbers.Format(fund.Weight), null));
                row.Add(Amount(Numbers.Format(fund.ExecutionRate), EvalAddress(evaluation, fund.Name, "执行率")));
                row.Add(Amount(Numbers.Format(fund.Score), EvalAddress(evaluation, fund.Name, "得分")));
                grid.Body.Add(new GridRow(row, false));
            }

            section.Grids.Add(grid);
        }

        if (evaluation.InitialGoal is not null || evaluation.GoalOutcome is not null)
        {
            var grid = Grid.Simple(
                labels.Z("年度总体目标", "Annual goal"),
                [labels.Z("年初设定目标", "Goal"), labels.Z("全年实际完成情况", "Outcome"), labels.Z("分值", "Weight"), labels.Z("得分", "Score")]);
            grid.Add(
                new GridCell(evaluation.InitialGoal ?? string.Empty),
                new GridCell(evaluation.GoalOutcome ?? string.Empty),
                Amount(Numbers.Format(evaluation.GoalWeight), null),
                Amount(Numbers.Format(evaluation.GoalScore), EvalAddress(evaluation, "项目绩效总目标", "得分")));
            section.Grids.Add(grid);
        }

        AddIndicators(section, labels.Z("绩效指标", "Indicators"), evaluation.Indicators, evaluation, labels);
        if (evaluation.TotalScore is { } total)
        {
            var grid = Grid.Simple(null, [labels.Z("自评得分", "Total score"), Numbers.Format(total)]);
            grid.Head[0][1] = Amount(Numbers.Format(total), EvalAddress(evaluation, "自评得分", "得分"));
            section.Grids.Add(grid);
        }

        if (evaluation.DeviationReason is { } deviation)
        {
            section.Notes.Add(labels.Z("偏差大或目标未完成原因分析：", "Deviations: ") + deviation);
        }

        if (evaluation.Improvement is { } improvement)
        {
            section.Notes.Add(labels.Z("改进措施及结果应用方案：", "Improvements: ") + improvement);
        }

        return section;
    }

    private static void AddGoals(Section section, EquatableArray<string> longTerm, EquatableArray<string> annual, Labels labels)
    {
        if (longTerm.Count == 0 && annual.Count == 0)
        {
            return;
        }

        var grid = Grid.Simple(labels.Z("绩效目标", "Goals"), [labels.Z("类别", "Kind"), labels.Z("目标", "Goal")]);
        foreach (var text in longTerm)
        {
            grid.Add(new GridCell(labels.Z("长期目标", "Long-term")), new GridCell(text));
        }

        foreach (var text in annual)
        {
            grid.Add(new GridCell(labels.Z("年度目标", "Annual")), new GridCell(text));
        }

        section.Grids.Add(grid);
    }

    private static void AddIndicators(Section section, string caption, EquatableArray<PerformanceIndicator> indicators, PerformanceSelfEvaluation? evaluation, Labels labels)
    {
        if (indicators.Count == 0)
        {
            return;
        }

        var hasActual = indicators.Any(i => i.Actual is not null);
        var hasScore = indicators.Any(i => i.Weight is not null || i.Score is not null);
        var hasBasis = indicators.Any(i => i.Basis is not null);
        var headers = new List<string> { labels.Z("一级指标", "Level 1"), labels.Z("二级指标", "Level 2"), labels.Z("三级指标", "Level 3"), labels.Z("指标值", "Target") };
        if (hasActual)
        {
            headers.Add(labels.Z("实际完成值", "Actual"));
        }

        if (hasScore)
        {
            headers.AddRange([labels.Z("分值", "Weight"), labels.Z("得分", "Score")]);
        }

        if (hasBasis)
        {
            headers.Add(labels.Z("指标值确定依据", "Basis"));
        }

        var grid = Grid.Simple(caption, headers);
        foreach (var indicator in indicators)
        {
            var row = new List<GridCell> { new(indicator.Level1), new(indicator.Level2), new(indicator.Level3), new(indicator.Target.Text) };
            if (hasActual)
            {
                row.Add(new GridCell(indicator.Actual?.Text ?? string.Empty));
            }

            if (hasScore)
            {
                row.Add(Amount(Numbers.Format(indicator.Weight), null));
                row.Add(Amount(Numbers.Format(indicator.Score), evaluation is null ? null : EvalAddress(evaluation, indicator.Level3, "得分")));
            }

            if (hasBasis)
            {
                row.Add(new GridCell(indicator.Basis ?? string.Empty));
            }

            grid.Body.Add(new GridRow(row, false));
        }

        section.Grids.Add(grid);
    }

    private static void Fact(Grid grid, string name, string? value, CellAddress? address = null, bool numeric = false)
    {
        if (!string.IsNullOrEmpty(value))
        {
            grid.Add(new GridCell(name), new GridCell(value) { Address = address, Numeric = numeric });
        }
    }

    private static GridCell Amount(string text, CellAddress? address) => new(text) { Address = address, Numeric = true };

    private static CellAddress Address(string tableId, string row, string column) => new(tableId, RowKey.Item(Clean(row)), column);

    private static CellAddress EvalAddress(PerformanceSelfEvaluation evaluation, string row, string column)
        => new(evaluation.TableId, RowKey.Item(Clean(evaluation.Name + "." + row)), column);

    private static string Clean(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
