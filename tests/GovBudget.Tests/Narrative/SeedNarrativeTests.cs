using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.Tests.Fixtures.Seeds;
using Xunit.Abstractions;

namespace GovBudget.Tests.Narrative;

/// <summary>
/// The four seeds' statements read from their own text (no statement typed by hand): each seed fixture's tables
/// without its hand-typed statements, the statements extracted from <c>../shared/seeds/*.txt</c>, validated by the
/// TXT.* rules. The slips of docs/seed-findings.md must be found, and nothing else above Info.
/// </summary>
public sealed class SeedNarrativeTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new() { "hongshan-2021-budget.txt", "wuchang-2026-budget.txt", "huangpi-2023-unit-budget.txt", "hongshan-2023-settlement.txt" };

    internal static Disclosure TablesOnly(string seed) => seed switch
    {
        "hongshan-2021-budget.txt" => HongshanBudget2021.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
        "wuchang-2026-budget.txt" => WuchangBudget2026.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
        "huangpi-2023-unit-budget.txt" => HuangpiUnitBudget2023.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
        _ => HongshanSettlement2023.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
    };

    internal static (NarrativeExtraction Extraction, ValidationReport Report) Check(string seed)
    {
        var text = SeedTexts.Load(seed);
        var disclosure = TablesOnly(seed);
        var extraction = NarrativeExtractor.Extract(text, disclosure);
        var report = extraction.ApplyTo(disclosure).Validate();
        return (extraction, report);
    }

    /// <summary>The narrative slips of docs/seed-findings.md: rule id and the line the sentence starts on.</summary>
    public static TheoryData<string, string[]> ExpectedSlips => new()
    {
        // 九: 一般公共服务支出 737.86; 商品和服务支出 61.96 and 对个人和家庭的补助 0 (the 基本支出 figures); 二 and 七: 增长 38%.
        { "hongshan-2021-budget.txt", ["TXT.GROWTH@2815", "TXT.GROWTH@2891", "TXT.SOURCE@2919", "TXT.SOURCE@2944", "TXT.SOURCE@2946"] },

        // 一: 增长 210.8% (210.70%); 五（三）公务员医疗补助 增长 61.4% (60.99%).
        { "wuchang-2026-budget.txt", ["TXT.GROWTH@615", "TXT.GROWTH@659"] },
        { "huangpi-2023-unit-budget.txt", [] },

        // 十三(一) 584.76 占 100% (of 575.76); 十三(二), 附件2 (二)1 and (三)1: 99.83%; 十三(二) and 附件4: 99.94%.
        { "hongshan-2023-settlement.txt", ["TXT.EXEC@559", "TXT.EXEC@563", "TXT.EXEC@929", "TXT.EXEC@973", "TXT.EXEC@1090", "TXT.SHARE@553"] },
    };

    [SkippableTheory]
    [MemberData(nameof(ExpectedSlips))]
    public void Validate_StatementsReadFromSeedText_FindTheNarrativeSlipsAndNothingElse(string seed, string[] expected)
    {
        var (_, report) = Check(seed);

        var found = report.Problems
            .Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal))
            .Select(f => f.MessageZh.Contains("说明第 1 页第 ", StringComparison.Ordinal)
                ? $"{f.RuleId}@{f.MessageZh.Split("说明第 1 页第 ")[1].Split(' ')[0]}"
                : f.RuleId + "@?")
            .Order(StringComparer.Ordinal)
            .ToArray();

        found.ShouldBe(expected.Order(StringComparer.Ordinal).ToArray());
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Validate_StatementsReadFromSeedText_LeaveTheTableFindingsAsTheyAre(string seed)
    {
        var (_, report) = Check(seed);
        var tablesOnly = TablesOnly(seed).Validate();

        report.Problems.Where(f => !f.RuleId.StartsWith("TXT.", StringComparison.Ordinal)).ShouldBe(tablesOnly.Problems.Where(f => !f.RuleId.StartsWith("TXT.", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Extract_Wuchang_ReadsTheChangeWithItsSignSpanAndSource()
    {
        var (extraction, _) = Check("wuchang-2026-budget.txt");

        var medical = extraction.Statements.Single(s => s.Kind == StatementKind.Change && s.Subject.Contains("行政单位医疗（项）", StringComparison.Ordinal));
        medical.Difference.ToString().ShouldBe("-2.69万元");
        medical.Rate.ToString().ShouldBe("-26.2%");
        medical.BaseYear.ShouldBe(2025);
        medical.Span!.Value.Line.ShouldBe(653);
        medical.Text!.ShouldStartWith("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）");

        var total = extraction.Statements.First(s => s.Kind == StatementKind.Change);
        total.Source.ShouldBe(WuchangBudget2026.Disclosure.TableSet.CellFor(GovBudget.TableSets.TableRoles.IncomeTotal));
        total.Rate.ToString().ShouldBe("210.8%");
    }

    [SkippableFact]
    public void Extract_HongshanSettlement_ResolvesPerSubjectExecutionsThroughTheCatalog()
    {
        var (extraction, _) = Check("hongshan-2023-settlement.txt");

        var housing = extraction.Statements.Single(s => s.Kind == StatementKind.Execution && s.Subject.EndsWith("住房公积金（项）", StringComparison.Ordinal));
        housing.Source.ShouldBe(new GovBudget.Tables.CellAddress("公开05", GovBudget.Tables.RowKey.Functional(GovBudget.Classification.FunctionalCode.Parse("2210201")), "小计"));
        housing.Base.ToString().ShouldBe("22.19万元");
        housing.Value.ToString().ShouldBe("21.61万元");
        housing.Rate.ToString().ShouldBe("97.39%");
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_EveryFigureIsReadOrListed(string seed)
    {
        var (extraction, _) = Check(seed);

        var used = extraction.Statements.Sum(s => new object?[] { s.Value, s.Base, s.Difference, s.Rate }.Count(x => x is not null));
        extraction.NotUnderstood.ShouldAllBe(u => u.Reason.Length > 0 && u.Sentence.Length > 0 && u.Span.Page >= 1 && u.Span.Line >= 1);
        (extraction.NotUnderstood.Length + used).ShouldBeGreaterThanOrEqualTo(extraction.Figures);
    }

    [SkippableFact]
    public void Serialize_ExtractedStatements_RoundTripWithTheirSpans()
    {
        var (extraction, _) = Check("wuchang-2026-budget.txt");
        var disclosure = extraction.ApplyTo(TablesOnly("wuchang-2026-budget.txt"));

        var back = GovBudget.Serialization.DisclosureJson.Deserialize(GovBudget.Serialization.DisclosureJson.Serialize(disclosure));

        back.Statements.ShouldBe(disclosure.Statements);
        back.Statements.ShouldAllBe(s => s.Span != null);
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_PrintsWhatWasRead(string seed)
    {
        var (extraction, report) = Check(seed);
        output.WriteLine($"{seed}: {extraction}");
        foreach (var s in extraction.Statements)
        {
            output.WriteLine($"  S {s.Span} {s.Kind} [{s.Subject}] v={s.Value} b={s.Base} d={s.Difference} r={s.Rate} y={s.BaseYear} src={s.Source} :: {s.Text}");
        }

        foreach (var u in extraction.NotUnderstood)
        {
            output.WriteLine($"  U {u}");
        }

        foreach (var f in report.Findings.Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal)))
        {
            output.WriteLine($"  F {f.Severity} {f.RuleId} {f.Location}: {f.MessageZh}");
        }
    }
}
