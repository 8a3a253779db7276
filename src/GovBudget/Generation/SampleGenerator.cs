using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Performance;
using GovBudget.Tables.Settlement;
using GovBudget.TableSets;

namespace GovBudget.Generation;

/// <summary>
/// Generates realistic sample disclosures for scripts and tests: seeded and deterministic, catalog-valid codes,
/// plausible proportions of personnel, public and project expenditure, small "三公", prior-year figures. Every figure is
/// derived from exact 元 amounts and then rounded to the printed precision (四舍五入) like real documents, so a sample
/// validates clean (at most 尾差 information).
/// </summary>
public static partial class SampleGenerator
{
    /// <summary>A budget disclosure in the current layout (表1–表12).</summary>
    public static BudgetDisclosure Budget(SampleOptions options) => (BudgetDisclosure)BudgetBuilder(options).Build();

    /// <summary>A builder holding a current-layout budget, for callers that change it before building.</summary>
    public static DisclosureBuilder BudgetBuilder(SampleOptions options)
    {
        var m = new SampleModel(options);
        var p = new Printer(options.Precision);
        var b = Start(DisclosureBuilder.Budget(options.Year), m, options);
        var tree = Tree(m.Lines);
        b.Table(BudgetTables.IncomeExpenditureSummary, t =>
        {
            t.Item("一般公共预算拨款收入", p.Print(m.General)).Item("政府性基金预算拨款收入", p.Blank(m.Fund))
                .Item("本年收入合计", p.Print(m.Total)).Item("收入总计", p.Print(m.Total));
            foreach (var (code, sums) in tree.Where(n => n.Code.Level == SubjectLevel.Class))
            {
                t.Row(code.ToString(), Name(options, code), p.Print(sums.Total));
            }

            t.Item("本年支出合计", p.Print(m.Total)).Item("支出总计", p.Print(m.Total));
        });
        b.Table(BudgetTables.IncomeSummary, t =>
        {
            t.Columns("合计", "本年收入", "一般公共预算", "政府性基金预算");
            t.Total(p.Print(m.Total), p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund));
            t.Row(RowKey.Unit(m.DepartmentCode), m.DepartmentName, RowKey.Total, p.Print(m.Total), p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund));
            foreach (var unit in m.Units)
            {
                var lines = m.Lines.Where(l => l.Unit == unit).ToList();
                var general = Amount.Sum(lines.Select(l => l.General));
                var fund = Amount.Sum(lines.Select(l => l.Fund));
                t.Row(RowKey.Unit(unit.Code), unit.Name, RowKey.Unit(m.DepartmentCode), p.Print(general + fund), p.Print(general + fund), p.Print(general), p.Blank(fund));
            }
        });
        b.Table(BudgetTables.ExpenditureSummary, t => ExpenditureSummary(t, m, p, tree, options));
        b.Table(BudgetTables.AppropriationSummary, t =>
        {
            t.Item("本年收入", p.Print(m.Total)).Item("本年收入.一般公共预算拨款", p.Print(m.General)).Item("本年收入.政府性基金预算拨款", p.Blank(m.Fund))
                .Item("收入总计", p.Print(m.Total)).Item("本年支出", p.Print(m.Total));
            foreach (var (code, sums) in tree.Where(n => n.Code.Level == SubjectLevel.Class))
            {
                t.Row(code.ToString(), Name(options, code), p.Print(sums.Total));
            }

            t.Item("支出总计", p.Print(m.Total));
        });
        var generalTree = Tree(m.Lines.Where(l => l.General != Amount.Zero));
        b.Table(BudgetTables.GeneralBudgetByFunction, t =>
        {
            t.Total(p.Print(m.General), p.Print(m.Basic), p.Print(m.Personnel), p.Print(m.Public), p.Print(m.GeneralProject));
            foreach (var (code, s) in generalTree)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.General), p.Blank(s.Basic), p.Blank(s.Personnel), p.Blank(s.Public), p.Blank(s.Project));
            }
        });
        b.Table(BudgetTables.GeneralBudgetByUnit, t =>
        {
            t.Total(p.Print(m.General), p.Print(m.Basic), p.Print(m.Personnel), p.Print(m.Public), p.Print(m.GeneralProject));
            t.Row(RowKey.Unit(m.DepartmentCode), m.DepartmentName, RowKey.Total, p.Print(m.General), p.Print(m.Basic), p.Print(m.Personnel), p.Print(m.Public), p.Print(m.GeneralProject));
            foreach (var unit in m.Units)
            {
                var s = Sum(m.Lines.Where(l => l.Unit == unit));
                t.Row(RowKey.Unit(unit.Code), unit.Name, RowKey.Unit(m.DepartmentCode), p.Print(s.General), p.Print(s.Basic), p.Print(s.Personnel), p.Print(s.Public), p.Blank(s.Project));
            }
        });
        b.Table(BudgetTables.GeneralBudgetBasicByEconomic, t => BasicByEconomic(t, m, p, options));
        b.Table(BudgetTables.ThreePublicExpenses, t => t.Total(p.Print(m.Hospitality), string.Empty, string.Empty, string.Empty, string.Empty, p.Print(m.Hospitality)));
        var fundTree = Tree(m.Lines.Where(l => l.Fund != Amount.Zero));
        b.Table(BudgetTables.GovernmentFundExpenditure, t =>
        {
            if (m.Fund != Amount.Zero)
            {
                t.Total(p.Print(m.Fund), string.Empty, p.Print(m.Fund));
                foreach (var (code, s) in fundTree)
                {
                    t.Row(code.ToString(), Name(options, code), p.Print(s.Fund), string.Empty, p.Print(s.Fund));
                }
            }
            else
            {
                t.Remark("本单位没有使用政府性基金预算拨款安排的支出");
            }
        });
        b.Table(BudgetTables.StateCapitalExpenditure, t => t.Remark("本单位没有使用国有资本经营预算安排的支出"));
        b.Table(BudgetTables.ProjectExpenditure, t =>
        {
            t.Total(string.Empty, p.Print(m.GeneralProject + m.Fund), p.Print(m.GeneralProject), p.Blank(m.Fund));
            t.Row(RowKey.Unit(m.DepartmentCode), m.DepartmentName, RowKey.Total, string.Empty, p.Print(m.GeneralProject + m.Fund), p.Print(m.GeneralProject), p.Blank(m.Fund));
            // 本级支出项目 is printed under each unit with projects; named once it is keyed by its name (as the hand-made
            // fixtures key it), under several units by the unit's code and its name (506001/本级支出项目).
            var perUnit = m.Units.Count(u => m.Projects.Any(x => x.Unit == u)) > 1;
            foreach (var unit in m.Units)
            {
                var projects = m.Projects.Where(x => x.Unit == unit).ToList();
                if (projects.Count == 0)
                {
                    continue;
                }

                var g = Amount.Sum(projects.Where(x => !x.IsFund).Select(x => x.Amount));
                var f = Amount.Sum(projects.Where(x => x.IsFund).Select(x => x.Amount));
                var category = RowKey.Category(perUnit ? unit.Code + "/本级支出项目" : "本级支出项目");
                t.Row(RowKey.Unit(unit.Code), unit.Name, RowKey.Unit(m.DepartmentCode), string.Empty, p.Print(g + f), p.Blank(g), p.Blank(f));
                t.Row(category, "本级支出项目", RowKey.Unit(unit.Code), string.Empty, p.Print(g + f), p.Blank(g), p.Blank(f));
                foreach (var project in projects)
                {
                    t.Row(RowKey.Project(project.Code), project.Name, category, unit.Name, p.Print(project.Amount), project.IsFund ? string.Empty : p.Print(project.Amount), project.IsFund ? p.Print(project.Amount) : string.Empty);
                }
            }

        });
        b.OverallGoal(OverallGoal(m, p));
        var index = 0;
        foreach (var project in m.Projects)
        {
            b.ProjectGoal(ProjectGoal(m, p, project, ++index));
        }

        AddFigures(b, m, p);
        AddShareAndChange(b, m, p, options, new CellAddress("表3", RowKey.Total, "基本支出"), "部门收支总预算");
        b.Statement(new NarrativeStatement(StatementKind.Restatement, "一般公共预算基本支出")
        {
            Source = b.CurrentTableSet.CellFor(TableRoles.BasicTotal),
            Value = p.Value(m.Basic),
        });
        return b;
    }

    /// <summary>A settlement disclosure (公开01–公开09 with self-evaluations).</summary>
    public static SettlementDisclosure Settlement(SampleOptions options) => (SettlementDisclosure)SettlementBuilder(options).Build();

    /// <summary>A builder holding a settlement, for callers that change it before building.</summary>
    public static DisclosureBuilder SettlementBuilder(SampleOptions options)
    {
        var m = new SampleModel(options);
        var p = new Printer(options.Precision);
        var b = Start(DisclosureBuilder.Settlement(options.Year), m, options);
        var tree = Tree(m.Lines);
        var classes = tree.Where(n => n.Code.Level == SubjectLevel.Class).ToList();
        b.Table(b.CurrentTableSet.Definition(SettlementTables.IncomeExpenditure.Id), t =>
        {
            t.Columns("1").Line(1, p.Print(m.General)).Line(2, p.Blank(m.Fund)).Line(27, p.Print(m.Total)).Line(31, p.Print(m.Total));
            t.Columns("2");
            foreach (var (code, s) in classes)
            {
                t.Line(LineOf(t.Definition, code), p.Print(s.Total));
            }

            t.Line(LineOf(t.Definition, "本年支出合计"), p.Print(m.Total)).Line(LineOf(t.Definition, "总计", "支出"), p.Print(m.Total));
        });
        b.Table(SettlementTables.IncomeByFunction, t =>
        {
            t.Columns("1", "2").Total(p.Print(m.Total), p.Print(m.Total));
            foreach (var (code, s) in tree)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.Total), p.Print(s.Total));
            }
        });
        b.Table(SettlementTables.ExpenditureByFunction, t =>
        {
            t.Columns("1", "2", "3").Total(p.Print(m.Total), p.Print(m.Basic), p.Print(m.GeneralProject + m.Fund));
            foreach (var (code, s) in tree)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.Total), p.Blank(s.Basic), p.Blank(s.Project + s.Fund));
            }
        });
        b.Table(b.CurrentTableSet.Definition(SettlementTables.AppropriationIncomeExpenditure.Id), t =>
        {
            t.Columns("1").Line(1, p.Print(m.General)).Line(2, p.Blank(m.Fund)).Line(27, p.Print(m.Total)).Line(32, p.Print(m.Total));
            t.Columns("2", "3", "4");
            foreach (var (code, s) in classes)
            {
                t.Line(LineOf(t.Definition, code), p.Print(s.Total), p.Blank(s.General), p.Blank(s.Fund));
            }

            t.Line(LineOf(t.Definition, "本年支出合计"), p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund)).Line(LineOf(t.Definition, "总计", "支出"), p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund));
        });
        var generalTree = Tree(m.Lines.Where(l => l.General != Amount.Zero));
        b.Table(SettlementTables.GeneralBudgetExpenditure, t =>
        {
            t.Total(p.Print(m.General), p.Print(m.Basic), p.Print(m.GeneralProject));
            foreach (var (code, s) in generalTree)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.General), p.Blank(s.Basic), p.Blank(s.Project));
            }
        });
        b.Table(SettlementTables.GeneralBudgetBasicDetail, t =>
        {
            AddEconomicSingle(t, p, options, m.PersonnelByEconomic);
            AddEconomicSingle(t, p, options, m.PublicByEconomic);
            t.Item("人员经费合计", p.Print(m.Personnel)).Item("公用经费合计", p.Print(m.Public));
        });
        var fundTree = Tree(m.Lines.Where(l => l.Fund != Amount.Zero));
        b.Table(SettlementTables.GovernmentFundIncomeExpenditure, t =>
        {
            if (m.Fund == Amount.Zero)
            {
                return;
            }

            t.Total(string.Empty, p.Print(m.Fund), p.Print(m.Fund), string.Empty, p.Print(m.Fund), string.Empty);
            foreach (var (code, s) in fundTree)
            {
                t.Row(code.ToString(), Name(options, code), string.Empty, p.Print(s.Fund), p.Print(s.Fund), string.Empty, p.Print(s.Fund), string.Empty);
            }
        });
        b.Table(SettlementTables.StateCapitalExpenditure, t => t.Total());
        b.Table(SettlementTables.ThreePublicExpenses, t => t.Total(
            p.Print(m.Hospitality), string.Empty, string.Empty, string.Empty, string.Empty, p.Print(m.Hospitality),
            p.Print(m.Hospitality), string.Empty, string.Empty, string.Empty, string.Empty, p.Print(m.Hospitality)));
        foreach (var project in m.Projects)
        {
            b.SelfEvaluation(SelfEvaluation(p, project));
        }

        AddFigures(b, m, p);
        AddShareAndChange(b, m, p, options, new CellAddress("公开03", RowKey.Total, "基本支出"), "收入支出决算总计");
        var budgeted = m.General + Amount.FromTicks(m.General.Ticks / 20 / 100 * 100);
        b.Statement(new NarrativeStatement(StatementKind.Execution, "一般公共预算财政拨款支出")
        {
            Source = new CellAddress("公开05", RowKey.Total, "小计"),
            Value = p.Value(m.General),
            Base = p.Value(budgeted),
            Rate = Percentage.FromRatio(m.General, budgeted, 2),
        });
        b.PriorFigure(new PriorFigure(new CellAddress("公开05", RowKey.Total, "小计"), options.Year, DisclosureKind.Budget, p.Value(budgeted)));
        return b;
    }

    /// <summary>A budget disclosure in the older layout (L1, L4, L6, L7, L9 with 表3, 表5-1, 表6, 表11, 表12).</summary>
    public static BudgetDisclosure LegacyBudget(SampleOptions options) => (BudgetDisclosure)LegacyBudgetBuilder(options).Build();

    /// <summary>A builder holding an older-layout budget.</summary>
    public static DisclosureBuilder LegacyBudgetBuilder(SampleOptions options)
    {
        var m = new SampleModel(options);
        var p = new Printer(options.Precision);
        var b = Start(DisclosureBuilder.Budget(options.Year), m, options).TableSet("hubei.budget.legacy");
        var tree = Tree(m.Lines);
        var classes = tree.Where(n => n.Code.Level == SubjectLevel.Class).ToList();
        var wages = Amount.Sum(m.PersonnelByEconomic.Where(e => e.Code.Class.Value == 301).Select(e => e.Amount));
        var families = Amount.Sum(m.PersonnelByEconomic.Where(e => e.Code.Class.Value == 303).Select(e => e.Amount));
        b.Table(LegacyBudgetTables.AppropriationSummary, t =>
        {
            t.Columns("合计").Item("一般公共预算财政拨款收入", p.Print(m.General)).Item("政府性基金预算财政拨款收入", p.Blank(m.Fund))
                .Item("本年收入合计", p.Print(m.Total)).Item("收入总计", p.Print(m.Total));
            t.Columns("合计", "一般公共预算", "政府性基金预算");
            foreach (var (code, s) in classes)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.Total), p.Blank(s.General), p.Blank(s.Fund));
            }

            t.Item("本年支出合计", p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund))
                .Item("支出总计", p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund))
                .Item("基本支出", p.Print(m.Basic), p.Print(m.Basic), string.Empty)
                .Item("基本支出.工资福利支出", p.Print(wages), p.Print(wages), string.Empty)
                .Item("基本支出.对个人和家庭的补助", p.Blank(families), p.Blank(families), string.Empty)
                .Item("基本支出.公用经费支出", p.Print(m.Public), p.Print(m.Public), string.Empty)
                .Item("项目支出", p.Print(m.GeneralProject + m.Fund), p.Print(m.GeneralProject), p.Blank(m.Fund))
                .Item("支出类别.本年支出合计", p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund));
        });
        b.Table(LegacyBudgetTables.ThreePublicExpensesByFunction, t => t.Total(p.Print(m.Hospitality), string.Empty, string.Empty, string.Empty, string.Empty, p.Print(m.Hospitality)));
        b.Table(LegacyBudgetTables.IncomeExpenditureSummary, t =>
        {
            t.Item("一般公共预算财政拨款收入", p.Print(m.General)).Item("政府性基金预算财政拨款收入", p.Blank(m.Fund))
                .Item("本年收入合计", p.Print(m.Total)).Item("收入总计", p.Print(m.Total));
            foreach (var (code, s) in classes)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.Total));
            }

            var byEconomicClass = m.PersonnelByEconomic.Concat(m.PublicByEconomic).GroupBy(e => e.Code.Class).ToList();
            foreach (var group in byEconomicClass)
            {
                var amount = Amount.Sum(group.Select(g => g.Amount)) + (group.Key.Value == 302 ? m.GeneralProject + m.Fund : Amount.Zero);
                t.Row(group.Key.ToString(), EconomicName(options, group.Key), p.Print(amount));
            }

            t.Item("本年支出合计", p.Print(m.Total)).Item("支出总计", p.Print(m.Total)).Item("支出类别.本年支出合计", p.Print(m.Total));
        });
        b.Table(LegacyBudgetTables.IncomeSummary, t =>
        {
            t.Columns("合计", "一般公共预算", "政府性基金预算").Total(p.Print(m.Total), p.Print(m.General), p.Blank(m.Fund));
            foreach (var (code, s) in tree)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.Total), p.Blank(s.General), p.Blank(s.Fund));
            }
        });
        b.Table(BudgetTables.ExpenditureSummary, t => ExpenditureSummary(t, m, p, tree, options));
        var generalTree = Tree(m.Lines.Where(l => l.General != Amount.Zero));
        b.Table(BudgetTables.GeneralBudgetByFunction, t =>
        {
            t.Columns("合计", "基本支出", "项目支出").Total(p.Print(m.General), p.Print(m.Basic), p.Print(m.GeneralProject));
            foreach (var (code, s) in generalTree)
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.General), p.Blank(s.Basic), p.Blank(s.Project));
            }
        });
        b.Table(BudgetTables.GeneralBudgetBasicByEconomic, t => BasicByEconomic(t, m, p, options));
        b.Table(LegacyBudgetTables.GovernmentFundExpenditureByUnit, t =>
        {
            // Printed in every legacy document: empty with its note when nothing is spent from government funds.
            if (m.Fund == Amount.Zero)
            {
                t.Remark("说明：无政府性基金预算");
                return;
            }

            t.Columns("合计", "基本支出", "项目支出").Total(p.Print(m.Fund), string.Empty, p.Print(m.Fund));
            foreach (var (code, s) in Tree(m.Lines.Where(l => l.Fund != Amount.Zero)))
            {
                t.Row(code.ToString(), Name(options, code), p.Print(s.Fund), string.Empty, p.Print(s.Fund));
            }
        });
        b.Table(LegacyBudgetTables.ProjectExpenditureDetail, t =>
        {
            t.Columns("合计", "财政拨款", "政府性基金").Total(p.Print(m.GeneralProject + m.Fund), p.Print(m.GeneralProject), p.Blank(m.Fund));
            foreach (var project in m.Projects)
            {
                t.Row(RowKey.Project(project.Code), project.Name, RowKey.Total, p.Print(project.Amount), project.IsFund ? string.Empty : p.Print(project.Amount), project.IsFund ? p.Print(project.Amount) : string.Empty);
            }
        });
        b.OverallGoal(OverallGoal(m, p) with { Expenditure = Composition(p, m.Total, options.Year, m.PriorTotal, ("基本支出", m.Basic), ("项目支出", m.GeneralProject + m.Fund)) });
        var index = 0;
        foreach (var project in m.Projects)
        {
            b.ProjectGoal(ProjectGoal(m, p, project, ++index));
        }

        AddFigures(b, m, p);
        return b;
    }

    private static DisclosureBuilder Start(DisclosureBuilder builder, SampleModel m, SampleOptions options)
    {
        builder.Department(m.DepartmentCode, m.DepartmentName).WithPrecision(options.Precision);
        foreach (var unit in m.Units)
        {
            builder.Unit(unit.Code, unit.Name, unit.Kind);
        }

        return builder;
    }

    private static OverallPerformanceGoal OverallGoal(SampleModel m, Printer p) => new(m.DepartmentName)
    {
        Income = Composition(p, m.Total, m.Options.Year, m.PriorTotal, ("财政拨款", m.Total)),
        Expenditure = Composition(p, m.Total, m.Options.Year, m.PriorTotal, ("人员类项目支出", m.Personnel), ("运转类项目支出", m.Public), ("特定目标类项目支出", m.GeneralProject + m.Fund)),
        Projects = m.Projects.Select(x => new GoalProject(x.Name, "本级支出项目", p.Value(x.Amount), p.Value(x.Amount))).ToArray(),
        AnnualGoals = new[] { "保障机构正常运转，完成年度工作任务。" },
    };

    private static CompositionLine[] Composition(Printer p, Amount total, int year, Amount priorTotal, params (string Name, Amount Amount)[] lines)
    {
        // Prior years: the first line takes the whole prior total (a simple, consistent history).
        var result = lines.Select((l, i) => new CompositionLine(l.Name, p.Value(l.Amount), Percentage.FromRatio(l.Amount, total, 2))
        {
            PriorYears = new[] { new YearAmount(year - 1, i == 0 ? p.Value(priorTotal) : p.Value(Amount.Zero)) },
        }).ToList();
        result.Add(new CompositionLine("合计", p.Value(total), Percentage.FromRatio(total, total, 2)) { PriorYears = new[] { new YearAmount(year - 1, p.Value(priorTotal)) } });
        return [.. result];
    }

    private static ProjectPerformanceGoal ProjectGoal(SampleModel m, Printer p, SampleModel.Project project, int index)
    {
        var first = Amount.FromTicks(project.Amount.Ticks / 300 * 100); // a third, whole 分
        var second = project.Amount - first;
        return new ProjectPerformanceGoal(project.Name)
        {
            TableId = "表12-" + index.ToString(CultureInfo.InvariantCulture),
            ProjectCode = project.Code,
            Department = m.DepartmentName,
            ExecutingUnit = project.Unit.Name,
            Category = "本级支出项目",
            StartYear = m.Options.Year,
            EndYear = m.Options.Year,
            TotalBudget = p.Value(project.Amount),
            YearBudget = p.Value(project.Amount),
            FundingSources = new[]
            {
                new NamedAmount("合计", p.Value(project.Amount)),
                new NamedAmount(project.IsFund ? "2. 政府性基金预算财政拨款" : "1. 一般公共预算财政拨款", p.Value(project.Amount)),
            },
            CostItems = new[]
            {
                new CostItem("委托第三方服务", "委托业务费", p.Value(first)) { EconomicCode = EconomicCode.FromValue(30227) },
                new CostItem("专项工作经费", "其他商品和服务支出", p.Value(second)) { EconomicCode = EconomicCode.FromValue(30299) },
            },
            AnnualIndicators = new[]
            {
                new PerformanceIndicator("产出指标", "数量指标", "完成工作任务数", IndicatorValue.Parse("≥95%")) { Basis = "计划标准" },
                new PerformanceIndicator("满意度指标", "服务对象满意度指标", "服务对象满意度", IndicatorValue.Parse("≥90%")) { Basis = "计划标准" },
            },
        };
    }

    private static PerformanceSelfEvaluation SelfEvaluation(Printer p, SampleModel.Project project)
    {
        var budget = project.Amount + Amount.FromTicks(project.Amount.Ticks / 50 / 100 * 100);
        var rate = Percentage.FromRatio(project.Amount, budget, 2);
        var exactScore = 20m * Math.Min((decimal)project.Amount.Ticks / budget.Ticks, 1m);
        var score = decimal.Round(exactScore, 2, MidpointRounding.AwayFromZero);
        return new PerformanceSelfEvaluation(SelfEvaluationLevel.Project, project.Name)
        {
            TableId = "自评-" + project.Code,
            Department = project.Unit.Name,
            ExecutingUnit = project.Unit.Name,
            Funds = new[] { new SelfEvaluationFund("年度财政资金总额", p.Value(budget), p.Value(project.Amount), rate) { Weight = 20m, Score = score } },
            GoalWeight = 20m,
            GoalScore = 20m,
            Indicators = new[]
            {
                new PerformanceIndicator("产出指标", "数量指标", "完成工作任务数", IndicatorValue.Parse("≥95%")) { Actual = IndicatorValue.Parse("100%"), Weight = 30m, Score = 30m },
                new PerformanceIndicator("满意度指标", "服务对象满意度指标", "服务对象满意度", IndicatorValue.Parse("≥90%")) { Actual = IndicatorValue.Parse("95%"), Weight = 30m, Score = 30m },
            },
            TotalScore = score + 20m + 60m,
        };
    }

    private static void AddFigures(DisclosureBuilder b, SampleModel m, Printer p)
    {
        var services = m.GeneralProject.Ticks / 3 / 100 * 100;
        var goods = Amount.FromTicks(m.Public.Ticks / 10 / 100 * 100);
        var serviceAmount = Amount.FromTicks(services);
        var total = goods + serviceAmount;
        var smes = Amount.FromTicks(total.Ticks / 2 / 100 * 100);
        var public1 = Amount.FromTicks(services / 2 / 100 * 100);
        b.Figures(new ReportedFigures
        {
            OperatingExpenses = p.Value(m.Public),
            Procurement = new GovernmentProcurement
            {
                Total = p.Value(total),
                Goods = p.Value(goods),
                Works = p.Value(Amount.Zero),
                Services = p.Value(serviceAmount),
                AwardedToSmes = p.Value(smes),
                SmeShare = total.IsZero ? null : Percentage.FromRatio(smes, total, 2),
            },
            PurchasedServices = new[]
            {
                new NamedAmount("合计", p.Value(serviceAmount)),
                new NamedAmount("公共服务", p.Value(public1)),
                new NamedAmount("政府履职辅助性服务", p.Value(serviceAmount - public1)),
            },
            Assets = new AssetHoldings
            {
                Vehicles = 2,
                VehiclesByKind = new[] { new NamedCount("机要通信用车", 1, "辆"), new NamedCount("应急保障用车", 1, "辆") },
            },
        });
    }

    /// <summary>表3 as both budget layouts print it: 合计, 基本支出, 项目支出 over the functional tree.</summary>
    private static void ExpenditureSummary(TableBuilder t, SampleModel m, Printer p, List<(FunctionalCode Code, Sums Sums)> tree, SampleOptions options)
    {
        t.Columns("合计", "基本支出", "项目支出").Total(p.Print(m.Total), p.Print(m.Basic), p.Print(m.GeneralProject + m.Fund));
        foreach (var (code, s) in tree)
        {
            t.Row(code.ToString(), Name(options, code), p.Print(s.Total), p.Blank(s.Basic), p.Blank(s.Project + s.Fund));
        }
    }

    /// <summary>表6: personnel and public costs by economic 类 and 款.</summary>
    private static void BasicByEconomic(TableBuilder t, SampleModel m, Printer p, SampleOptions options)
    {
        t.Total(p.Print(m.Basic), p.Print(m.Personnel), p.Print(m.Public));
        AddEconomic(t, p, options, m.PersonnelByEconomic, personnel: true);
        AddEconomic(t, p, options, m.PublicByEconomic, personnel: false);
    }

    private static void AddEconomic(TableBuilder t, Printer p, SampleOptions options, IReadOnlyList<(EconomicCode Code, Amount Amount)> items, bool personnel)
    {
        foreach (var group in items.GroupBy(i => i.Code.Class))
        {
            var sum = Amount.Sum(group.Select(g => g.Amount));
            t.Row(group.Key.ToString(), EconomicName(options, group.Key), p.Print(sum), personnel ? p.Print(sum) : string.Empty, personnel ? string.Empty : p.Print(sum));
            foreach (var (code, amount) in group)
            {
                t.Row(code.ToString(), EconomicName(options, code), p.Print(amount), personnel ? p.Print(amount) : string.Empty, personnel ? string.Empty : p.Print(amount));
            }
        }
    }

    private static void AddEconomicSingle(TableBuilder t, Printer p, SampleOptions options, IReadOnlyList<(EconomicCode Code, Amount Amount)> items)
    {
        foreach (var group in items.GroupBy(i => i.Code.Class))
        {
            t.Row(group.Key.ToString(), EconomicName(options, group.Key), p.Print(Amount.Sum(group.Select(g => g.Amount))));
            foreach (var (code, amount) in group)
            {
                t.Row(code.ToString(), EconomicName(options, code), p.Print(amount));
            }
        }
    }

    private static int LineOf(TableDefinition definition, FunctionalCode code)
        => definition.Lines.First(l => l.Subject == code).Key.LineNumber!.Value;

    /// <summary>The number of the line labelled <paramref name="label"/> (on <paramref name="side"/>): lines after the 类 follow the catalog edition.</summary>
    private static int LineOf(TableDefinition definition, string label, string? side = null)
        => definition.Lines.First(l => l.Label == label && (side is null || l.Side == side)).Key.LineNumber!.Value;

    private static string? Name(SampleOptions options, FunctionalCode code) => CatalogSet.BuiltIn.Functional(options.Year).NameOf(code);

    private static string? EconomicName(SampleOptions options, EconomicCode code) => CatalogSet.BuiltIn.Economic(code.System, options.Year).NameOf(code);

    private static List<(FunctionalCode Code, Sums Sums)> Tree(IEnumerable<SampleModel.Line> lines)
    {
        var sums = new SortedDictionary<FunctionalCode, Sums>();
        foreach (var line in lines)
        {
            foreach (var code in line.Item.Ancestors().Prepend(line.Item))
            {
                sums[code] = (sums.TryGetValue(code, out var s) ? s : default) + new Sums(line.Personnel, line.Public, line.Project, line.Fund);
            }
        }

        return [.. sums.Select(kv => (kv.Key, kv.Value))];
    }

    private static Sums Sum(IEnumerable<SampleModel.Line> lines)
        => lines.Aggregate(default(Sums), (s, l) => s + new Sums(l.Personnel, l.Public, l.Project, l.Fund));

    private readonly record struct Sums(Amount Personnel, Amount Public, Amount Project, Amount Fund)
    {
        public Amount Basic => Personnel + Public;

        public Amount General => Basic + Project;

        public Amount Total => General + Fund;

        public static Sums operator +(Sums a, Sums b) => new(a.Personnel + b.Personnel, a.Public + b.Public, a.Project + b.Project, a.Fund + b.Fund);
    }

    /// <summary>Prints exact amounts at the sample's precision (四舍五入), blank for exact zeros where documents leave cells empty.</summary>
    private sealed class Printer(Precision precision)
    {
        public string Print(Amount exact) => exact.Round(precision).ToString(precision);

        public string Blank(Amount exact) => exact.IsZero ? string.Empty : Print(exact);

        public ReportedValue Value(Amount exact) => ReportedValue.RoundFrom(exact, precision);
    }

    /// <summary>The two statements every generated document makes: 基本支出 as a share of the total, and the total against last year (its cell found through the set's role).</summary>
    private static void AddShareAndChange(DisclosureBuilder b, SampleModel m, Printer p, SampleOptions options, CellAddress basicSource, string changeSubject)
    {
        b.Statement(new NarrativeStatement(StatementKind.Share, "基本支出")
        {
            Source = basicSource,
            Value = p.Value(m.Basic),
            Base = p.Value(m.Total),
            Rate = Percentage.FromRatio(m.Basic, m.Total, 2),
        });
        b.Statement(new NarrativeStatement(StatementKind.Change, changeSubject)
        {
            Source = b.CurrentTableSet.CellFor(TableRoles.IncomeTotal),
            Value = p.Value(m.Total),
            Base = p.Value(m.PriorTotal),
            BaseYear = options.Year - 1,
            Difference = p.Value(m.Total - m.PriorTotal),
            Rate = Percentage.FromRatio(m.Total - m.PriorTotal, m.PriorTotal, 2),
        });
    }

}
