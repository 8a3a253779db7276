using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.TableSets;
using Xunit.Abstractions;

namespace GovBudget.Tests.Narrative;

/// <summary>
/// <see cref="NarrativeGenerator"/>: the 情况说明 written from templates, read back by <see cref="NarrativeExtractor"/>
/// and checked by the TXT rules (issue 12, properties): (a) generated text gives no TXT finding above Info and a high
/// understood count; (b) one number changed beyond rounding gives a finding at that sentence.
/// </summary>
public sealed partial class NarrativeGeneratorTests(ITestOutputHelper output)
{
    private const int Disclosures = 200;
    private const int Mutations = 200;

    public static TheoryData<string> AllSets => new() { "hubei.budget", "hubei.budget.legacy", "national.settlement", "shanghai.budget", "shanghai.unit-budget", "shanghai.settlement" };

    /// <summary>A floor under the statements a generated text of the set gives (1 unit, the smallest sample).</summary>
    private static int StatementFloor(string set) => set.Contains("settlement", StringComparison.Ordinal) ? 35 : 30;

    internal static Disclosure Sample(string set, int seed, bool exact = false) => SampleGenerator.Generate(TableSetRegistry.BuiltIn.Get(set), new SampleOptions
    {
        Seed = seed,
        Units = 1 + (seed % 4),
        Year = set switch { "hubei.budget.legacy" => 2021, "national.settlement" => 2023, "shanghai.settlement" => 2024, _ => 2025 },
        Precision = exact ? Precision.Yuan2 : Precision.WanYuan2,
    });

    private static Gen<(Disclosure Disclosure, NarrativeOptions Options)> Generated(string set) =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Bool, Gen.Int[1, 2], Gen.Bool, Gen.Int[10, 60])
            .Select((seed, exact, decimals, group, perPage) => (Sample(set, seed, exact), new NarrativeOptions { Seed = seed, RateDecimals = decimals, GroupDigits = group, LinesPerPage = perPage }));

    private static IEnumerable<Finding> TxtProblems(Disclosure disclosure, NarrativeText text)
        => NarrativeExtractor.Extract(text, disclosure).ApplyTo(disclosure).Validate().Problems.Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(AllSets))]
    public void Generate_ReadBackAndValidated_GivesNoTxtFindingAboveInfo(string set)
    {
        var count = 0;
        var statements = 0;
        var unread = 0;
        var fewest = int.MaxValue;
        Generated(set).Sample((d, options) =>
        {
            var text = NarrativeGenerator.Generate(d, options);
            var extraction = NarrativeExtractor.Extract(text, d);
            var problems = extraction.ApplyTo(d).Validate().Problems.Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal)).ToList();
            problems.ShouldBeEmpty($"seed {options.Seed}: {string.Join(" | ", problems.Select(f => f.MessageEn))}");
            extraction.Statements.Length.ShouldBeGreaterThanOrEqualTo(StatementFloor(set), $"seed {options.Seed}: {extraction}");
            extraction.NotUnderstood.ShouldBeEmpty($"seed {options.Seed}: {string.Join(" | ", extraction.NotUnderstood)}");
            Interlocked.Increment(ref count);
            Interlocked.Add(ref statements, extraction.Statements.Length);
            Interlocked.Add(ref unread, extraction.NotUnderstood.Length);
            InterlockedMin(ref fewest, extraction.Statements.Length);
        }, iter: Disclosures);
        count.ShouldBeGreaterThanOrEqualTo(Disclosures);
        output.WriteLine($"{set}: {count} generated texts, {statements} statements (fewest {fewest} per text), {unread} figures not understood, no TXT finding above Info");
    }

    [Theory]
    [MemberData(nameof(AllSets))]
    public void Generate_OneNumberChangedBeyondRounding_GivesFindingAtThatLine(string set)
    {
        var gen = Gen.Select(Generated(set), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[20, 80]);
        var mutations = 0;
        var located = 0;
        var missed = new System.Collections.Concurrent.ConcurrentBag<string>();
        gen.Sample((generated, pickLine, pickFigure, percent) =>
        {
            var (d, options) = generated;
            var text = NarrativeGenerator.Generate(d, options);
            var candidates = text.Lines.Select((l, i) => (Line: l, Index: i, Figures: FigurePattern().Matches(l.Text))).Where(x => x.Figures.Count > 0).ToList();
            var (line, index, figures) = candidates[pickLine % candidates.Count];
            var figure = figures[pickFigure % figures.Count];
            var printed = figure.Groups["num"].Value;
            var changed = Changed(printed, figure.Groups["unit"].Value, percent);
            var mutatedLine = line with { Text = line.Text[..figure.Groups["num"].Index] + changed + line.Text[(figure.Groups["num"].Index + printed.Length)..] };
            var mutated = new NarrativeText(text.Lines.SetItem(index, mutatedLine));
            var at = $"(text p.{line.Page} l.{line.Number}:";
            var problems = TxtProblems(d, mutated).ToList();
            Interlocked.Increment(ref mutations);
            if (problems.Any(f => f.MessageEn.Contains(at, StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref located);
            }
            else
            {
                missed.Add($"seed {options.Seed} p.{line.Page} l.{line.Number} {printed}{figure.Groups["unit"].Value} → {changed}: {mutatedLine.Text} [{string.Join(" | ", problems.Select(f => f.RuleId + " " + f.MessageEn))}]");
            }
        }, iter: Mutations);
        var rate = (double)located / mutations;
        output.WriteLine($"{set}: {mutations} mutations, {located} located at the mutated line ({rate:P2})");
        foreach (var m in missed.Take(10))
        {
            output.WriteLine("missed: " + m);
        }

        mutations.ShouldBeGreaterThanOrEqualTo(Mutations);
        rate.ShouldBeGreaterThanOrEqualTo(0.99, string.Join("\n", missed.Take(5)));
    }

    [Fact]
    public void Generate_SameDisclosureAndOptions_SameText()
    {
        var d = Sample("hubei.budget", 42);
        var a = NarrativeGenerator.Generate(d, new NarrativeOptions { Seed = 5 });
        var b = NarrativeGenerator.Generate(d, new NarrativeOptions { Seed = 5 });
        a.Lines.Select(l => l.Text).ShouldBe(b.Lines.Select(l => l.Text));
        NarrativeGenerator.Generate(d, new NarrativeOptions { Seed = 6 }).Lines.Select(l => l.Text).ShouldNotBe(a.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Generate_PrintsAsPublished_WanYuanTwoDecimalsRatesAndDirectionWords()
    {
        var texts = Enumerable.Range(0, 40).Select(seed => NarrativeGenerator.Generate(Sample("hubei.budget", seed), new NarrativeOptions { Seed = seed, RateDecimals = 1 })).ToList();
        var all = string.Join("\n", texts.SelectMany(t => t.Lines).Select(l => l.Text));
        all.ShouldContain("增加");
        all.ShouldContain("减少");
        all.ShouldContain("持平");
        foreach (Match m in FigurePattern().Matches(all))
        {
            var decimals = m.Groups["num"].Value.Split('.') is [_, var fraction] ? fraction.Length : 0;
            decimals.ShouldBe(m.Groups["unit"].Value == "%" ? 1 : 2, m.Value);
        }

        // The direction word follows the sign: 增加 D … 增长, 减少 D … 下降, never mixed.
        all.ShouldNotContain("增加0.00万元");
        Regex.IsMatch(all, @"增加[\d.]+万元，下降|减少[\d.]+万元，增长").ShouldBeFalse();
    }

    [Fact]
    public void Generate_GroupDigits_PrintsThousandsSeparators()
    {
        var d = Sample("hubei.budget", 3);
        var text = NarrativeGenerator.Generate(d, new NarrativeOptions { GroupDigits = true });
        text.Lines.ShouldContain(l => Regex.IsMatch(l.Text, @"\d,\d{3}\.\d{2}万元"));
        TxtProblems(d, text).ShouldBeEmpty();
    }

    [Fact]
    public void Generate_UserTemplates_AreUsedAndLinesNamingNothingLeftOut()
    {
        var templates = NarrativeTemplates.Parse("""
            # a user's own file
            [budget]
            一、总体情况
            本部门{year}年收支总预算{v:cell.income.total}万元。
            二、没有内容的标题
            不存在的单元格{v:table.three-public[合计,没有这一栏]}万元。
            三、各类支出
            @each class table.general-budget-by-function
            {name}{v:@[合计]}万元；
            @end
            """);
        var d = Sample("hubei.budget", 1);
        var text = NarrativeGenerator.Generate(d, new NarrativeOptions { Templates = templates });
        text.Lines[0].Text.ShouldBe("一、总体情况");
        text.Lines[1].Text.ShouldStartWith("本部门2025年收支总预算");
        text.Lines.ShouldNotContain(l => l.Text.Contains("没有", StringComparison.Ordinal)); // the line naming no cell, and so its heading
        text.Lines[2].Text.ShouldBe("三、各类支出");
        text.Lines.Count(l => l.Text.EndsWith("万元；", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        Should.Throw<NotSupportedException>(() => NarrativeGenerator.Generate(Sample("national.settlement", 1), new NarrativeOptions { Templates = templates }));
    }

    [Theory]
    [InlineData("一、没有小节\n", "before the first [section]")]
    [InlineData("[budget]\n@each class table.x\n{name}\n", "@end")]
    [InlineData("[budget]\n@end\n", "@end without @each")]
    [InlineData("[budget]\n{v:cell.income.total\n", "unbalanced braces")]
    [InlineData("[budget]\n{unknown}\n", "unknown placeholder")]
    [InlineData("[budget]\n{pct:cell.basic.total}\n", "unknown placeholder")]
    [InlineData("[budget]\n@each row table.x\n@end\n", "@each needs")]
    public void Parse_MalformedTemplates_ThrowsWithTheLine(string text, string reason)
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => NarrativeTemplates.Parse(text, "mine.txt"));
        ex.Message.ShouldContain(reason);
        ex.Message.ShouldContain("mine.txt");
    }

    [Fact]
    public void Default_HasBudgetShanghaiBudgetAndSettlementSections() => NarrativeTemplates.Default.SectionNames.ShouldBe(["budget", "shanghai.budget, shanghai.unit-budget", "settlement"]);

    /// <summary>A different number at the same decimals, beyond rounding: amounts by 20–80% and at least 1 万元, rates by 20–80% and at least 1 point.</summary>
    private static string Changed(string printed, string unit, int percent)
    {
        var value = decimal.Parse(printed.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var decimals = printed.Contains('.', StringComparison.Ordinal) ? printed.Length - printed.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var delta = Math.Max(1m, value * percent / 100m);
        var changed = decimal.Round(value + delta, decimals, MidpointRounding.AwayFromZero);
        return changed.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static void InterlockedMin(ref int target, int value)
    {
        int current;
        while (value < (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [GeneratedRegex(@"(?<![\d.,])(?<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?<unit>万元|%)")]
    private static partial Regex FigurePattern();
}
