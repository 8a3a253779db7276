using CsCheck;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.Tables;
using GovBudget.TableSets;
using Xunit.Abstractions;

namespace GovBudget.Tests.Generation;

/// <summary><see cref="SampleGenerator.Generate"/> for every built-in table set, the Shanghai sets in particular.</summary>
public class SampleGeneratorTableSetTests(ITestOutputHelper output)
{
    public static TheoryData<string> ShanghaiSets => new() { "shanghai.budget", "shanghai.unit-budget", "shanghai.settlement" };

    public static TheoryData<string> AllSets => new() { "hubei.budget", "hubei.budget.legacy", "national.settlement", "shanghai.budget", "shanghai.unit-budget", "shanghai.settlement" };

    private static TableSet Set(string id) => TableSetRegistry.BuiltIn.Get(id);

    private static SampleOptions Options(string set, int seed, bool exact) => new()
    {
        Seed = seed,
        Units = 1 + (seed % 4),
        Year = set switch { "hubei.budget.legacy" => 2021, "national.settlement" => 2023, "shanghai.settlement" => 2024, _ => 2025 },
        Precision = exact ? Precision.Yuan2 : Precision.WanYuan2,
    };

    [Fact]
    public void Generate_HubeiAndNationalSets_SameAsExistingEntryPoints()
    {
        var options = new SampleOptions { Seed = 7, Units = 3 };
        SampleGenerator.Generate(Set("hubei.budget"), options).ShouldBe(SampleGenerator.Budget(options));
        SampleGenerator.Generate(Set("hubei.budget.legacy"), options with { Year = 2021 }).ShouldBe(SampleGenerator.LegacyBudget(options with { Year = 2021 }));
        SampleGenerator.Generate(Set("national.settlement"), options with { Year = 2023 }).ShouldBe(SampleGenerator.Settlement(options with { Year = 2023 }));
    }

    [Fact]
    public void Generate_SetLoadedFromAFile_ThrowsNotSupportedNamingTheSet()
    {
        var builtIn = Set("shanghai.budget");
        var json = new StreamReader(typeof(TableSet).Assembly.GetManifestResourceStream(
            typeof(TableSet).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("shanghai.budget.json", StringComparison.Ordinal)))!).ReadToEnd();
        var copy = TableSet.Parse(json.Replace("\"shanghai.budget\"", "\"my.province.budget\"", StringComparison.Ordinal), "my.province.budget.json");

        Should.Throw<NotSupportedException>(() => SampleGenerator.Generate(copy, new SampleOptions())).Message.ShouldContain("my.province.budget");
        Should.Throw<ArgumentNullException>(() => SampleGenerator.Generate(null!, new SampleOptions()));
        SampleGenerator.Generate(builtIn, new SampleOptions()).TableSet.ShouldBeSameAs(builtIn);
    }

    [Theory]
    [MemberData(nameof(ShanghaiSets))]
    public void Generate_ShanghaiSet_EveryTableOfTheSetInItsLayout(string id)
    {
        var set = Set(id);
        var d = SampleGenerator.Generate(set, Options(id, 3, exact: true));

        d.TableSet.ShouldBeSameAs(set);
        d.Tables.Select(t => t.Id).ShouldBe(set.Tables.Select(t => t.Definition.Id));
        d.Tables.ShouldAllBe(t => ReferenceEquals(set.FindTable(t.Id)!.Definition, t.Definition));
        if (set.Kind == DisclosureKind.Budget)
        {
            d.FindTable("表1")!.Precision.ShouldBe(Precision.Yuan2);
            d.FindTable("表9")!.Precision.ShouldBe(Precision.WanYuan2);
            d.FindTable("表7")!.Remark.ShouldNotBeNull().ShouldContain("故本表为空表");
            d.FindTable("表1")!.Rows.Where(r => r.Key.Kind == RowKeyKind.Functional).ShouldAllBe(r => r.Label!.Contains('、'));
        }
        else
        {
            d.FindTable("公开08")!.Remark.ShouldNotBeNull().ShouldContain("故本表无数据");
            d.FindTable("公开01")!.Rows.Count(r => r.Key.Kind == RowKeyKind.Functional).ShouldBeGreaterThan(20, "every 类 line is printed");
        }
    }

    [Theory]
    [MemberData(nameof(ShanghaiSets))]
    public void Generated_ShanghaiSet_250SeedsEachVariant_ValidateUnderTheSetsRules(string id)
    {
        var set = Set(id);
        var rounding = 0;
        for (var seed = 0; seed < 250; seed++)
        {
            var exact = SampleGenerator.Generate(set, Options(id, seed, exact: true)).Validate();
            exact.Findings.ShouldBeEmpty($"{id} seed {seed} (exact): {string.Join("; ", exact.Findings.Select(f => $"{f.RuleId} {f.Location} {f.MessageZh}"))}");
            exact.NotChecked.ShouldBeEmpty($"{id} seed {seed}");

            var rounded = SampleGenerator.Generate(set, Options(id, seed, exact: false)).Validate();
            rounded.Problems.ShouldBeEmpty($"{id} seed {seed} (rounded): {string.Join("; ", rounded.Problems.Select(f => $"{f.RuleId} {f.Location} {f.MessageZh}"))}");
            rounded.Findings.ShouldAllBe(f => f.Severity == Severity.Info);
            rounding += rounded.Findings.Count;
        }

        output.WriteLine($"{id}: 250 seeds × 2 variants validated; rounded variant: {rounding} 尾差 findings (Info), exact: none");
    }

    [Theory]
    [MemberData(nameof(ShanghaiSets))]
    public void Property_Inject_ShanghaiSet_150Cases_AllFaultsFoundAndLocated(string id)
    {
        var set = Set(id);
        var faults = 0;
        var cases = 0;
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 5], Gen.Bool).Sample((seed, count, exact) =>
        {
            var d = SampleGenerator.Generate(set, Options(id, seed, exact));
            var (faulty, injected) = FaultInjector.Inject(d, count, seed);
            injected.Count.ShouldBe(count);
            var problems = faulty.Validate().Problems.ToList();
            foreach (var fault in injected)
            {
                problems.ShouldContain(f => f.Location == fault.Address || f.Contributors.Any(c => c.Address == fault.Address), $"{id} seed {seed}: fault {fault} not located");
                Interlocked.Increment(ref faults);
            }

            Interlocked.Increment(ref cases);
        }, iter: 150);
        cases.ShouldBeGreaterThanOrEqualTo(150);
        output.WriteLine($"{id}: {cases} cases, {faults} faults injected, all found and located");
    }

    [Theory]
    [MemberData(nameof(AllSets))]
    public void Json_GeneratedInEverySet_RoundTripsLosslessly(string id)
    {
        var set = Set(id);
        for (var seed = 0; seed < 20; seed++)
        {
            var d = SampleGenerator.Generate(set, Options(id, seed, exact: seed % 2 == 0));
            var json = DisclosureJson.Serialize(d);
            var back = DisclosureJson.Deserialize(json);

            back.ShouldBe(d, $"{id} seed {seed}");
            back.TableSet.ShouldBeSameAs(set);
            DisclosureJson.Serialize(back).ShouldBe(json);
        }
    }
}
