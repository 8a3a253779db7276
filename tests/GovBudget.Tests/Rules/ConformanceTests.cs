using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.Rules.Families;
using GovBudget.Rules.Sets;
using GovBudget.Tables;
using GovBudget.Tables.Performance;
using GovBudget.TableSets;
using static GovBudget.Generation.DisclosureEdits;

namespace GovBudget.Tests.Rules;

/// <summary>
/// The conformance corpus, in the manner of the XBRL conformance suites: each case starts from a clean generated
/// disclosure (an exact variant printed to 0.01 元 and a rounded variant printed to 0.01 万元) or from a real document
/// transcribed by hand (the Shanghai fixtures, one variant: as printed), applies one small fault,
/// and names the rule ids — with counts — whose non-rounding findings it must trigger, and nothing else: findings above
/// Info, and (separately) the Infos that are not 尾差 (such as a code missing from a partial catalog).
/// </summary>
public class ConformanceTests
{
    private static readonly Amount W = Amount.FromWanYuan(1m);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Corpus.All)
        {
            foreach (var variant in Corpus.Variants(c.BaseName))
            {
                data.Add(c.Name, variant);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Bases()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Corpus.BaseNames)
        {
            foreach (var variant in Corpus.Variants(name))
            {
                data.Add(name, variant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_TriggersExactlyTheNamedRules(string name, string variant)
    {
        var c = Corpus.All.Single(x => x.Name == name);
        var disclosure = c.Apply(Corpus.Base(c.BaseName, variant));
        var options = Corpus.OptionsFor(c.BaseName);
        var report = disclosure.Validate(c.Text is null ? options : options with { Narrative = NarrativeText.FromPlainText(c.Text(disclosure)) });
        var actual = report.Problems.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());
        actual.OrderBy(kv => kv.Key, StringComparer.Ordinal).ShouldBe(c.Expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), $"{name} ({variant}):\n{string.Join("\n", report.Problems)}");
        var notes = report.Findings.Where(f => f.Severity == Severity.Info && !f.WithinRounding).ToList();
        var actualNotes = notes.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());
        actualNotes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ShouldBe((c.Infos ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal), $"{name} ({variant}) Infos:\n{string.Join("\n", notes)}");
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("rounded")]
    public void BlankSide_IsReportedNotCheckedWithOperandsBlank(string variant)
    {
        var c = Corpus.All.Single(x => x.Name == "t11-balance-blank-side");
        var report = c.Apply(Corpus.Base(c.BaseName, variant)).Validate();

        var skipped = report.NotChecked.Where(n => n.RuleId == "BUD.T11.BALANCE").ToList();
        skipped.ShouldNotBeEmpty();
        skipped.ShouldAllBe(n => n.Reason == NotCheckedReason.OperandsBlank && n.Row == RowKey.Item("支出构成.合计"));
        report.RuleStatuses.Single(s => s.RuleId == "BUD.T11.BALANCE").State.ShouldBe(RuleState.Partly); // 当年金额 is still checked
        report.RuleStatuses.Single(s => s.RuleId == "BUD.T11.BALANCE").Reasons.ShouldBe([NotCheckedReason.OperandsBlank]);
        Corpus.Base(c.BaseName, variant).Validate().NotChecked.ShouldNotContain(n => n.Reason == NotCheckedReason.OperandsBlank);
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void Base_TriggersNothing(string baseName, string variant)
    {
        var report = Corpus.Base(baseName, variant).Validate(Corpus.OptionsFor(baseName));
        report.Problems.ShouldBeEmpty();
        report.Findings.ShouldNotContain(f => f.Severity == Severity.Info && !f.WithinRounding); // no catalog gaps either
        if (variant == "exact")
        {
            report.Findings.ShouldBeEmpty(); // nothing to round: not even 尾差 information
        }
    }

    /// <summary>The clean case of the proofreading rules: a text without slips, as each base's documents print it.</summary>
    [Theory]
    [MemberData(nameof(Bases))]
    public void Base_WithCleanText_TriggersNothing(string baseName, string variant)
    {
        var d = Corpus.Base(baseName, variant);
        var self = d.TableSet.Scope == TableSetScope.Unit ? "本单位" : "本部门";
        var text = $"一、收支预算总体情况\n{self}{d.Year} 年收入预算 1.00 万元，比 {d.Year - 1} 年预算增加 0.10 万元（含\n结转），主要原因是“人员”增加。\n根据《预算法》编制。";
        var report = d.Validate(new ValidationOptions { Narrative = NarrativeText.FromPlainText(text) });
        report.Findings.Where(f => f.RuleId.StartsWith("TXT.PROOF.", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Corpus_HasABaseInEveryBuiltInTableSet()
    {
        var covered = Corpus.BaseNames.SelectMany(b => Corpus.Variants(b).Select(v => Corpus.Base(b, v).TableSet.Id)).ToHashSet(StringComparer.Ordinal);
        TableSetRegistry.BuiltIn.All.Select(s => s.Id).Where(id => !covered.Contains(id)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("budget", Corpus.Printed)]
    [InlineData(Corpus.ShanghaiBudget, "exact")]
    [InlineData("no-such-base", "exact")]
    public void Base_UnknownNameOrVariant_Throws(string name, string variant)
        => Should.Throw<ArgumentException>(() => Corpus.Base(name, variant));

    [Fact]
    public void Corpus_CoversEveryBuiltInRuleId()
    {
        var covered = Corpus.All.SelectMany(c => c.Expected.Keys.Concat(c.Infos?.Keys ?? Enumerable.Empty<string>())).ToHashSet(StringComparer.Ordinal);
        var missing = BuiltInRuleSets.All.SelectMany(s => s.Rules).Select(r => r.Id).Distinct().Where(id => !covered.Contains(id)).Order(StringComparer.Ordinal).ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Corpus_CoversEveryTableSetRule_OnABaseOfThatSet()
    {
        // The rules every set shares (catalog, statements, proofreading, figures) are covered by id above. A rule a set's data file
        // declares is covered on a base of that set: two sets may give one id different formulas (shanghai.settlement's
        // SET.G01.INCOME reads item lines, national.settlement's line numbers).
        var bySet = Corpus.All
            .GroupBy(c => Corpus.Base(c.BaseName, Corpus.Variants(c.BaseName)[0]).TableSet.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Expected.Keys.Concat(c.Infos?.Keys ?? Enumerable.Empty<string>())).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var missing = TableSetRegistry.BuiltIn.All
            .SelectMany(s => s.Rules.Rules
                .Where(r => r is not (CatalogRule or StatementRule or FigureRule or RequiredTableRule or OrphanRowRule or ProofreadingRule or EmptyTableRule))
                .Where(r => !(bySet.GetValueOrDefault(s.Id)?.Contains(r.Id) ?? false))
                .Select(r => $"{s.Id}: {r.Id}"))
            .ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Corpus_CaseNamesAreUnique() => Corpus.All.Select(c => c.Name).ShouldBeUnique();

    /// <param name="Text">The explanatory text the case validates with (<see cref="ValidationOptions.Narrative"/>), made from the faulted disclosure; none when null.</param>
    internal sealed record ConformanceCase(string Name, string BaseName, Func<Disclosure, Disclosure> Apply, Dictionary<string, int> Expected, Dictionary<string, int>? Infos = null, Func<Disclosure, string>? Text = null);

    internal static class Corpus
    {
        /// <summary>The one variant of a fixture base: the document as printed.</summary>
        public const string Printed = "printed";

        public const string ShanghaiBudget = "shanghai-budget";
        public const string ShanghaiUnitBudget = "shanghai-unit-budget";
        public const string ShanghaiSettlement = "shanghai-settlement";

        /// <summary>Small joint-rounding bases (tests/GovBudget.Tests/Fixtures/Rounding): one 表3 of shanghai.budget, in 元 and in 0.01 万元.</summary>
        public const string RoundingYuan = "rounding-yuan";

        /// <summary>
        /// The options a base is validated with: the rounding fixtures print one table (表3) on purpose, so the tables
        /// their set requires besides it are not a finding there (DOC.TABLE.MISSING has its own cases on full bases).
        /// </summary>
        public static ValidationOptions OptionsFor(string baseName)
            => baseName.StartsWith("rounding-", StringComparison.Ordinal) ? new ValidationOptions { DisabledRules = ["DOC.TABLE.MISSING"] } : ValidationOptions.Default;
        public const string RoundingWanYuan = "rounding-wanyuan";

        private static readonly Dictionary<(string, string), Disclosure> Cache = [];

        private static readonly string[] GeneratedVariants = ["exact", "rounded"];

        private static readonly string[] FixtureVariants = [Printed];

        /// <summary>Fixture bases: real documents transcribed by hand (tests/GovBudget.Tests/Fixtures/Shanghai), printed once.</summary>
        private static readonly Dictionary<string, string> Fixtures = new(StringComparer.Ordinal)
        {
            [ShanghaiBudget] = "putuo-commerce-2025-budget",
            [ShanghaiUnitBudget] = "putuo-commerce-2025-unit-budget",
            [ShanghaiSettlement] = "putuo-social-work-2024-settlement",
            [RoundingYuan] = "rounding-yuan",
            [RoundingWanYuan] = "rounding-wanyuan",
        };

        public static IReadOnlyList<string> BaseNames { get; } = ["budget", "settlement", "legacy", ShanghaiBudget, ShanghaiUnitBudget, ShanghaiSettlement, RoundingYuan, RoundingWanYuan];

        /// <summary>A generated base comes in an exact and a rounded variant; a fixture base only as printed.</summary>
        public static IReadOnlyList<string> Variants(string baseName) => Fixtures.ContainsKey(baseName) ? FixtureVariants : GeneratedVariants;

        public static Disclosure Base(string name, string variant)
        {
            if (!BaseNames.Contains(name) || !Variants(name).Contains(variant))
            {
                throw new ArgumentException($"No conformance base {name} ({variant}).", nameof(name));
            }

            lock (Cache)
            {
                if (!Cache.TryGetValue((name, variant), out var d))
                {
                    var precision = variant == "exact" ? Precision.Yuan2 : Precision.WanYuan2;
                    d = name switch
                    {
                        "budget" => SampleGenerator.Budget(new SampleOptions { Seed = 7, Precision = precision }),
                        "settlement" => SampleGenerator.Settlement(new SampleOptions { Seed = 7, Year = 2023, Precision = precision }),
                        "legacy" => SampleGenerator.LegacyBudget(new SampleOptions { Seed = 7, Year = 2021, Precision = precision }),
                        RoundingYuan or RoundingWanYuan => GovBudget.Serialization.DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rounding", Fixtures[name] + ".json"))),
                        _ => GovBudget.Tests.TableSets.ShanghaiFixtureTests.Load(Fixtures[name]),
                    };
                    Cache[(name, variant)] = d;
                }

                return d;
            }
        }

        public static IReadOnlyList<ConformanceCase> All { get; } = Build();

        private static RowKey F(int code) => RowKey.Functional(FunctionalCode.FromValue(code));

        private static RowKey E(int code) => RowKey.Economic(EconomicCode.FromValue(code));

        private static RowKey I(string item) => RowKey.Item(item);

        private static RowKey L(int line) => RowKey.Line(line);

        private static CellAddress At(string table, RowKey row, string column) => new(table, row, column);

        private static Func<Disclosure, Disclosure> Shift(string table, RowKey row, string column, int wan = 1)
            => d => ShiftCell(EnsureRow(d, table, row), At(table, row, column), W * wan);

        /// <summary>Adds a fixed line or item the document left out (blank), so that a fault can be put into it.</summary>
        private static Disclosure EnsureRow(Disclosure d, string tableId, RowKey row)
        {
            if (d.FindTable(tableId)!.Contains(row))
            {
                return d;
            }

            return row.Kind switch
            {
                RowKeyKind.Line => Tables(d, tableId, t => t.Line(row.LineNumber!.Value)),
                RowKeyKind.Item => Tables(d, tableId, t => t.Item(row.Text!)),
                _ => throw new ArgumentException($"{tableId} has no row {row}."),
            };
        }

        /// <summary>
        /// A fault that prints figures in a table the document prints empty (with its note 本表无数据) drops that note, as a
        /// document printing those rows would: the fault is the rows, not a note contradicting them (TXT.EMPTY).
        /// </summary>
        private static Func<Disclosure, Disclosure> Unnoted(Func<Disclosure, Disclosure> apply)
            => d =>
            {
                var faulted = apply(d);
                return faulted with
                {
                    Tables = faulted.Tables.Select(t => t.Remark is not null && d.FindTable(t.Id) is { Rows.Count: 0 } && t.EnumerateCells().Any(c => c.Cell.Amount is { IsZero: false })
                        ? new Table(t.Definition, t.Precision, t.Rows, null, t.IncompleteReason)
                        : t).ToEquatableArray(),
                };
            };

        private static Func<Disclosure, Disclosure> Both(params Func<Disclosure, Disclosure>[] edits) => d => edits.Aggregate(d, (x, e) => e(x));

        /// <summary>Sets a cell to minus one 万元 less than another cell's value (so a ≥ relation breaks).</summary>
        private static Func<Disclosure, Disclosure> Below(string table, RowKey row, string column, CellAddress reference)
            => d => SetCell(d, At(table, row, column), (d.GetValue(reference)?.Value ?? Amount.Zero) - W);

        private static RowKey FirstProjectLeaf(Disclosure d, string table)
            => d.FindTable(table)!.Rows.First(r => r.Key.FunctionalCode is { Level: SubjectLevel.Item } c && c.Value is 2101502 or 2101505 or 2101301).Key;

        private static Func<Disclosure, Disclosure> Without(string tableId) => d => d with { Tables = d.Tables.Where(t => t.Id != tableId).ToEquatableArray() };

        private static RowKey FirstLeaf(Disclosure d, string table)
            => d.FindTable(table)!.Rows.First(r => r.Key.FunctionalCode is { Level: SubjectLevel.Item }).Key;

        private static RowKey FirstUnit(Disclosure d) => RowKey.Unit(d.Department.Units[0].Code);

        private static RowKey FirstProject(Disclosure d, string table) => d.FindTable(table)!.Rows.First(r => r.Key.Kind == RowKeyKind.Project).Key;

        private static Dictionary<string, int> X(params (string Id, int Count)[] expected) => expected.ToDictionary(e => e.Id, e => e.Count);

        private static Func<Disclosure, Disclosure> Goal(Func<OverallPerformanceGoal, OverallPerformanceGoal> edit)
            => d => (BudgetDisclosure)d with { } is var b && b is BudgetDisclosure bd ? bd with { OverallGoal = edit(bd.OverallGoal!) } : d;

        private static Func<Disclosure, Disclosure> Project(Func<ProjectPerformanceGoal, ProjectPerformanceGoal> edit)
            => d => d is BudgetDisclosure bd ? bd with { ProjectGoals = bd.ProjectGoals.Select((g, i) => i == 0 ? edit(g) : g).ToEquatableArray() } : d;

        private static Func<Disclosure, Disclosure> Evaluation(Func<PerformanceSelfEvaluation, PerformanceSelfEvaluation> edit)
            => d => d is SettlementDisclosure sd ? sd with { SelfEvaluations = sd.SelfEvaluations.Select((e, i) => i == 0 ? edit(e) : e).ToEquatableArray() } : d;

        /// <summary>Adds restatements read from the text: subject, 万元 value with its printed decimals, and the line it stands on.</summary>
        private static Func<Disclosure, Disclosure> Said(params (string Subject, decimal Wan, int Decimals, int Line)[] said)
            => d => d with
            {
                Statements = d.Statements.Concat(said.Select(x => new NarrativeStatement(StatementKind.Restatement, x.Subject)
                {
                    Value = new ReportedValue(Amount.FromWanYuan(x.Wan), new Precision(AmountUnit.WanYuan, x.Decimals)),
                    Span = new TextSpan(1, x.Line, 1, 1, x.Line, 20),
                    Text = $"{x.Subject} {x.Wan} 万元",
                })).ToEquatableArray(),
            };
        private static EquatableArray<PerformanceIndicator> Unweighted(PerformanceSelfEvaluation e) => e.Indicators.Select(i => i with { Weight = null }).ToEquatableArray();

        private static Func<Disclosure, Disclosure> Statement(StatementKind kind, Func<NarrativeStatement, NarrativeStatement> edit)
            => d => d with { Statements = d.Statements.Select(s => s.Kind == kind ? edit(s) : s).ToEquatableArray() };

        private static Func<Disclosure, Disclosure> Figures(Func<ReportedFigures, ReportedFigures> edit) => d => d with { Figures = edit(d.Figures) };

        private static ReportedValue Plus(ReportedValue v) => new(v.Value + W, v.Precision);

        private static Func<Disclosure, Disclosure> WithTable(TableDefinition definition, Action<GovBudget.Building.TableBuilder> fill)
            => d =>
            {
                var builder = new GovBudget.Building.TableBuilder(definition, d.Precision);
                fill(builder);
                return ReplaceTable(d, builder.Build());
            };

        private static CompositionLine[] EditLine(IReadOnlyList<CompositionLine> lines, string name, Func<CompositionLine, CompositionLine> edit)
            => [.. lines.Select(l => l.Name == name ? edit(l) : l)];

        private static List<ConformanceCase> Build()
        {
            var cases = new List<ConformanceCase>();
            void Add(string name, string @base, Func<Disclosure, Disclosure> apply, Dictionary<string, int> expected, Dictionary<string, int>? infos = null) => cases.Add(new(name, @base, apply, expected, infos));
            const string B = "budget";
            const string S = "settlement";
            const string G = "legacy";

            // ---- Budget, current layout -------------------------------------------------------------------------
            Add("t1-income", B, Shift("表1", I("事业收入"), "预算数"), X(("BUD.T1.INCOME", 1)));
            Add("t1-income-total", B, Shift("表1", I("上年结转结余"), "预算数"), X(("BUD.T1.INCOME-TOTAL", 1)));
            Add("t1-exp", B, Shift("表1", F(210), "预算数"), X(("BUD.T1.EXP", 1), ("BUD.X.T1-T3", 1)));
            Add("t1-exp-total", B, Shift("表1", I("年终结转结余"), "预算数"), X(("BUD.T1.EXP-TOTAL", 1)));
            Add("t1-balance", B, Both(Shift("表1", I("上年结转结余"), "预算数"), Shift("表1", I("收入总计"), "预算数")), X(("BUD.T1.BALANCE", 1), ("TXT.SOURCE", 1))); // the change statement cites 收入总计
            Add("t2-cols", B, Shift("表2", RowKey.Total, "合计"), X(("BUD.T2.COLS", 1), ("BUD.T2.ROLLUP", 1)));
            Add("t2-income", B, Shift("表2", RowKey.Total, "事业收入"), X(("BUD.T2.INCOME", 1), ("BUD.T2.ROLLUP", 1)));
            Add("t2-carry", B, Shift("表2", RowKey.Total, "上年结转结余.单位资金"), X(("BUD.T2.CARRY", 1), ("BUD.T2.ROLLUP", 1)));
            Add("t3-cols", B, Shift("表3", F(2101501), "结转下年"), X(("BUD.T3.COLS", 1), ("BUD.T3.ROLLUP", 1)));
            Add("t4-income", B, Shift("表4", I("本年收入.国有资本经营预算拨款"), "预算数"), X(("BUD.T4.INCOME", 1)));
            Add("t4-carry", B, Shift("表4", I("上年结转.政府性基金预算拨款"), "预算数"), X(("BUD.T4.CARRY", 1)));
            Add("t4-income-total", B, Both(Shift("表4", I("收入总计"), "预算数"), Shift("表4", I("支出总计"), "预算数")), X(("BUD.T4.INCOME-TOTAL", 1), ("BUD.T4.EXP-TOTAL", 1)));
            Add("t4-exp", B, d => ShiftCell(Tables(d, "表4", t => t.Row("201", "一般公共服务支出", "0.00")), At("表4", F(201), "预算数"), W), X(("BUD.T4.EXP", 1)));
            Add("t4-exp-total", B, Shift("表4", I("年终结转结余"), "预算数"), X(("BUD.T4.EXP-TOTAL", 1)));
            Add("t4-balance", B, Both(Shift("表4", I("上年结转.一般公共预算拨款"), "预算数"), Shift("表4", I("上年结转"), "预算数"), Shift("表4", I("收入总计"), "预算数")), X(("BUD.T4.BALANCE", 1)));
            Add("t5-1-cols", B, d => ShiftCell(d, At("表5-1", F(2101501), "项目支出"), W), X(("BUD.T5-1.COLS", 1), ("BUD.T5-1.ROLLUP", 1)));
            Add("t5-1-basic", B, Shift("表5-1", F(2101501), "公用经费"), X(("BUD.T5-1.BASIC", 1), ("BUD.T5-1.ROLLUP", 1)));
            Add("t5-2-cols", B, d => ShiftCell(d, At("表5-2", FirstUnit(d), "项目支出"), W), X(("BUD.T5-2.COLS", 1), ("BUD.T5-2.ROLLUP", 1)));
            Add("t5-2-basic", B, d => ShiftCell(d, At("表5-2", FirstUnit(d), "公用经费"), W), X(("BUD.T5-2.BASIC", 1), ("BUD.T5-2.ROLLUP", 1)));
            Add("t6-cols", B, Shift("表6", E(30201), "合计"), X(("BUD.T6.COLS", 1), ("BUD.T6.ROLLUP", 1)));
            Add("t7-total", B, Shift("表7", RowKey.Total, "因公出国(境)费"), X(("BUD.T7.TOTAL", 1)));
            Add("t7-vehicles", B, Shift("表7", RowKey.Total, "公务用车购置费"), X(("BUD.T7.VEHICLES", 1)));
            Add("t8-cols", B, Shift("表8", F(2296013), "基本支出"), X(("BUD.T8.COLS", 1), ("BUD.T8.ROLLUP", 1)));
            Add("t9-cols", B, WithTable(GovBudget.Tables.Budget.BudgetTables.StateCapitalExpenditure, t => t.Total("1.00", string.Empty, string.Empty)), X(("BUD.T9.COLS", 1)));
            Add("t9-rollup", B, WithTable(GovBudget.Tables.Budget.BudgetTables.StateCapitalExpenditure, t => t.Total("2.00", string.Empty, "2.00").Row("208", "社会保障和就业支出", "1.00", string.Empty, "1.00")), X(("BUD.T9.ROLLUP", 2)));
            Add("t10-cols", B, d => ShiftCell(d, At("表10", FirstProject(d, "表10"), "单位资金"), W), X(("BUD.T10.COLS", 1), ("BUD.T10.ROLLUP", 1)));
            Add("x-t1-t3", B, Shift("表1", F(208), "预算数"), X(("BUD.X.T1-T3", 1), ("BUD.T1.EXP", 1)));
            Add("x-t1-t3-total", B, Shift("表3", RowKey.Total, "合计"), X(("BUD.X.T1-T3.TOTAL", 1), ("BUD.T3.COLS", 1), ("BUD.T3.ROLLUP", 1)));
            Add("x-t1-t2", B, Shift("表2", RowKey.Total, "本年收入"), X(("BUD.X.T1-T2", 1), ("BUD.T2.COLS", 1), ("BUD.T2.INCOME", 1), ("BUD.T2.ROLLUP", 1)));
            Add("x-t1-t4", B, Shift("表4", I("本年收入.一般公共预算拨款"), "预算数"), X(("BUD.X.T1-T4", 1), ("BUD.T4.INCOME", 1)));
            Add("x-t4-t5-1", B, Shift("表4", I("上年结转.一般公共预算拨款"), "预算数", -1), X(("BUD.X.T4-T5-1", 1), ("BUD.T4.CARRY", 1)));
            Add("x-t4-t5-1-class", B, d => Below("表4", F(208), "预算数", At("表5-1", F(208), "合计"))(d), X(("BUD.X.T4-T5-1.CLASS", 1), ("BUD.T4.EXP", 1)));
            Add("x-t3-t5-1-class", B, d => Below("表3", F(221), "合计", At("表5-1", F(221), "合计"))(d), X(("BUD.X.T3-T5-1.CLASS", 1), ("BUD.T3.COLS", 1), ("BUD.T3.ROLLUP", 2), ("BUD.X.T1-T3", 1)));
            Add("x-t5-1-t5-2", B, Shift("表5-2", RowKey.Total, "合计"), X(("BUD.X.T5-1-T5-2", 1), ("BUD.T5-2.COLS", 1), ("BUD.T5-2.ROLLUP", 1)));
            Add("x-t5-1-t6", B, Shift("表6", RowKey.Total, "合计"), X(("BUD.X.T5-1-T6", 1), ("BUD.T6.COLS", 1), ("BUD.T6.ROLLUP", 1)));
            Add("x-t5-1-t6-personnel", B, Shift("表6", RowKey.Total, "人员经费"), X(("BUD.X.T5-1-T6.PERSONNEL", 1), ("BUD.T6.COLS", 1), ("BUD.T6.ROLLUP", 1)));
            Add("x-t5-1-t6-public", B, Shift("表6", RowKey.Total, "公用经费"), X(("BUD.X.T5-1-T6.PUBLIC", 1), ("BUD.T6.COLS", 1), ("BUD.T6.ROLLUP", 1), ("FIG.OPEX", 1)));
            Add("x-t5-1-t10", B, Shift("表10", RowKey.Total, "本年拨款.一般公共预算"), X(("BUD.X.T5-1-T10", 1), ("BUD.T10.COLS", 1), ("BUD.T10.ROLLUP", 1)));
            Add("x-t3-t10", B, Shift("表10", RowKey.Total, "合计"), X(("BUD.X.T3-T10", 1), ("BUD.T10.COLS", 1), ("BUD.T10.ROLLUP", 1)));
            Add("x-t7-t6", B, d => Below("表7", RowKey.Total, "公务接待费", At("表6", E(30217), "合计"))(d), X(("BUD.X.T7-T6", 1), ("BUD.T7.TOTAL", 1)));
            Add("t11-sum", B, Goal(g => g with { Expenditure = EditLine(g.Expenditure, "运转类项目支出", l => l with { PriorYears = l.PriorYears.Select(y => y with { Value = Plus(y.Value!.Value) }).ToEquatableArray() }) }), X(("BUD.T11.SUM", 1)));
            Add("t11-share", B, Goal(g => g with { Expenditure = EditLine(g.Expenditure, "人员类项目支出", l => l with { Share = new Percentage(l.Share!.Value.Percent + 1m, 2) }) }), X(("BUD.T11.SHARE", 1)));
            Add("t11-balance", B, Goal(g => g with { Income = [.. g.Income.Select(l => l with { PriorYears = l.PriorYears.Select(y => y with { Value = Plus(y.Value!.Value) }).ToEquatableArray() })] }), X(("BUD.T11.BALANCE", 1)));
            // A side that prints nothing in a year (合计 and every line blank) against a printed side: not checked, no Error
            // (黄陂 2023 表11); a blank 合计 over printed lines is still checked.
            Add("t11-balance-blank-side", B, Goal(g => g with { Expenditure = [.. g.Expenditure.Select(l => l with { PriorYears = [.. l.PriorYears.Select(y => y with { Value = null })] })] }), X());
            Add("t11-balance-blank-total", B, Goal(g => g with { Expenditure = EditLine(g.Expenditure, "合计", l => l with { PriorYears = [.. l.PriorYears.Select(y => y with { Value = null })] }) }), X(("BUD.T11.BALANCE", 1), ("BUD.T11.SUM", 1)));
            Add("t11-t5-1", B, Goal(g => g with { Expenditure = EditLine(EditLine(g.Expenditure, "人员类项目支出", l => l with { Amount = new ReportedValue(l.Amount!.Value.Value - W, l.Amount.Value.Precision) }), "运转类项目支出", l => l with { Amount = Plus(l.Amount!.Value) }) }), X(("BUD.T11.T5-1", 1), ("BUD.T11.SHARE", 2)));
            Add("t12-cost", B, Project(p => p with { CostItems = p.CostItems.Select((c, i) => i == 0 ? c with { Amount = Plus(c.Amount!.Value) } : c).ToEquatableArray() }), X(("BUD.T12.COST", 1)));
            Add("t12-funds", B, Project(p => p with { FundingSources = p.FundingSources.Select((s, i) => i == 0 ? s with { Value = Plus(s.Value!.Value) } : s).ToEquatableArray() }), X(("BUD.T12.FUNDS", 2)));
            Add("t12-t10", B, Project(p => p with { Name = "不存在的项目", ProjectCode = null }), X(("BUD.T12.T10", 1)));
            Add("cat-code", B, d => Tables(d, "表6", t => t.Row("30198", "不存在的经济科目", string.Empty, string.Empty, string.Empty)), X(("CAT.CODE", 1), ("CAT.NEST", 1))); // appended after the 310 rows
            Add("cat-name", B, d => RelabelRow(d, "表3", F(2101501), "行政管理运行"), X(("CAT.NAME", 1)));

            // A 款 the partial functional catalog does not hold, printed (blank) in two tables after the 221 rows: a gap in
            // the catalog, not a finding — one Info per rule and document, none per table.
            Add("cat-code-gap", B, d => AtEndOfClass(AtEndOfClass(d, "表3", "22199", "其他住房保障支出"), "表5-1", "22199", "其他住房保障支出"), X(), X(("CAT.CODE", 1), ("CAT.NAME", 1)));
            Add("doc-table-missing", B, Without("表8"), X(("DOC.TABLE.MISSING", 1)));
            Add("doc-table-missing-settlement", S, Without("公开03"), X(("DOC.TABLE.MISSING", 1))); // the peer's planted test: a deleted 支出决算表
            Add("doc-row-orphan", B, d => EditTable(d, "表3", t => new Table(t.Definition, t.Precision, t.Rows.Where(r => r.Key != F(221)).ToEquatableArray(), t.Remark, t.IncompleteReason)), X(("DOC.ROW.ORPHAN", 1), ("BUD.T3.ROLLUP", 2), ("BUD.X.T1-T3", 1), ("BUD.X.T3-T5-1.CLASS", 1))); // 22102 without 221: not summed into 合计 (2 columns short), not reported again by CAT.NEST
            Add("cat-nest", B, d => MoveRowAfter(d, "表3", F(2101501), F(21011)), X(("CAT.NEST", 1)));
            Add("txt-share", B, Statement(StatementKind.Share, s => s with { Rate = new Percentage(s.Rate!.Value.Percent + 1m, 2) }), X(("TXT.SHARE", 1)));
            Add("txt-change", B, Statement(StatementKind.Change, s => s with { Difference = Plus(s.Difference!.Value) }), X(("TXT.CHANGE", 1)));
            Add("txt-growth", B, Statement(StatementKind.Change, s => s with { Rate = new Percentage(s.Rate!.Value.Percent + 1m, 2) }), X(("TXT.GROWTH", 1)));
            Add("txt-source", B, Statement(StatementKind.Restatement, s => s with { Value = Plus(s.Value!.Value) }), X(("TXT.SOURCE", 1)));

            // Proofreading (TXT.PROOF.*): the disclosure unchanged, its text with one slip.
            void Proof(string name, string @base, Func<Disclosure, string> text, Dictionary<string, int> expected, Dictionary<string, int>? infos = null)
                => cases.Add(new(name, @base, d => d, expected, infos, text));
            Proof("txt-proof-leftover", B, d => "本年收入比上年增加（减少）1.00 万元。", X(("TXT.PROOF.LEFTOVER", 1)));
            Proof("txt-proof-empty-reason", S, d => "本年支出比上年减少 1.00 万元，主要原因是。", X(("TXT.PROOF.LEFTOVER", 1)));
            Proof("txt-proof-placeholder", B, d => "本年收入 XX 万元，其中：××收入待填写。", X(("TXT.PROOF.PLACEHOLDER", 3)));
            Proof("txt-proof-punctuation", G, d => "本年收入 1.00 万元。。主要用于办公，，差旅。", X(("TXT.PROOF.PUNCTUATION", 2)));
            Proof("txt-proof-brackets", B, d => "根据《关于编制部门预算的通知，编制本预算（含结转。\n本年收入 1.00 万元。", X(("TXT.PROOF.BRACKETS", 2)));
            Proof("txt-proof-scope", ShanghaiUnitBudget, d => "本部门收入预算 1.00 万元。", X(("TXT.PROOF.SCOPE", 1)));
            Proof("txt-proof-scope-note", B, d => "本单位收入预算 1.00 万元。", X(), X(("TXT.PROOF.SCOPE", 1)));
            Proof("txt-proof-year-base", B, d => $"收入预算 1.00 万元，比 {d.Year} 年预算增加 0.10 万元。", X(("TXT.PROOF.YEAR", 1)));
            Proof("txt-proof-year-later", S, d => $"{d.Year + 1} 年决算数 1.00 万元。", X(("TXT.PROOF.YEAR", 1)));
            Proof("txt-name-former", B, d => "医疗卫生与计划生育支出 1.00 万元，文化体育与传媒支出 0 万元。", X(("TXT.NAME", 2)));
            Proof("txt-name-current", B, d => "卫生健康支出 1.00 万元，文化旅游体育与传媒支出 0 万元。", X());

            // Empty-table statements against the tables (TXT.EMPTY): the generated 三公 table prints figures.
            Proof("txt-empty-but-printed", B, d => "注：本部门无“三公”经费预算，故本表为空表。", X(("TXT.EMPTY", 1)));
            Proof("txt-empty-none-said", B, d => "本部门收入预算 1.00 万元。", X());

            // Text against text: one subject, two values in one paragraph (TXT.TWICE); the same value at another precision is clean.
            Add("txt-twice", B, Said(("测试支出", 257.14m, 2, 10), ("测试支出", 245.53m, 2, 12)), X(("TXT.TWICE", 1)));
            Add("txt-twice-rounded", B, Said(("测试支出", 257.14m, 2, 10), ("测试支出", 257.1m, 1, 11)), X());
            Add("txt-twice-far-apart", S, Said(("测试支出", 257.14m, 2, 10), ("测试支出", 245.53m, 2, 40)), X());
            Add("fig-proc-sum", B, Figures(f => f with { Procurement = f.Procurement! with { Goods = Plus(f.Procurement.Goods!.Value) } }), X(("FIG.PROC.SUM", 1)));
            Add("fig-proc-sme", B, Figures(f => f with { Procurement = f.Procurement! with { AwardedToSmes = Plus(f.Procurement.Total!.Value) } }), X(("FIG.PROC.SME", 2)));
            Add("fig-serv-sum", B, Figures(f => f with { PurchasedServices = f.PurchasedServices.Select((s, i) => i == 0 ? s with { Value = Plus(s.Value!.Value) } : s).ToEquatableArray() }), X(("FIG.SERV.SUM", 1)));
            Add("fig-opex", B, Figures(f => f with { OperatingExpenses = Plus(f.OperatingExpenses!.Value) }), X(("FIG.OPEX", 1)));
            Add("fig-vehicles", B, Figures(f => f with { Assets = f.Assets! with { Vehicles = 3 } }), X(("FIG.VEHICLES", 1)));

            // ---- Settlement ------------------------------------------------------------------------------------------
            Add("g01-income", S, d => Lines(d, "公开01", 5, "1"), X(("SET.G01.INCOME", 1), ("SET.X.G01-G02.SERVICE", 1)));
            Add("g01-income-total", S, d => Lines(d, "公开01", 28, "1"), X(("SET.G01.INCOME-TOTAL", 1)));
            Add("g01-exp", S, d => Lines(d, "公开01", 32, "2"), X(("SET.G01.EXP", 1), ("SET.X.G01-G03.CLASS", 1)));
            Add("g01-exp-total", S, d => Lines(d, "公开01", 59, "2"), X(("SET.G01.EXP-TOTAL", 1)));
            Add("g01-balance", S, d => Shift("公开01", L(31), "1")(Lines(d, "公开01", 28, "1")), X(("SET.G01.BALANCE", 1), ("TXT.SOURCE", 1))); // the change statement cites line 31
            Add("g02-cols", S, Shift("公开02", F(2101501), "其他收入"), X(("SET.G02.COLS", 1), ("SET.G02.ROLLUP", 1)));
            Add("g03-cols", S, Shift("公开03", F(2101501), "经营支出"), X(("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1)));
            Add("g04-income", S, d => Lines(d, "公开04", 3, "1"), X(("SET.G04.INCOME", 1), ("SET.X.G01-G04.L3", 1)));
            Add("g04-carry", S, d => Lines(d, "公开04", 30, "1"), X(("SET.G04.CARRY", 1), ("SET.X.G04-G07.OPENING", 1)));
            Add("g04-income-total", S, d => Lines(Lines(d, "公开04", 28, "1"), "公开04", 29, "1"), X(("SET.G04.INCOME-TOTAL", 1), ("SET.X.G01-G04.OPENING", 1)));
            Add("g04-exp", S, d => Lines(d, "公开04", 33, "5"), X(("SET.G04.EXP", 1), ("SET.G04.COLS", 1), ("SET.X.G04-G08", 1)));
            Add("g04-exp-total", S, d => Lines(d, "公开04", 60, "2"), X(("SET.G04.EXP-TOTAL", 1), ("SET.G04.COLS", 1), ("SET.X.G01-G04.CLOSING", 1)));
            Add("g04-balance", S, d => Shift("公开04", L(32), "1")(Lines(Lines(d, "公开04", 28, "1"), "公开04", 29, "1")), X(("SET.G04.BALANCE", 1), ("SET.X.G01-G04.OPENING", 1)));
            Add("g05-cols", S, Shift("公开05", F(2101501), "项目支出"), X(("SET.G05.COLS", 1), ("SET.G05.ROLLUP", 1)));
            Add("g06-personnel", S, Shift("公开06", I("人员经费合计"), "决算数"), X(("SET.G06.PERSONNEL", 1), ("SET.X.G05-G06", 1)));
            Add("g06-public", S, Shift("公开06", I("公用经费合计"), "决算数"), X(("SET.G06.PUBLIC", 1), ("SET.X.G05-G06", 1), ("FIG.OPEX", 1)));
            Add("g06-rollup", S, Shift("公开06", E(30201), "决算数"), X(("SET.G06.ROLLUP", 1)));
            Add("g07-balance", S, Shift("公开07", F(2296013), "年末结转和结余"), X(("SET.G07.BALANCE", 1), ("SET.G07.ROLLUP", 1)));
            Add("g07-cols", S, Shift("公开07", F(2296013), "基本支出"), X(("SET.G07.COLS", 1), ("SET.G07.ROLLUP", 1)));
            Add("g08-cols", S, WithTable(GovBudget.Tables.Settlement.SettlementTables.StateCapitalExpenditure, t => t.Total("1.00", string.Empty, string.Empty)), X(("SET.G08.COLS", 1), ("SET.X.G04-G08.TOTAL", 1)));
            Add("g08-rollup", S, WithTable(GovBudget.Tables.Settlement.SettlementTables.StateCapitalExpenditure, t => t.Total("2.00", string.Empty, "2.00").Row("208", "社会保障和就业支出", "1.00", string.Empty, "1.00")), X(("SET.G08.ROLLUP", 2), ("SET.X.G04-G08", 1), ("SET.X.G04-G08.TOTAL", 1)));
            Add("g09-budget", S, Shift("公开09", RowKey.Total, "2"), X(("SET.G09.BUDGET", 1)));
            Add("g09-budget-vehicles", S, Shift("公开09", RowKey.Total, "4"), X(("SET.G09.BUDGET-VEHICLES", 1)));
            Add("g09-actual", S, Shift("公开09", RowKey.Total, "8"), X(("SET.G09.ACTUAL", 1)));
            Add("g09-actual-vehicles", S, Shift("公开09", RowKey.Total, "10"), X(("SET.G09.ACTUAL-VEHICLES", 1)));
            Add("x-g01-g04-l1", S, Shift("公开04", L(1), "1"), X(("SET.X.G01-G04.L1", 1), ("SET.G04.INCOME", 1)));
            Add("x-g01-g04-l2", S, d => Lines(d, "公开01", 2, "1"), X(("SET.X.G01-G04.L2", 1), ("SET.G01.INCOME", 1), ("SET.X.G01-G02.FISCAL", 1)));
            Add("x-g01-g04-l3", S, d => Lines(d, "公开01", 3, "1"), X(("SET.X.G01-G04.L3", 1), ("SET.G01.INCOME", 1), ("SET.X.G01-G02.FISCAL", 1)));
            Add("x-g01-g02", S, Shift("公开02", RowKey.Total, "1"), X(("SET.X.G01-G02", 1), ("SET.G02.COLS", 1), ("SET.G02.ROLLUP", 1)));
            Add("x-g01-g03", S, Shift("公开03", RowKey.Total, "1"), X(("SET.X.G01-G03", 1), ("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1)));
            Add("x-g01-g04-class", S, d => Lines(Lines(d, "公开04", 33, "2"), "公开04", 33, "3"), X(("SET.X.G01-G04.CLASS", 1), ("SET.G04.EXP", 2), ("SET.X.G04-G05", 1)));
            Add("x-g04-g05", S, Shift("公开04", L(41), "3"), X(("SET.X.G04-G05", 1), ("SET.G04.EXP", 1), ("SET.G04.COLS", 1)));
            Add("x-g04-g05-total", S, Shift("公开05", RowKey.Total, "1"), X(("SET.X.G04-G05.TOTAL", 1), ("SET.G05.COLS", 1), ("SET.G05.ROLLUP", 1), ("TXT.SOURCE", 1)));
            Add("x-g04-g07", S, Shift("公开07", F(229), "本年支出"), X(("SET.X.G04-G07", 1), ("SET.G07.BALANCE", 1), ("SET.G07.COLS", 1), ("SET.G07.ROLLUP", 2)));
            Add("x-g03-g05", S, d => Below("公开03", F(221), "1", At("公开05", F(221), "1"))(d), X(("SET.X.G03-G05", 1), ("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 2), ("SET.X.G01-G03.CLASS", 1)));
            // Coverage between the settlement tables (issue 16): income sources, balances, fund tables, 三公 against 公开06.
            Add("x-g01-g02-higher", S, d => Lines(d, "公开01", 4, "1"), X(("SET.G01.INCOME", 1), ("SET.X.G01-G02.HIGHER", 1)));
            Add("x-g01-g02-business", S, d => Lines(d, "公开01", 6, "1"), X(("SET.G01.INCOME", 1), ("SET.X.G01-G02.BUSINESS", 1)));
            Add("x-g01-g02-affiliated", S, d => Lines(d, "公开01", 7, "1"), X(("SET.G01.INCOME", 1), ("SET.X.G01-G02.AFFILIATED", 1)));
            Add("x-g01-g02-other", S, d => Lines(d, "公开01", 8, "1"), X(("SET.G01.INCOME", 1), ("SET.X.G01-G02.OTHER", 1)));
            Add("x-g01-g04-exp", S, d => Lines(d, "公开04", 59, "2"), X(("SET.G04.COLS", 1), ("SET.G04.EXP", 1), ("SET.G04.EXP-TOTAL", 1), ("SET.X.G01-G04.EXP", 1)));
            Add("x-g02-g04", S, Shift("公开02", RowKey.Total, "2"), X(("SET.G02.COLS", 1), ("SET.G02.ROLLUP", 1), ("SET.X.G01-G02.FISCAL", 1), ("SET.X.G02-G04", 1)));
            Add("x-g03-g05-basic", S, d => Below("公开03", RowKey.Total, "2", At("公开05", RowKey.Total, "2"))(d), X(("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1), ("SET.X.G03-G05.BASIC", 1), ("TXT.SOURCE", 1)));
            Add("x-g03-g05-project", S, d => Below("公开03", RowKey.Total, "3", At("公开05", RowKey.Total, "3"))(d), X(("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1), ("SET.X.G03-G05.PROJECT", 1)));
            Add("x-g04-g07-total", S, Shift("公开07", RowKey.Total, "本年支出"), X(("SET.G07.BALANCE", 1), ("SET.G07.COLS", 1), ("SET.G07.ROLLUP", 1), ("SET.X.G04-G07.TOTAL", 1)));
            Add("x-g04-g07-income", S, Shift("公开07", RowKey.Total, "本年收入"), X(("SET.G07.BALANCE", 1), ("SET.G07.ROLLUP", 1), ("SET.X.G04-G07.INCOME", 1)));
            Add("x-g04-g07-closing", S, Shift("公开07", RowKey.Total, "年末结转和结余"), X(("SET.G07.BALANCE", 1), ("SET.G07.ROLLUP", 1), ("SET.X.G04-G07.CLOSING", 1)));
            Add("x-g09-g06-travel", S, d => Below("公开09", RowKey.Total, "决算数.因公出国(境)费", At("公开06", E(30212), "决算数"))(d), X(("SET.G09.ACTUAL", 1), ("SET.X.G09-G06.TRAVEL", 1)));
            Add("x-g09-g06-vehicle-purchase", S, d => Below("公开09", RowKey.Total, "决算数.公务用车购置费", At("公开06", E(31013), "决算数"))(d), X(("SET.G09.ACTUAL-VEHICLES", 1), ("SET.X.G09-G06.VEHICLE-PURCHASE", 1)));
            Add("x-g09-g06-vehicle-operation", S, d => Below("公开09", RowKey.Total, "决算数.公务用车运行维护费", At("公开06", E(30231), "决算数"))(d), X(("SET.G09.ACTUAL-VEHICLES", 1), ("SET.X.G09-G06.VEHICLE-OPERATION", 1)));
            Add("x-g09-g06-hospitality", S, d => Below("公开09", RowKey.Total, "决算数.公务接待费", At("公开06", E(30217), "决算数"))(d), X(("SET.G09.ACTUAL", 1), ("SET.X.G09-G06.HOSPITALITY", 1)));
            Add("eval-rate", S, Evaluation(e => e with { Funds = e.Funds.Select(f => f with { ExecutionRate = new Percentage(f.ExecutionRate!.Value.Percent - 1m, 2) }).ToEquatableArray() }), X(("SET.EVAL.RATE", 1)));
            Add("eval-score", S, Evaluation(e => e with { Funds = e.Funds.Select(f => f with { Score = f.Score - 1m }).ToEquatableArray() }), X(("SET.EVAL.SCORE", 1), ("SET.EVAL.TOTAL", 1)));
            Add("eval-total", S, Evaluation(e => e with { TotalScore = e.TotalScore + 1m }), X(("SET.EVAL.TOTAL", 1)));
            Add("eval-total-unscored-fund", S, Evaluation(e => e with { Funds = e.Funds.Append(new SelfEvaluationFund("其中：财政拨款", null, null, null)).ToEquatableArray(), TotalScore = e.TotalScore + 1m }), X(("SET.EVAL.TOTAL", 1)));
            Add("eval-total-sub-line", S, Evaluation(e => e with { Funds = e.Funds.Concat(e.Funds.Select(f => f with { Name = "其中：" + f.Name, Weight = null })).ToEquatableArray() }), X());
            Add("eval-weight", S, Evaluation(e => e with { GoalScore = 25m, TotalScore = e.TotalScore + 5m }), X(("SET.EVAL.WEIGHT", 1)));

            AddJointRounding(cases);

            // Weights: 20 (预算执行) + 20 (总目标) + 30 + 30 (indicators) = 100 in the generated tables.
            Add("eval-weight-total", S, Evaluation(e => e with { TotalWeight = 110m }), X(("SET.EVAL.WEIGHT-TOTAL", 1)));
            Add("eval-weight-total-clean", S, Evaluation(e => e with { TotalWeight = 100m }), X());
            Add("eval-weight-total-issue", S, Evaluation(e => e with // issue 16: 4 × 25 + 10 = 110 against a printed 总分 of 100
            {
                Funds = e.Funds.Select(f => f with { Weight = 10m, Score = null }).ToEquatableArray(),
                GoalWeight = null,
                Indicators = e.Indicators.Concat(e.Indicators).Select(i => i with { Weight = 25m, Score = null }).ToEquatableArray(),
                TotalScore = null,
                TotalWeight = 100m,
            }), X(("SET.EVAL.WEIGHT-TOTAL", 1)));
            Add("eval-weight-total-blocks", S, Evaluation(e => e with { Indicators = Unweighted(e), CategoryWeights = [new("年度绩效指标", 60m)], TotalWeight = 100m }), X());
            Add("eval-weight-total-blocks-fault", S, Evaluation(e => e with { Indicators = Unweighted(e), CategoryWeights = [new("产出指标", 30m), new("满意度指标", 40m)], TotalWeight = 100m }), X(("SET.EVAL.WEIGHT-TOTAL", 1)));
            Add("eval-category", S, Evaluation(e => e with { CategoryWeights = [new("产出指标", 50m), new("满意度指标", 30m)] }), X(("SET.EVAL.CATEGORY", 1)));
            Add("eval-category-block", S, Evaluation(e => e with { CategoryWeights = [new("年度绩效指标", 50m)] }), X(("SET.EVAL.CATEGORY", 1)));
            Add("eval-category-clean", S, Evaluation(e => e with { CategoryWeights = [new("产出指标", 30m), new("满意度指标", 30m), new("年度绩效指标", 60m)], TotalWeight = 100m }), X());
            Add("txt-exec", S, Statement(StatementKind.Execution, s => s with { Rate = new Percentage(s.Rate!.Value.Percent + 1m, 2) }), X(("TXT.EXEC", 1)));

            // 年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%: the rate is on the 全年预算.
            var basis = new NarrativeStatement(StatementKind.Execution, "测试支出")
            {
                Basis = BudgetBasis.Initial,
                Base = new ReportedValue(Amount.Zero, Precision.WanYuan2),
                OtherBase = new ReportedValue(Amount.FromWanYuan(321.02m), Precision.WanYuan2),
                Value = new ReportedValue(Amount.FromWanYuan(307.82m), Precision.WanYuan2),
                Rate = new Percentage(95.89m, 2),
                Span = new TextSpan(1, 10, 1, 1, 10, 60),
            };
            Add("txt-basis", S, d => d with { Statements = d.Statements.Append(basis).ToEquatableArray() }, X(("TXT.BASIS", 1)));
            Add("txt-basis-named-fits", S, d => d with { Statements = d.Statements.Append(basis with { Basis = BudgetBasis.Final, Base = basis.OtherBase, OtherBase = basis.Base }).ToEquatableArray() }, X());

            // 增长 25% on a base of 0 (上年 0 万元): no rate; 增长 100% from nothing is how a new item is printed (a note).
            var zero = new NarrativeStatement(StatementKind.Change, "测试支出")
            {
                Base = new ReportedValue(Amount.Zero, Precision.WanYuan2),
                Value = new ReportedValue(Amount.FromWanYuan(12.50m), Precision.WanYuan2),
                Difference = new ReportedValue(Amount.FromWanYuan(12.50m), Precision.WanYuan2),
                Rate = new Percentage(25m, 0),
                Span = new TextSpan(1, 12, 1, 1, 12, 40),
            };
            Add("txt-zerobase", S, d => d with { Statements = d.Statements.Append(zero).ToEquatableArray() }, X(("TXT.ZEROBASE", 1)));
            Add("txt-zerobase-new-item", S, d => d with { Statements = d.Statements.Append(zero with { Rate = new Percentage(100m, 0) }).ToEquatableArray() }, X(), X(("TXT.ZEROBASE", 1)));

            // ---- Budget, older layout --------------------------------------------------------------------------------
            Add("l1-income", G, Shift("L1", I("政府性基金预算财政拨款收入"), "合计"), X(("LEG.L1.INCOME", 1)));
            Add("l1-exp", G, Both(Shift("L1", F(208), "合计"), Shift("L1", F(208), "一般公共预算")), X(("LEG.L1.EXP", 2), ("LEG.X.L1-T5-1.CLASS", 1)));
            Add("l1-category", G, d => Tables(d, "L1", t => t.Item("上缴上级支出", "1.00")), X(("LEG.L1.CATEGORY", 1)));
            Add("l1-basic", G, Shift("L1", I("基本支出.对个人和家庭的补助"), "一般公共预算"), X(("LEG.L1.BASIC", 1)));
            Add("l1-balance", G, Shift("L1", I("收入总计"), "合计"), X(("LEG.L1.BALANCE", 1)));
            Add("l1-cols", G, Shift("L1", F(208), "政府性基金预算"), X(("LEG.L1.COLS", 1), ("LEG.L1.EXP", 1)));
            Add("l1-cols-total", G, Shift("L1", I("本年支出合计"), "政府性基金预算"), X(("LEG.L1.COLS.TOTAL", 1), ("LEG.L1.EXP", 1), ("LEG.X.L5-L1", 1)));
            Add("l6-income", G, d => Tables(d, "L6", t => t.Item("事业收入", "1.00")), X(("LEG.L6.INCOME", 1)));
            Add("l6-exp", G, Shift("L6", F(208), "预算数"), X(("LEG.L6.EXP", 1), ("LEG.X.L6-T3", 1)));
            Add("l6-econ", G, Shift("L6", E(301), "预算数"), X(("LEG.L6.ECON", 1)));
            Add("l6-balance", G, Shift("L6", I("收入总计"), "预算数"), X(("LEG.L6.BALANCE", 1)));
            Add("l7-cols", G, Shift("L7", F(2101501), "事业收入"), X(("LEG.L7.COLS", 1), ("LEG.L7.ROLLUP", 1)));
            Add("l5-cols", G, d => ShiftCell(d, At("L5", FirstLeaf(d, "L5"), "项目支出"), W), X(("LEG.L5.COLS", 1), ("LEG.L5.ROLLUP", 1)));
            Add("x-l5-l1", G, Shift("L5", RowKey.Total, "合计"), X(("LEG.X.L5-L1", 1), ("LEG.L5.COLS", 1), ("LEG.L5.ROLLUP", 1)));
            Add("l4-total", G, Shift("L4", RowKey.Total, "因公出国(境)费"), X(("LEG.L4.TOTAL", 1)));
            Add("l4-vehicles", G, Shift("L4", RowKey.Total, "公务用车购置费"), X(("LEG.L4.VEHICLES", 1)));
            Add("l9-cols", G, d => ShiftCell(d, At("L9", FirstProject(d, "L9"), "上级专项"), W), X(("LEG.L9.COLS", 1), ("LEG.L9.ROLLUP", 1)));
            Add("x-l1-t5-1", G, Shift("表5-1", RowKey.Total, "合计"), X(("LEG.X.L1-T5-1", 1), ("BUD.T5-1.COLS", 1), ("BUD.T5-1.ROLLUP", 1)));
            Add("x-l7-t3", G, Shift("L7", RowKey.Total, "合计"), X(("LEG.X.L7-T3", 1), ("LEG.L7.COLS", 1), ("LEG.L7.ROLLUP", 1)));
            Add("x-t5-1-t6-legacy", G, Shift("表6", RowKey.Total, "合计"), X(("LEG.X.T5-1-T6", 1), ("BUD.T6.COLS", 1), ("BUD.T6.ROLLUP", 1)));
            Add("x-l1-t6", G, Shift("L1", I("基本支出.公用经费支出"), "合计"), X(("LEG.X.L1-T6", 1), ("LEG.L1.BASIC", 1)));
            Add("x-t5-1-l9", G, Shift("L9", RowKey.Total, "财政拨款"), X(("LEG.X.T5-1-L9", 1), ("LEG.L9.COLS", 1), ("LEG.L9.ROLLUP", 1)));
            Add("t12-l9", G, Project(p => p with { Name = "不存在的项目", ProjectCode = null }), X(("LEG.T12.L9", 1)));
            Add("t3-cols-legacy", G, Shift("表3", F(2101501), "结转下年"), X(("BUD.T3.COLS", 1), ("BUD.T3.ROLLUP", 1)));
            Add("t11-sum-legacy", G, Goal(g => g with { Expenditure = EditLine(g.Expenditure, "项目支出", l => l with { PriorYears = l.PriorYears.Select(y => y with { Value = Plus(y.Value!.Value) }).ToEquatableArray() }) }), X(("BUD.T11.SUM", 1)));
            Add("t11-share-legacy", G, Goal(g => g with { Expenditure = EditLine(g.Expenditure, "基本支出", l => l with { Share = new Percentage(l.Share!.Value.Percent + 1m, 2) }) }), X(("BUD.T11.SHARE", 1)));
            Add("t11-balance-legacy", G, Goal(g => g with { Income = [.. g.Income.Select(l => l with { PriorYears = l.PriorYears.Select(y => y with { Value = Plus(y.Value!.Value) }).ToEquatableArray() })] }), X(("BUD.T11.BALANCE", 1)));
            Add("t11-t5-1-legacy", G, Goal(g => g with { Expenditure = EditLine(EditLine(g.Expenditure, "基本支出", l => l with { Amount = new ReportedValue(l.Amount!.Value.Value - W, l.Amount.Value.Precision) }), "项目支出", l => l with { Amount = Plus(l.Amount!.Value) }) }), X(("BUD.T11.T5-1", 1), ("BUD.T11.SHARE", 2)));
            Add("t12-cost-legacy", G, Project(p => p with { CostItems = p.CostItems.Select((c, i) => i == 0 ? c with { Amount = Plus(c.Amount!.Value) } : c).ToEquatableArray() }), X(("BUD.T12.COST", 1)));
            Add("t12-funds-legacy", G, Project(p => p with { FundingSources = p.FundingSources.Select((s, i) => i == 0 ? s with { Value = Plus(s.Value!.Value) } : s).ToEquatableArray() }), X(("BUD.T12.FUNDS", 2)));

            AddShanghaiBudget(cases);
            AddShanghaiSettlement(cases);
            return cases;
        }

        /// <summary>
        /// Shanghai budget cases, each on both fixture bases (部门 and 单位: the same ids, but the unit set's 表1 prints its
        /// expenditure as 合计 = 人员经费 + 公用经费 + 项目支出 and adds the rules that bind those columns). Faults are
        /// 1 万元 (10,000 元) in tables printed to 0.01 元 (表9: 0.01 万元). 表6 and 表7 are printed empty, so their
        /// faults add rows to them.
        /// </summary>
        private static void AddShanghaiBudget(List<ConformanceCase> cases)
        {
            foreach (var (b, p, unit) in new[] { (ShanghaiBudget, "shb", false), (ShanghaiUnitBudget, "shu", true) })
            {
                var exp = unit ? "合计" : "支出预算数"; // the 表1 expenditure column
                void Add(string name, Func<Disclosure, Disclosure> apply, params (string Id, int Count)[] expected) => cases.Add(new($"{p}-{name}", b, Unnoted(apply), X(expected)));
                (string, int)[] Unit(params (string, int)[] extra) => unit ? extra : [];

                // 表1
                Add("t1-approp-fund", Shift("表1", I("政府性基金"), "收入预算数"), ("SH.BUD.T1.APPROP", 1), ("SH.BUD.X.T1-T4.FUND", 1));
                Add("t1-approp-general", Shift("表1", I("一般公共预算资金"), "收入预算数"), ("SH.BUD.T1.APPROP", 1), ("SH.BUD.X.T1-T4.GENERAL", 1));
                Add("t1-approp-capital", Shift("表1", I("国有资本经营预算"), "收入预算数"), ("SH.BUD.T1.APPROP", 1), ("SH.BUD.X.T1-T4.CAPITAL", 1));
                Add("t1-income-service", Shift("表1", I("事业收入"), "收入预算数"), ("SH.BUD.T1.INCOME", 1), ("SH.BUD.X.T1-T2.SERVICE", 1));
                Add("t1-income-business", Shift("表1", I("事业单位经营收入"), "收入预算数"), ("SH.BUD.T1.INCOME", 1), ("SH.BUD.X.T1-T2.BUSINESS", 1));
                Add("t1-income-other", Shift("表1", I("其他收入"), "收入预算数"), ("SH.BUD.T1.INCOME", 1), ("SH.BUD.X.T1-T2.OTHER", 1));
                Add("t1-appropriation", Shift("表1", I("财政拨款收入"), "收入预算数"), ("SH.BUD.T1.APPROP", 1), ("SH.BUD.T1.INCOME", 1), ("SH.BUD.X.T1-T2.APPROP", 1), ("SH.BUD.X.T1-T4", 1));
                Add("t1-income-total", Shift("表1", I("收入总计"), "收入预算数"), ("SH.BUD.T1.INCOME", 1), ("SH.BUD.T1.BALANCE", 1), ("SH.BUD.X.T1-T2", 1));
                Add("t1-exp", Shift("表1", F(201), exp), [("SH.BUD.T1.EXP", 1), ("SH.BUD.X.T1-T2.CLASS", 1), ("SH.BUD.X.T1-T3", 1), .. Unit(("SH.BUD.T1.COLS", 1))]);
                Add("t1-exp-below", Shift("表1", F(201), exp, -1), [("SH.BUD.T1.EXP", 1), ("SH.BUD.X.T1-T2.CLASS", 1), ("SH.BUD.X.T1-T3", 1), ("SH.BUD.X.T1-T4.CLASS", 1), .. Unit(("SH.BUD.T1.COLS", 1))]);
                Add("t1-exp-total", Shift("表1", I("支出总计"), exp), [("SH.BUD.T1.EXP", 1), ("SH.BUD.T1.BALANCE", 1), ("SH.BUD.X.T1-T3.TOTAL", 1), .. Unit(("SH.BUD.T1.COLS", 1))]);
                if (unit)
                {
                    Add("t1-cols", Shift("表1", F(201), "项目支出"), ("SH.BUD.T1.COLS", 1), ("SH.BUD.T1.EXP", 1), ("SH.BUD.X.T1-T3.PROJECT", 1));
                    Add("t1-basic", Shift("表1", F(201), "人员经费"), ("SH.BUD.T1.COLS", 1), ("SH.BUD.T1.EXP", 1), ("SH.BUD.X.T1-T3.BASIC", 1));
                    Add("t1-personnel-total", Shift("表1", I("支出总计"), "人员经费", -1), ("SH.BUD.T1.COLS", 1), ("SH.BUD.T1.EXP", 1), ("SH.BUD.X.T1-T3.BASIC.TOTAL", 1), ("SH.BUD.X.T1-T8.PERSONNEL", 1));
                    Add("t1-public-total", Shift("表1", I("支出总计"), "公用经费", -1), ("SH.BUD.T1.COLS", 1), ("SH.BUD.T1.EXP", 1), ("SH.BUD.X.T1-T3.BASIC.TOTAL", 1), ("SH.BUD.X.T1-T8.PUBLIC", 1));
                    Add("t1-exp-rollup", Both(Shift("表1", F(201), "合计"), Shift("表1", F(201), "项目支出")), ("SH.BUD.T1.EXP", 2), ("SH.BUD.X.T1-T2.CLASS", 1), ("SH.BUD.X.T1-T3", 1), ("SH.BUD.X.T1-T3.PROJECT", 1)); // the row still adds up: EXP without COLS
                    Add("t1-project-total", Shift("表1", I("支出总计"), "项目支出"), ("SH.BUD.T1.COLS", 1), ("SH.BUD.T1.EXP", 1), ("SH.BUD.X.T1-T3.PROJECT.TOTAL", 1));
                }

                // 表2, 表3
                Add("t2-cols", Shift("表2", F(2011301), "其他收入"), ("SH.BUD.T2.COLS", 1), ("SH.BUD.T2.ROLLUP", 1));
                Add("t2-rollup", Both(Shift("表2", F(2011301), "合计"), Shift("表2", F(2011301), "财政拨款收入")), ("SH.BUD.T2.ROLLUP", 2), ("SH.BUD.X.T2-T3", 1), ("SH.BUD.X.T2-T5", 1)); // the row still adds up: ROLLUP without COLS
                Add("t2-total", Shift("表2", RowKey.Total, "合计"), ("SH.BUD.T2.COLS", 1), ("SH.BUD.T2.ROLLUP", 1), ("SH.BUD.X.T1-T2", 1), ("SH.BUD.X.T2-T3.TOTAL", 1));
                Add("t3-cols", Shift("表3", F(2011301), "项目支出"), ("SH.BUD.T3.COLS", 1), ("SH.BUD.T3.ROLLUP", 1));
                Add("x-t2-t3", Both(Shift("表3", F(2011301), "合计"), Shift("表3", F(2011301), "基本支出")), ("SH.BUD.T3.ROLLUP", 2), ("SH.BUD.X.T2-T3", 1));
                Add("x-t3-t5", Both(Shift("表3", F(2011301), "合计", -1), Shift("表3", F(2011301), "基本支出", -1)), ("SH.BUD.T3.ROLLUP", 2), ("SH.BUD.X.T2-T3", 1), ("SH.BUD.X.T3-T5", 1));
                Add("x-t3-t5-basic", Shift("表3", RowKey.Total, "基本支出", -1), [("SH.BUD.T3.COLS", 1), ("SH.BUD.T3.ROLLUP", 1), ("SH.BUD.X.T3-T5.BASIC", 1), .. Unit(("SH.BUD.X.T1-T3.BASIC.TOTAL", 1))]);
                Add("x-t3-t5-project", Shift("表3", RowKey.Total, "项目支出", -1), [("SH.BUD.T3.COLS", 1), ("SH.BUD.T3.ROLLUP", 1), ("SH.BUD.X.T3-T5.PROJECT", 1), .. Unit(("SH.BUD.X.T1-T3.PROJECT.TOTAL", 1))]);
                Add("t3-total", Shift("表3", RowKey.Total, "合计"), ("SH.BUD.T3.COLS", 1), ("SH.BUD.T3.ROLLUP", 1), ("SH.BUD.X.T1-T3.TOTAL", 1), ("SH.BUD.X.T2-T3.TOTAL", 1));

                // 表4
                Add("t4-general", Shift("表4", I("一般公共预算资金"), "收入预算数"), ("SH.BUD.T4.INCOME", 1), ("SH.BUD.T4.BALANCE.GENERAL", 1), ("SH.BUD.X.T1-T4.GENERAL", 1));
                Add("t4-fund", Shift("表4", I("政府性基金"), "收入预算数"), ("SH.BUD.T4.INCOME", 1), ("SH.BUD.T4.BALANCE.FUND", 1), ("SH.BUD.X.T1-T4.FUND", 1));
                Add("t4-capital", Shift("表4", I("国有资本经营预算"), "收入预算数"), ("SH.BUD.T4.INCOME", 1), ("SH.BUD.T4.BALANCE.CAPITAL", 1), ("SH.BUD.X.T1-T4.CAPITAL", 1));
                Add("t4-income-total", Shift("表4", I("收入总计"), "收入预算数"), ("SH.BUD.T4.INCOME", 1), ("SH.BUD.T4.BALANCE", 1), ("SH.BUD.X.T1-T4", 1), ("SH.BUD.X.T2-T4", 1));
                Add("t4-class", Both(Shift("表4", F(201), "合计"), Shift("表4", F(201), "一般公共预算")), ("SH.BUD.T4.EXP", 2), ("SH.BUD.X.T1-T4.CLASS", 1), ("SH.BUD.X.T2-T4.CLASS", 1), ("SH.BUD.X.T4-T5", 1));
                Add("t4-cols-fund", Shift("表4", F(201), "政府性基金预算"), ("SH.BUD.T4.COLS", 1), ("SH.BUD.T4.EXP", 1), ("SH.BUD.X.T4-T6", 1));
                Add("t4-cols-capital", Shift("表4", F(201), "国有资本经营预算"), ("SH.BUD.T4.COLS", 1), ("SH.BUD.T4.EXP", 1), ("SH.BUD.X.T4-T7", 1));
                // 表6 is printed empty, without a 合计 row: unknown, not zero, so SH.BUD.X.T4-T6.TOTAL is not checked here.
                Add("t4-exp-total-fund", Shift("表4", I("支出总计"), "政府性基金预算"), ("SH.BUD.T4.EXP", 1), ("SH.BUD.T4.COLS", 1), ("SH.BUD.T4.BALANCE.FUND", 1));
                Add("t4-exp-total", Both(Shift("表4", I("支出总计"), "合计"), Shift("表4", I("支出总计"), "一般公共预算")), ("SH.BUD.T4.EXP", 2), ("SH.BUD.T4.BALANCE", 1), ("SH.BUD.T4.BALANCE.GENERAL", 1), ("SH.BUD.X.T4-T5.TOTAL", 1));

                // 表5; 表6 and 表7 (printed empty: the faults print rows in them)
                Add("t5-cols", Shift("表5", F(2011301), "项目支出"), ("SH.BUD.T5.COLS", 1), ("SH.BUD.T5.ROLLUP", 1));
                Add("x-t2-t5", Both(Shift("表5", F(2011301), "合计"), Shift("表5", F(2011301), "基本支出")), ("SH.BUD.T5.ROLLUP", 2), ("SH.BUD.X.T2-T5", 1), ("SH.BUD.X.T3-T5", 1));
                Add("t5-total", Shift("表5", RowKey.Total, "合计"), ("SH.BUD.T5.COLS", 1), ("SH.BUD.T5.ROLLUP", 1), ("SH.BUD.X.T4-T5.TOTAL", 1));
                foreach (var (table, fund) in new[] { ("表6", "T6"), ("表7", "T7") })
                {
                    var n = table == "表6" ? "t6" : "t7";
                    Add($"{n}-cols", d => Tables(d, table, t => t.Total("10000.00", string.Empty, string.Empty)), ($"SH.BUD.{fund}.COLS", 1), ($"SH.BUD.X.T4-{fund}.TOTAL", 1));
                    Add($"{n}-rollup", d => Tables(d, table, t => t.Total("20000.00", string.Empty, "20000.00").Row("208", "社会保障和就业支出", "10000.00", string.Empty, "10000.00")), ($"SH.BUD.{fund}.ROLLUP", 2), ($"SH.BUD.X.T4-{fund}", 1), ($"SH.BUD.X.T4-{fund}.TOTAL", 1), ("SH.BUD.X.T2-T5", 1));
                }

                // 表8, 表9
                Add("t8-cols", Shift("表8", E(30201), "公用经费"), ("SH.BUD.T8.COLS", 1), ("SH.BUD.T8.ROLLUP", 1));
                Add("t8-personnel", Shift("表8", RowKey.Total, "人员经费"), [("SH.BUD.T8.COLS", 1), ("SH.BUD.T8.ROLLUP", 1), ("SH.BUD.T8.PERSONNEL", 1), .. Unit(("SH.BUD.X.T1-T8.PERSONNEL", 1))]);
                Add("t8-public", Shift("表8", RowKey.Total, "公用经费"), [("SH.BUD.T8.COLS", 1), ("SH.BUD.T8.ROLLUP", 1), ("SH.BUD.T8.PUBLIC", 1), .. Unit(("SH.BUD.X.T1-T8.PUBLIC", 1))]);
                Add("x-t5-t8", Shift("表8", RowKey.Total, "合计"), ("SH.BUD.T8.COLS", 1), ("SH.BUD.T8.ROLLUP", 1), ("SH.BUD.X.T5-T8", 1));
                Add("t9-total", Shift("表9", RowKey.Total, "因公出国(境)费"), ("SH.BUD.T9.TOTAL", 1));
                Add("t9-vehicles", Shift("表9", RowKey.Total, "公务用车购置费"), ("SH.BUD.T9.VEHICLES", 1));
                Add("x-t9-t8-operating", Shift("表9", RowKey.Total, "机关运行经费"), ("SH.BUD.X.T9-T8.OPERATING", 1));
                Add("x-t9-t8-reception", Both(Shift("表9", RowKey.Total, "公务接待费", -1), Shift("表9", RowKey.Total, "合计", -1)), ("SH.BUD.X.T9-T8.RECEPTION", 1));
                Add("x-t9-t8-abroad", d => InsertAfter(d, "表8", "30212", "因公出国（境）费用", E(30211), "10000.00", string.Empty, "10000.00"), ("SH.BUD.T8.ROLLUP", 2), ("SH.BUD.X.T9-T8.ABROAD", 1));
                Add("x-t9-t8-vehicles", d => InsertAfter(d, "表8", "30231", "公务用车运行维护费", E(30229), "10000.00", string.Empty, "10000.00"), ("SH.BUD.T8.ROLLUP", 2), ("SH.BUD.X.T9-T8.VEHICLES", 1));
            }
        }

        /// <summary>
        /// Shanghai settlement cases (shanghai.settlement reuses the national ids where its formulas state the same relation,
        /// with item lines instead of line numbers), on the 2024 fixture, printed to 0.01 万元; faults are 10 万元. 公开07,
        /// 公开08 and 公开09 are printed empty, so their faults print a row in them.
        /// </summary>
        private static void AddShanghaiSettlement(List<ConformanceCase> cases)
        {
            const int Ten = 10;
            void Add(string name, Func<Disclosure, Disclosure> apply, params (string Id, int Count)[] expected) => cases.Add(new($"shs-{name}", ShanghaiSettlement, Unnoted(apply), X(expected)));
            Func<Disclosure, Disclosure> Inc(string table, RowKey row, string column, int sign = 1) => Shift(table, row, column, sign * Ten);
            const string G1In = "收入决算数";
            const string G1Out = "支出决算数";

            // 公开01
            foreach (var (line, id) in new[] { ("上级补助收入", "HIGHER"), ("事业收入", "SERVICE"), ("经营收入", "BUSINESS"), ("附属单位上缴收入", "AFFILIATED"), ("其他收入", "OTHER") })
            {
                Add($"g01-income-{id.ToLowerInvariant()}", Inc("公开01", I(line), G1In), ("SET.G01.INCOME", 1), ($"SH.SET.X.G01-G02.{id}", 1));
            }

            Add("g01-income-fiscal", Inc("公开01", I("一般公共预算财政拨款收入"), G1In), ("SET.G01.INCOME", 1), ("SET.X.G01-G04.L1", 1), ("SH.SET.X.G01-G02.FISCAL", 1));
            Add("g01-income-total", Inc("公开01", I("使用非财政拨款结余"), G1In), ("SET.G01.INCOME-TOTAL", 1));
            Add("g01-balance", Both(Inc("公开01", I("使用非财政拨款结余"), G1In), Inc("公开01", I("收入总计"), G1In)), ("SET.G01.BALANCE", 1));
            Add("g01-exp", Inc("公开01", F(201), G1Out), ("SET.G01.EXP", 1), ("SH.SET.X.G01-G03.CLASS", 1));
            Add("g01-exp-below", Inc("公开01", F(201), G1Out, -1), ("SET.G01.EXP", 1), ("SH.SET.X.G01-G03.CLASS", 1), ("SET.X.G01-G04.CLASS", 1));
            Add("g01-exp-total", Inc("公开01", I("结余分配"), G1Out), ("SET.G01.EXP-TOTAL", 1));

            // 公开02, 公开03
            Add("g02-cols", Inc("公开02", F(2013901), "其他收入"), ("SET.G02.COLS", 1), ("SET.G02.ROLLUP", 1));
            Add("g02-rollup", Both(Inc("公开02", F(2013901), "本年收入合计"), Inc("公开02", F(2013901), "财政拨款收入")), ("SET.G02.ROLLUP", 2)); // the row still adds up
            Add("x-g01-g02", Inc("公开02", RowKey.Total, "本年收入合计"), ("SET.G02.COLS", 1), ("SET.G02.ROLLUP", 1), ("SET.X.G01-G02", 1));
            Add("x-g01-g02-fiscal", Inc("公开02", RowKey.Total, "财政拨款收入"), ("SET.G02.COLS", 1), ("SET.G02.ROLLUP", 1), ("SH.SET.X.G01-G02.FISCAL", 1), ("SH.SET.X.G02-G04", 1));
            Add("g03-cols", Inc("公开03", F(2013901), "经营支出"), ("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1));
            Add("g03-rollup", Both(Inc("公开03", F(2013901), "本年支出合计"), Inc("公开03", F(2013901), "基本支出")), ("SET.G03.ROLLUP", 2));
            Add("x-g01-g03", Inc("公开03", RowKey.Total, "本年支出合计"), ("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1), ("SET.X.G01-G03", 1));
            Add("x-g03-g05", Inc("公开03", F(201), "本年支出合计", -1), ("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 2), ("SH.SET.X.G01-G03.CLASS", 1), ("SET.X.G03-G05", 1));
            Add("x-g03-g05-basic", Inc("公开03", RowKey.Total, "基本支出", -1), ("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1), ("SH.SET.X.G03-G05.BASIC", 1));
            Add("x-g03-g05-project", Inc("公开03", RowKey.Total, "项目支出", -1), ("SET.G03.COLS", 1), ("SET.G03.ROLLUP", 1), ("SH.SET.X.G03-G05.PROJECT", 1));

            // 公开04
            Add("g04-income-general", Inc("公开04", I("一般公共预算财政拨款"), G1In), ("SET.G04.INCOME", 1), ("SET.X.G01-G04.L1", 1), ("SH.SET.G04.FUND-GENERAL", 1));
            Add("g04-carry-general", Inc("公开04", I("年初财政拨款结转和结余.一般公共预算财政拨款"), G1In), ("SET.G04.CARRY", 1), ("SH.SET.G04.FUND-GENERAL", 1));

            // A fund line of 公开04 against 公开07/公开08: printed empty (本表无数据), those tables have no 合计 row, and a 合计
            // row a table does not print is unknown, not zero (RuleContext.IsUnknown) — so the cross-table rules on 合计 are not
            // checked. Printed with a zero 合计 row (what the note says), the same fault is found by them.
            foreach (var (fund, table, g) in new[] { ("政府性基金预算财政拨款", "公开07", "G07"), ("国有资本经营预算财政拨款", "公开08", "G08") })
            {
                var f = fund == "政府性基金预算财政拨款" ? "GOVFUND" : "CAPITAL";
                var l = fund == "政府性基金预算财政拨款" ? "L2" : "L3";
                var n = f.ToLowerInvariant();
                Add($"g04-income-{n}", Inc("公开04", I(fund), G1In), ("SET.G04.INCOME", 1), ($"SET.X.G01-G04.{l}", 1), ($"SH.SET.G04.FUND-{f}", 1));
                Add($"g04-income-{n}-printed", Both(d => ZeroTotal(d, table), Inc("公开04", I(fund), G1In)), ("SET.G04.INCOME", 1), ($"SET.X.G01-G04.{l}", 1), ($"SH.SET.G04.FUND-{f}", 1), ($"SH.SET.X.G04-{g}.INCOME", 1));
                Add($"g04-carry-{n}", Inc("公开04", I($"年初财政拨款结转和结余.{fund}"), G1In), ("SET.G04.CARRY", 1), ($"SH.SET.G04.FUND-{f}", 1));
                Add($"g04-carry-{n}-printed", Both(d => ZeroTotal(d, table), Inc("公开04", I($"年初财政拨款结转和结余.{fund}"), G1In)), ("SET.G04.CARRY", 1), ($"SH.SET.G04.FUND-{f}", 1), ($"SH.SET.X.G04-{g}.OPENING", 1));
                Add($"g04-closing-{n}", Inc("公开04", I("年末财政拨款结转和结余"), fund), ("SET.G04.EXP-TOTAL", 1), ("SET.G04.COLS", 1), ($"SH.SET.G04.FUND-{f}", 1));
                Add($"g04-closing-{n}-printed", Both(d => ZeroTotal(d, table), Inc("公开04", I("年末财政拨款结转和结余"), fund)), ("SET.G04.EXP-TOTAL", 1), ("SET.G04.COLS", 1), ($"SH.SET.G04.FUND-{f}", 1), ($"SH.SET.X.G04-{g}.CLOSING", 1));
                Add($"g04-total-{n}-printed", Both(d => ZeroTotal(d, table), Inc("公开04", I("本年支出合计"), fund), Inc("公开04", I("本年支出合计"), "合计")), ("SET.G04.EXP", 2), ("SET.G04.EXP-TOTAL", 2), ($"SH.SET.G04.FUND-{f}", 1), ("SH.SET.X.G01-G04.EXP", 1), ($"SH.SET.X.G04-{g}.TOTAL", 1));
            }

            Add("x-g01-g04-opening", Inc("公开04", I("年初财政拨款结转和结余"), G1In), ("SET.G04.CARRY", 1), ("SET.G04.INCOME-TOTAL", 1), ("SH.SET.X.G01-G04.OPENING", 1));
            Add("g04-income-total", Inc("公开04", I("收入总计"), G1In), ("SET.G04.INCOME-TOTAL", 1), ("SET.G04.BALANCE", 1));
            Add("x-g02-g04", Inc("公开04", I("本年收入合计"), G1In), ("SET.G04.INCOME", 1), ("SET.G04.INCOME-TOTAL", 1), ("SH.SET.X.G02-G04", 1));
            Add("g04-exp", Inc("公开04", F(201), "合计"), ("SET.G04.EXP", 1), ("SET.G04.COLS", 1), ("SET.X.G01-G04.CLASS", 1));
            Add("x-g01-g04-exp", Inc("公开04", I("本年支出合计"), "合计"), ("SET.G04.EXP", 1), ("SET.G04.EXP-TOTAL", 1), ("SET.G04.COLS", 1), ("SH.SET.X.G01-G04.EXP", 1));
            Add("g04-exp-total", Inc("公开04", I("支出总计"), "合计"), ("SET.G04.EXP-TOTAL", 1), ("SET.G04.COLS", 1), ("SET.G04.BALANCE", 1));
            Add("x-g01-g04-closing", Inc("公开04", I("年末财政拨款结转和结余"), "合计"), ("SET.G04.EXP-TOTAL", 1), ("SET.G04.COLS", 1), ("SH.SET.X.G01-G04.CLOSING", 1));
            Add("g04-closing-general", Inc("公开04", I("年末财政拨款结转和结余"), "一般公共预算财政拨款"), ("SET.G04.EXP-TOTAL", 1), ("SET.G04.COLS", 1), ("SH.SET.G04.FUND-GENERAL", 1));
            Add("x-g04-g05", Inc("公开04", F(201), "一般公共预算财政拨款"), ("SET.G04.COLS", 1), ("SET.G04.EXP", 1), ("SET.X.G04-G05", 1));
            Add("x-g04-g07", Inc("公开04", F(201), "政府性基金预算财政拨款"), ("SET.G04.COLS", 1), ("SET.G04.EXP", 1), ("SET.X.G04-G07", 1));
            Add("x-g04-g08", Inc("公开04", F(201), "国有资本经营预算财政拨款"), ("SET.G04.COLS", 1), ("SET.G04.EXP", 1), ("SH.SET.X.G04-G08", 1));

            // 公开05, 公开06
            Add("g05-cols", Inc("公开05", F(2013901), "项目支出"), ("SET.G05.COLS", 1), ("SET.G05.ROLLUP", 1));
            Add("g05-rollup", Both(Inc("公开05", F(2013901), "合计"), Inc("公开05", F(2013901), "基本支出")), ("SET.G05.ROLLUP", 2));
            Add("x-g04-g05-total", Inc("公开05", RowKey.Total, "合计"), ("SET.G05.COLS", 1), ("SET.G05.ROLLUP", 1), ("SET.X.G04-G05.TOTAL", 1));
            Add("g06-personnel", Inc("公开06", I("人员经费合计"), "决算数"), ("SET.G06.PERSONNEL", 1), ("SET.X.G05-G06", 1));
            Add("g06-public", Inc("公开06", I("公用经费合计"), "决算数"), ("SH.SET.G06.PUBLIC", 1), ("SET.X.G05-G06", 1));
            Add("g06-rollup", Inc("公开06", E(30201), "决算数"), ("SET.G06.ROLLUP", 1));

            // 公开06 三公 items against 公开09: printed empty, 公开09 has no 合计 row (unknown, so not checked); printed as a
            // zero 合计 row, the same fault is found.
            foreach (var (code, id) in new[] { (30212, "TRAVEL"), (30217, "HOSPITALITY"), (30231, "VEHICLE-OPERATION"), (31013, "VEHICLE-PURCHASE") })
            {
                Add($"x-g09-g06-{id.ToLowerInvariant()}-empty", Inc("公开06", E(code), "决算数"), ("SET.G06.ROLLUP", 1));
                Add($"x-g09-g06-{id.ToLowerInvariant()}", Both(d => ZeroTotal(d, "公开09"), Inc("公开06", E(code), "决算数")), ("SET.G06.ROLLUP", 1), ($"SH.SET.X.G09-G06.{id}", 1));
            }

            // 公开09, 公开07, 公开08 (printed empty)
            foreach (var (column, id) in new[] { ("预算数.合计", "BUDGET"), ("预算数.公务用车购置费", "BUDGET-VEHICLES"), ("决算数.合计", "ACTUAL"), ("决算数.公务用车购置费", "ACTUAL-VEHICLES") })
            {
                Add($"g09-{id.ToLowerInvariant()}", d => Tables(d, "公开09", t => t.Total().Cell(RowKey.Total, column, "10.00")), ($"SET.G09.{id}", 1));
            }

            foreach (var table in new[] { "公开07", "公开08", "公开09" })
            {
                Add($"g{table[^2..]}-zero-total", d => ZeroTotal(d, table)); // printing the empty table's 合计 row as zeros is no fault
            }

            foreach (var (table, g, fund) in new[] { ("公开07", "SET.G07", "G07"), ("公开08", "SH.SET.G08", "G08") })
            {
                var n = fund.ToLowerInvariant();
                var x = $"SH.SET.X.G04-{fund}";
                Add($"{n}-cols", d => Tables(d, table, t => t.Total(string.Empty, "10.00", "10.00", string.Empty, string.Empty, string.Empty)), ($"{g}.COLS", 1), ($"{x}.TOTAL", 1), ($"{x}.INCOME", 1));
                Add($"{n}-balance", d => Tables(d, table, t => t.Total("10.00")), ($"{g}.BALANCE", 1), ($"{x}.OPENING", 1));
                Add($"{n}-rollup", d => Tables(d, table, t => t.Total("20.00", string.Empty, string.Empty, string.Empty, string.Empty, "20.00").Row("208", "社会保障和就业支出", "10.00", string.Empty, string.Empty, string.Empty, string.Empty, "10.00")), ($"SET.{fund}.ROLLUP", 2), ($"{x}.OPENING", 1), ($"{x}.CLOSING", 1));
            }
        }

        /// <summary>
        /// Rounding decided jointly (docs/rules.md): breaks that no exact values explain although every relation alone looks
        /// like 尾差, breaks that exact values do explain, 万里街道 2025 (元 figures are exact), 江夏 2019 (the finest printing
        /// of the budget is the one checked) and two printings of one quantity that no exact value rounds to.
        /// </summary>
        private static void AddJointRounding(List<ConformanceCase> cases)
        {
            void Add(string name, string @base, Func<Disclosure, Disclosure> apply, params (string Id, int Count)[] expected) => cases.Add(new(name, @base, apply, X(expected)));
            Func<Disclosure, Disclosure> Put(RowKey row, string column, string wan)
                => d => SetCell(d, At("表3", row, column), Amount.FromWanYuan(decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture)));
            var k = F(21201);

            // 10.01 = 5.00 + 5.00 (基本 + 项目), 5.00 = 2.49 + 2.50 and 5.00 = 2.49 + 2.50: each relation alone is 尾差, but
            // 基本 and 项目 are both below 5.00 (their 项 add up to less), so 合计 is below 10.00 — not 10.01.
            Add("joint-break-no-exact-values", RoundingWanYuan, Both(
                Put(F(2120101), "合计", "4.99"), Put(F(2120101), "基本支出", "2.49"), Put(F(2120101), "项目支出", "2.49"),
                Put(F(2120104), "合计", "5.01"), Put(k, "合计", "10.01"), Put(F(212), "合计", "10.01"), Put(RowKey.Total, "合计", "10.01")),
                ("SH.BUD.T3.COLS", 3), ("SH.BUD.T3.ROLLUP", 2)); // 21201: 合计 vs 基本 + 项目 and 基本 vs its 项; 合计 vs its 项 and each 项's 合计

            // The same 10.01 over 5.00 + 5.00 where 5.01 + 5.00 explains it: exact values exist (项目 4.504 …), 尾差 only.
            Add("joint-break-explained", RoundingWanYuan, Both(Put(F(2120104), "合计", "5.01"), Put(k, "合计", "10.01"), Put(F(212), "合计", "10.01"), Put(RowKey.Total, "合计", "10.01")));

            // 万里街道 2025 (元): 款 21201 printed 94,995,790 against its 项 and 基本 + 项目 of 94,995,789. 元 figures are exact.
            Add("joint-wanli-21201", RoundingYuan, d => ShiftCell(d, At("表3", k, "合计"), Amount.FromYuan(1m)), ("SH.BUD.T3.COLS", 1), ("SH.BUD.T3.ROLLUP", 2));

            // 江夏 2019: 执行率 95% of 18.83 over "20 万元" is 尾差 (20 万元 stands for 19.5–20.5), but the budget is printed
            // exactly as 200,000 元 in 表3, and 18.83 ÷ 20.00 is 94.15%.
            var jiangxia = new NarrativeStatement(StatementKind.Execution, "行政运行")
            {
                Value = new ReportedValue(Amount.FromWanYuan(18.83m), Precision.WanYuan2),
                Base = new ReportedValue(Amount.FromWanYuan(20m), new Precision(AmountUnit.WanYuan, 0)),
                Rate = new Percentage(95m, 0),
            };
            Add("joint-jiangxia-finest", RoundingYuan, d => d with { Statements = [jiangxia with { BaseSource = At("表3", F(2120101), "合计") }] }, ("TXT.EXEC", 1));
            Add("joint-jiangxia-coarse-only", RoundingYuan, d => d with { Statements = [jiangxia] }); // no finer printing known: 尾差

            // One quantity printed twice at one precision with different values: no exact value rounds to both.
            Add("print-divergent", "budget", d =>
            {
                var cell = At("表3", F(208), "合计");
                var printed = d.GetValue(cell)!.Value;
                var restated = new NarrativeStatement(StatementKind.Restatement, "社会保障和就业支出") { Source = cell, Value = new ReportedValue(printed.Value + printed.Precision.Step, printed.Precision) };
                return d with { Statements = d.Statements.Append(restated).ToEquatableArray() };
            }, ("PRINT.DIVERGENT", 1));
        }

        /// <summary>Prints the 合计 row of a table printed empty, 0.00 in every amount column.</summary>
        private static Disclosure ZeroTotal(Disclosure d, string tableId)
        {
            var definition = d.FindTable(tableId)!.Definition;
            return Tables(d, tableId, t => t.Total([.. definition.Columns.Select(_ => "0.00")]));
        }

        /// <summary>Adds an economic or functional row and prints it right after <paramref name="after"/>.</summary>
        private static Disclosure InsertAfter(Disclosure d, string tableId, string code, string label, RowKey after, params string[] cells)
        {
            var key = d.FindTable(tableId)!.Definition.RowKinds.Contains(RowKeyKind.Economic) ? E(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)) : F(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
            return MoveRowAfter(Tables(d, tableId, t => t.Row(code, label, cells)), tableId, key, after);
        }

        /// <summary>Adds a fixed line (or shifts it by one 万元 when it is printed) in one column of a line-numbered table.</summary>
        private static Disclosure Lines(Disclosure d, string tableId, int line, string column)
        {
            var table = d.FindTable(tableId)!;
            if (!table.Contains(L(line)))
            {
                d = Tables(d, tableId, t => t.Line(line));
            }

            return ShiftCell(d, At(tableId, L(line), column), W);
        }

        /// <summary>Adds a blank subject row after the last row of its 类, so that it is printed under its own parent.</summary>
        private static Disclosure AtEndOfClass(Disclosure d, string tableId, string code, string label)
        {
            var key = RowKey.Functional(FunctionalCode.Parse(code, null));
            var last = d.FindTable(tableId)!.Rows.Last(r => r.Key.FunctionalCode is { } f && f.Class == key.FunctionalCode!.Value.Class).Key;
            return MoveRowAfter(Tables(d, tableId, t => t.Row(code, label)), tableId, key, last);
        }

        /// <summary>Rebuilds a table with extra rows added through the builder.</summary>
        private static Disclosure Tables(Disclosure d, string tableId, Action<GovBudget.Building.TableBuilder> add)
            => EditTable(d, tableId, table =>
            {
                var builder = new GovBudget.Building.TableBuilder(table.Definition, table.Precision);
                add(builder);
                var extra = builder.Build().Rows;
                return new Table(table.Definition, table.Precision, table.Rows.Concat(extra).ToEquatableArray(), table.Remark, table.IncompleteReason);
            });
    }
}
