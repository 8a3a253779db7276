using CsCheck;
using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Performance;
using GovBudget.Tables.Settlement;

namespace GovBudget.Tests.Serialization;

/// <summary>
/// CsCheck generators of whole disclosures, built through <see cref="DisclosureBuilder"/>: built-in and custom table
/// kinds, every row-key kind, empty / zero / negative / text cells, per-table precisions, explicit parents, figures,
/// statements, prior figures and performance records.
/// </summary>
public static class DisclosureGen
{
    private const string Hanzi = "部门预算医疗保障局本级一般公共政府性基金项目支出合计收入武汉市洪山区黄陂";
    private const string Plain = Hanzi + "abcXYZ0123456789()（）-";
    private const string Tricky = Plain + " ,\"\n\r\t'\\/:;{}[]<>&\u00e9\u3000";

    private static readonly string[] FunctionalCodes = ["201", "20101", "2010101", "208", "20805", "2080505", "2080506", "210", "21015", "2101501", "221"];
    private static readonly string[] FunctionalClasses = ["201", "208", "210", "221"];
    private static readonly string[] EconomicCodes = ["301", "30101", "30102", "302", "30201", "310", "31002"];

    private static readonly Precision[] Precisions =
        [Precision.WanYuan2, Precision.Yuan2, Precision.Yuan0, new(AmountUnit.WanYuan, 4), new(AmountUnit.YiYuan, 2), new(AmountUnit.WanYuan, 0)];

    /// <summary>Trimmed non-empty text, Chinese and ASCII.</summary>
    public static Gen<string> Text { get; } = Gen.Char[Plain].Array[1, 10].Select(cs => new string(cs));

    /// <summary>Any text, including quotes, commas, line breaks and surrounding spaces.</summary>
    public static Gen<string> AnyText { get; } = Gen.Char[Tricky].Array[0, 12].Select(cs => new string(cs));

    /// <summary>A precision from the ones disclosures use.</summary>
    public static Gen<Precision> AnyPrecision { get; } = Gen.OneOf(Precisions);

    /// <summary>A disclosure (budget or settlement).</summary>
    public static Gen<Disclosure> Disclosure =>
        from kind in Gen.OneOf(DisclosureKind.Budget, DisclosureKind.Settlement)
        from year in Gen.Int[1990, 2035]
        from edition in Gen.Int[1990, 2035]
        from precision in AnyPrecision
        from departmentCode in OrNull(Gen.Int[1, 999].Select(i => i.ToString("000")))
        from departmentName in Text
        from units in Gen.Select(Gen.Int[1, 999], Text, Gen.Enum<UnitKind>()).Array[0, 3]
        from tables in GenTables(kind, edition, departmentCode, units.Select(u => u.Item1.ToString("000000")).Distinct().ToArray(), precision)
        from figures in OrNull(Figures)
        from statements in Statement.Array[0, 3]
        from priors in Prior.Array[0, 3]
        from legacy in Gen.Bool
        from overall in OrNull(OverallGoal)
        from projects in ProjectGoal.Array[0, 2]
        from evaluations in SelfEvaluation.Array[0, 2]
        select Build(kind, year, edition, precision, departmentCode, departmentName, units, tables, figures, statements, priors, legacy, overall, projects, evaluations);

    /// <summary>A figure at a random precision (negative, zero or positive).</summary>
    public static Gen<ReportedValue> Value { get; } =
        from precision in AnyPrecision
        from k in Gen.Long[-10_000_000L, 100_000_000L]
        select new ReportedValue(Amount.FromTicks(k * precision.Step.Ticks), precision);

    private static Gen<Percentage> Percent { get; } =
        from decimals in Gen.Int[0, 3]
        from k in Gen.Int[-100_000, 1_000_000]
        select new Percentage(k / Pow10(decimals), decimals);

    private static Gen<decimal> Score { get; } = Gen.Int[0, 10_000].Select(i => i / 100m);

    private static Gen<IndicatorValue> Indicator { get; } = Gen.Frequency(
        (4, Gen.OneOf("≥95%", "=80 家", "≧5 期", ">95%", "100%", "优秀", "按时支付", "≤3 天", "12 个月").Select(IndicatorValue.Parse)),
        (1, Gen.Select(Text, Gen.Enum<Comparator>(), OrNullValue(Score), OrNull(Text)).Select((t, c, n, u) => new IndicatorValue(t, c, n, u))));

    private static Gen<PerformanceIndicator> PerformanceIndicator { get; } =
        from levels in Gen.Select(Text, Text, Text)
        from target in Indicator
        from actual in OrNull(Indicator)
        from basis in OrNull(AnyText)
        from history in Indicator.Array[0, 2]
        from weight in OrNullValue(Score)
        from score in OrNullValue(Score)
        from goal in OrNull(Text)
        select new PerformanceIndicator(levels.Item1, levels.Item2, levels.Item3, target) { Actual = actual, Basis = basis, History = history, Weight = weight, Score = score, Goal = goal };

    private static Gen<NamedAmount> Named { get; } = Gen.Select(Text, OrNullValue(Value)).Select((n, v) => new NamedAmount(n, v));

    private static Gen<NamedCount> Count { get; } = Gen.Select(Text, Gen.Long[0, 1_000_000], OrNull(Text)).Select((n, c, u) => new NamedCount(n, c, u));

    private static Gen<ReportedFigures> Figures { get; } =
        from operating in OrNullValue(Value)
        from prior in OrNullValue(Value)
        from procurement in OrNull(
            from v in OrNullValue(Value).Array[6, 6]
            from p in OrNullValue(Percent).Array[2, 2]
            select new GovernmentProcurement { Total = v[0], Goods = v[1], Works = v[2], Services = v[3], AwardedToSmes = v[4], SmeShare = p[0], AwardedToSmallAndMicro = v[5], SmallAndMicroShare = p[1] })
        from services in Named.Array[0, 3]
        from assets in OrNull(
            from vehicles in OrNullValue(Gen.Long[0, 100])
            from kinds in Count.Array[0, 2]
            from other in Count.Array[0, 2]
            select new AssetHoldings { Vehicles = vehicles, VehiclesByKind = kinds, Other = other })
        from counts in Count.Array[0, 3]
        from other in Named.Array[0, 2]
        select new ReportedFigures { OperatingExpenses = operating, OperatingExpensesPriorYear = prior, Procurement = procurement, PurchasedServices = services, Assets = assets, ThreePublicCounts = counts, Other = other };

    /// <summary>An address whose column its table has (the reader rejects an unknown column of a known table); the row may be missing.</summary>
    private static Gen<CellAddress> Address { get; } =
        from cell in Gen.OneOf(Gen.Const(("表1", "预算数")), Gen.Const(("表5-1", "合计")), Gen.Const(("公开01", "收入决算数")), Gen.Const(("自定义", "c0")), Gen.Const(("未知表", "合计")))
        from row in Gen.OneOf(RowKey.Total, RowKey.Line(27), RowKey.Functional(FunctionalCode.Parse("2080505")), RowKey.Item("本年收入合计"))
        select new CellAddress(cell.Item1, row, cell.Item2);

    private static Gen<NarrativeStatement> Statement { get; } =
        from kind in Gen.Enum<StatementKind>()
        from subject in Text
        from source in OrNullValue(Address)
        from values in OrNullValue(Value).Array[3, 3]
        from baseYear in OrNullValue(Gen.Int[2000, 2030])
        from rate in OrNullValue(Percent)
        from text in OrNull(AnyText)
        select new NarrativeStatement(kind, subject) { Source = source, Value = values[0], Base = values[1], BaseYear = baseYear, Difference = values[2], Rate = rate, Text = text };

    private static Gen<PriorFigure> Prior { get; } =
        Gen.Select(Address, Gen.Int[2000, 2030], Gen.Enum<DisclosureKind>(), Value).Select((a, y, k, v) => new PriorFigure(a, y, k, v));

    private static Gen<CompositionLine> Composition { get; } =
        from name in Text
        from amount in OrNullValue(Value)
        from share in OrNullValue(Percent)
        from years in Gen.Select(Gen.Int[2000, 2030], OrNullValue(Value)).Select((y, v) => new YearAmount(y, v)).Array[0, 2]
        select new CompositionLine(name, amount, share) { PriorYears = years };

    private static Gen<OverallPerformanceGoal> OverallGoal { get; } =
        from unit in Text
        from tableId in Gen.OneOf("表11", "十")
        from income in Composition.Array[0, 3]
        from expenditure in Composition.Array[0, 3]
        from projects in Gen.Select(Text, OrNull(Text), OrNullValue(Value), OrNullValue(Value), OrNull(AnyText)).Select((n, c, t, y, p) => new GoalProject(n, c, t, y, p)).Array[0, 2]
        from goals in AnyText.Array[0, 2]
        from annual in AnyText.Array[0, 2]
        from longTerm in PerformanceIndicator.Array[0, 2]
        from annualIndicators in PerformanceIndicator.Array[0, 2]
        select new OverallPerformanceGoal(unit) { TableId = tableId, Income = income, Expenditure = expenditure, Projects = projects, LongTermGoals = goals, AnnualGoals = annual, LongTermIndicators = longTerm, AnnualIndicators = annualIndicators };

    private static Gen<ProjectPerformanceGoal> ProjectGoal { get; } =
        from name in Text
        from texts in OrNull(AnyText).Array[12, 12]
        from years in OrNullValue(Gen.Int[2000, 2030]).Array[2, 2]
        from budgets in OrNullValue(Value).Array[2, 2]
        from funding in Named.Array[0, 3]
        from costs in Gen.Select(Text, OrNull(Text), OrNullValue(Value), OrNullValue(Gen.OneOf(EconomicCodes).Select(c => EconomicCode.Parse(c, null))), OrNull(AnyText))
            .Select((a, e, v, code, d) => new CostItem(a, e, v) { EconomicCode = code, Description = d, Basis = d is null ? null : d + "依据" }).Array[0, 2]
        from procurement in Gen.Select(Text, OrNull(Text), OrNullValue(Value)).Select((n, q, v) => new ProcurementItem(n, q, v)).Array[0, 2]
        from goals in AnyText.Array[0, 2]
        from indicators in PerformanceIndicator.Array[0, 3]
        select new ProjectPerformanceGoal(name)
        {
            TableId = "表12-" + name.Length,
            ProjectCode = texts[0], Department = texts[1], ExecutingUnit = texts[2], Manager = texts[3], Phone = texts[4], Address = texts[5],
            PostCode = texts[6], Attribute = texts[7], Category = texts[8], Reason = texts[9], Content = texts[10], BudgetHistory = texts[11],
            StartYear = years[0], EndYear = years[1], TotalBudget = budgets[0], YearBudget = budgets[1],
            FundingSources = funding, CostItems = costs, Procurement = procurement, LongTermGoals = goals, AnnualGoals = goals.Reverse().ToArray(),
            LongTermIndicators = indicators.Take(1).ToArray(), AnnualIndicators = indicators.Skip(1).ToArray(),
        };

    private static Gen<PerformanceSelfEvaluation> SelfEvaluation { get; } =
        from level in Gen.Enum<SelfEvaluationLevel>()
        from name in Text
        from texts in OrNull(AnyText).Array[6, 6]
        from values in OrNullValue(Value).Array[2, 2]
        from funds in Gen.Select(Text, OrNullValue(Value), OrNullValue(Value), OrNullValue(Percent), OrNullValue(Score))
            .Select((n, b, a, r, s) => new SelfEvaluationFund(n, b, a, r) { InitialBudget = b, Weight = s, Score = s }).Array[0, 3]
        from indicators in PerformanceIndicator.Array[0, 3]
        from total in OrNullValue(Score)
        from goal in OrNullValue(Score).Array[2, 2]
        select new PerformanceSelfEvaluation(level, name)
        {
            TableId = "自评-" + name,
            Department = texts[0], ExecutingUnit = texts[1], InitialGoal = texts[2], GoalOutcome = texts[3], DeviationReason = texts[4], Improvement = texts[5],
            BasicExpenditure = values[0], ProjectExpenditure = values[1], Funds = funds, Indicators = indicators, TotalScore = total,
            GoalWeight = goal[0], GoalScore = goal[1],
        };

    /// <summary>A table kind that is not built in (text and amount columns, every row-key kind).</summary>
    public static Gen<TableDefinition> CustomDefinition(DisclosureKind kind) =>
        from id in Text
        from names in Gen.Select(Text, AnyText)
        from columns in Gen.Select(Gen.Bool, OrNullValue(Gen.Int[1, 99]), OrNull(Text), AnyText).Array[1, 5]
        from rowKinds in Gen.Enum<RowKeyKind>().Array[1, 4]
        from withLines in Gen.Bool
        from formulas in AnyText.Array[0, 2]
        select new TableDefinition(
            "自定义" + id,
            names.Item1,
            names.Item2,
            kind,
            rowKinds.Distinct().ToArray(),
            columns.Select((c, i) => new ColumnDefinition("c" + i, "列" + i + c.Item4, "Column " + i, c.Item2, c.Item1 ? ColumnKind.Text : ColumnKind.Amount, c.Item3)).ToArray(),
            withLines && rowKinds.Contains(RowKeyKind.Item) ? new[] { new LineDefinition(RowKey.Item("本年收入合计"), "本年收入合计", FunctionalCode.Parse("208"), "收入"), new LineDefinition(RowKey.Item("收入总计"), "收入总计") } : [],
            formulas);

    /// <summary>The rows of a table of kind <paramref name="definition"/>: distinct keys the kind takes, cells, labels, parents.</summary>
    public static Gen<TableRow[]> Rows(TableDefinition definition, Precision precision, string?[] unitCodes)
    {
        var keys = CandidateKeys(definition, unitCodes);
        if (keys.Length == 0)
        {
            return Gen.Const(Array.Empty<TableRow>());
        }

        return
            from mask in Gen.Bool.Array[keys.Length, keys.Length]
            let chosen = keys.Where((_, i) => mask[i]).ToArray()
            from rows in Gen.Select(OrNull(AnyText), Cells(definition, precision), Gen.Int[-3, 100]).Array[chosen.Length, chosen.Length]
            select chosen.Select((key, i) => new TableRow(
                key,
                rows[i].Item1,
                rows[i].Item2,
                IsCode(key) || rows[i].Item3 < 0 || i == 0 ? null : chosen[rows[i].Item3 % i])).ToArray();
    }

    private static Gen<Cell[]> Cells(TableDefinition definition, Precision precision)
        => Gen.Select(Gen.Int[0, 5], Gen.Long[-1_000_000L, 100_000_000L], Text).Select((choice, k, text) => (choice, k, text))
            .Array[definition.Columns.Count, definition.Columns.Count]
            .Select(parts => parts.Select((p, c) => p.choice switch
            {
                0 => Cell.Empty,
                _ when definition.Columns[c].Kind == ColumnKind.Text => Cell.FromText(p.text),
                1 => Cell.FromAmount(Amount.Zero),
                _ => Cell.FromAmount(Amount.FromTicks(p.k * precision.Step.Ticks)),
            }).ToArray());

    private static Gen<Table[]> GenTables(DisclosureKind kind, int edition, string? departmentCode, string[] unitCodes, Precision precision)
    {
        // A settlement's 公开01/公开04 number their 类 lines by the catalog edition: take the definitions of the disclosure's edition.
        var national = GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("national.settlement").ForEdition(edition);
        var builtIn = (kind == DisclosureKind.Budget ? BudgetTables.All.Concat(LegacyBudgetTables.All) : SettlementTables.All.Select(d => national.FindTable(d.Id)?.Definition ?? d)).ToArray();
        string?[] known = [departmentCode, .. unitCodes];
        return
            from mask in Gen.Int[0, 7].Array[builtIn.Length, builtIn.Length]
            from custom in OrNull(CustomDefinition(kind))
            let definitions = builtIn.Where((_, i) => mask[i] == 0).Concat(custom is null ? [] : [custom]).ToArray()
            from precisions in Gen.Frequency((3, Gen.Const(precision)), (1, AnyPrecision)).Array[definitions.Length, definitions.Length]
            from remarks in OrNull(AnyText).Array[definitions.Length, definitions.Length]
            from rows in Gen.Int[0, 0].SelectMany(_ => SequenceOf(definitions.Select((d, i) => Rows(d, precisions[i], known)).ToArray()))
            from incomplete in OrNull(Text).Array[definitions.Length, definitions.Length]
            select definitions.Select((d, i) => new Table(d, precisions[i], rows[i], remarks[i], incomplete[i])).ToArray();
    }

    private static Gen<TableRow[][]> SequenceOf(Gen<TableRow[]>[] gens)
    {
        Gen<TableRow[][]> result = Gen.Const(Array.Empty<TableRow[]>());
        foreach (var gen in gens)
        {
            var g = gen;
            result = result.SelectMany(acc => g.Select(x => (TableRow[][])[.. acc, x]));
        }

        return result;
    }

    private static RowKey[] CandidateKeys(TableDefinition definition, string?[] unitCodes)
    {
        var keys = new List<RowKey>();
        if (definition.Lines.Count > 0)
        {
            keys.AddRange(definition.Lines.Select(l => l.Key));
            if (definition.RowKinds.Contains(RowKeyKind.Functional))
            {
                keys.AddRange(FunctionalClasses.Select(c => RowKey.Functional(FunctionalCode.Parse(c))));
            }

            if (definition.RowKinds.Contains(RowKeyKind.Total))
            {
                keys.Add(RowKey.Total);
            }

            return [.. keys.Where(k => definition.RowKinds.Contains(k.Kind)).Distinct()];
        }

        foreach (var kind in definition.RowKinds)
        {
            switch (kind)
            {
                case RowKeyKind.Total: keys.Add(RowKey.Total); break;
                case RowKeyKind.Line: keys.AddRange([RowKey.Line(1), RowKey.Line(2), RowKey.Line(27)]); break;
                case RowKeyKind.Functional: keys.AddRange(FunctionalCodes.Select(c => RowKey.Functional(FunctionalCode.Parse(c)))); break;
                case RowKeyKind.Economic: keys.AddRange(EconomicCodes.Select(c => RowKey.Economic(EconomicCode.Parse(c)))); break;
                case RowKeyKind.Unit: keys.AddRange(unitCodes.OfType<string>().Select(RowKey.Unit)); break;
                case RowKeyKind.Project: keys.AddRange([RowKey.Project("42010626506T000000102"), RowKey.Project("打击欺诈骗保: 专项"), RowKey.Project("P\"引号\",逗号")]); break;
                case RowKeyKind.Item: keys.AddRange([RowKey.Item("本年收入合计"), RowKey.Item("上年结转结余")]); break;
                case RowKeyKind.Category: keys.AddRange([RowKey.Category("本级支出项目"), RowKey.Category("品目 A")]); break;
            }
        }

        return [.. keys.Distinct()];
    }

    private static bool IsCode(RowKey key) => key.Kind is RowKeyKind.Functional or RowKeyKind.Economic or RowKeyKind.Total;

    private static Disclosure Build(
        DisclosureKind kind, int year, int edition, Precision precision, string? departmentCode, string departmentName,
        (int, string, UnitKind)[] units, Table[] tables, ReportedFigures? figures, NarrativeStatement[] statements, PriorFigure[] priors,
        bool legacy, OverallPerformanceGoal? overall, ProjectPerformanceGoal[] projects, PerformanceSelfEvaluation[] evaluations)
    {
        var b = kind == DisclosureKind.Budget ? DisclosureBuilder.Budget(year) : DisclosureBuilder.Settlement(year);
        b.Department(departmentCode, departmentName).WithPrecision(precision).CatalogEdition(edition);
        foreach (var (code, name, unitKind) in units)
        {
            b.Unit(code.ToString("000000"), name, unitKind);
        }

        foreach (var table in tables)
        {
            b.Table(table.Definition, t =>
            {
                t.WithPrecision(table.Precision);
                if (table.Remark is { } remark)
                {
                    t.Remark(remark);
                }

                if (table.IncompleteReason is { } reason)
                {
                    t.Incomplete(reason);
                }

                foreach (var row in table.Rows)
                {
                    var cells = row.Cells.Select(c => c.Kind switch
                    {
                        CellKind.Amount => c.Amount!.Value.ToString(table.Precision),
                        CellKind.Text => c.Text,
                        _ => null,
                    }).ToArray();
                    if (row.Parent is { } parent)
                    {
                        t.Row(row.Key, row.Label, parent, cells);
                    }
                    else
                    {
                        t.Row(row.Key, row.Label, cells);
                    }
                }
            });
        }

        if (figures is not null)
        {
            b.Figures(figures);
        }

        foreach (var s in statements)
        {
            b.Statement(s);
        }

        foreach (var p in priors)
        {
            b.PriorFigure(p);
        }

        if (kind == DisclosureKind.Budget)
        {
            b.TableSet(legacy ? "hubei.budget.legacy" : "hubei.budget");
            if (overall is not null)
            {
                b.OverallGoal(overall);
            }

            foreach (var p in projects)
            {
                b.ProjectGoal(p);
            }
        }
        else
        {
            foreach (var e in evaluations)
            {
                b.SelfEvaluation(e);
            }
        }

        return b.Build();
    }

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }

        return r;
    }

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Const<T?>((T?)null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Const<T?>((T?)null)), (2, gen.Select(x => (T?)x)));
}
