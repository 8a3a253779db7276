using CsCheck;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Rules;
using GovBudget.Rules.Sets;
using GovBudget.Tables;
using Xunit.Abstractions;

namespace GovBudget.Tests.Rules;

/// <summary>The algebra of the rule engine, as CsCheck properties over generated disclosures.</summary>
public class RulePropertyTests(ITestOutputHelper output)
{
    private const int Iterations = 200;

    private static readonly Gen<Disclosure> AnyDisclosure =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 4], Gen.Int[0, 2], Gen.Bool)
            .Select((seed, units, kind, exact) =>
            {
                var options = new SampleOptions { Seed = seed, Units = units, Precision = exact ? Precision.Yuan2 : Precision.WanYuan2 };
                return kind switch
                {
                    0 => (Disclosure)SampleGenerator.Budget(options),
                    1 => SampleGenerator.Settlement(options with { Year = 2023 }),
                    _ => SampleGenerator.LegacyBudget(options with { Year = 2021 }),
                };
            });

    [Fact]
    public void ConsistentInYuanThenRounded_NeverYieldsErrorOrInconsistency()
    {
        var count = 0;
        AnyDisclosure.Sample(d =>
        {
            count++;
            var report = d.Validate();
            report.Problems.ShouldBeEmpty();
        }, iter: Iterations);
        output.WriteLine($"property (a): {count} generated disclosures validated without error or inconsistency");
    }

    [Fact]
    public void MovingOneLeafBeyondRounding_YieldsFindingThatNamesIt()
    {
        var gen = Gen.Select(AnyDisclosure, Gen.Int[0, int.MaxValue], Gen.Int[50, 500], Gen.Bool);
        var count = 0;
        gen.Sample((d, pick, steps, negative) =>
        {
            var leaves = (from table in d.Tables
                          where table.Definition.IsSubjectTree
                          from row in table.Rows
                          where !table.HasChildren(row.Key) && row.Key.Kind is RowKeyKind.Functional or RowKeyKind.Economic
                          from column in table.Definition.Columns
                          where column.Kind == ColumnKind.Amount && table.GetCell(row.Key, column.Id).Amount is not null
                          select (Table: table, Address: new CellAddress(table.Id, row.Key, column.Id))).ToList();
            if (leaves.Count == 0)
            {
                return;
            }

            count++;
            var (target, address) = leaves[pick % leaves.Count];
            var delta = target.Precision.Step * (negative ? -steps : steps);
            var report = DisclosureEdits.ShiftCell(d, address, delta).Validate();
            report.Problems.ShouldContain(
                f => f.Location == address || f.Contributors.Any(c => c.Address == address),
                $"no finding names {address} after moving it by {delta} 元");
        }, iter: Iterations);
        output.WriteLine($"property (b): {count} single-leaf faults, each located");
    }

    [Fact]
    public void Findings_DoNotDependOnRuleOrRowOrder()
    {
        var gen = Gen.Select(AnyDisclosure, Gen.Int);
        gen.Sample((d, shuffleSeed) =>
        {
            var random = new Random(shuffleSeed);
            var set = BuiltInRuleSets.For(d);
            var shuffledSet = new RuleSet(set.Name, set.DescriptionZh, set.Rules.OrderBy(_ => random.Next()));
            var shuffledRows = d with
            {
                Tables = d.Tables.Select(t => new Table(t.Definition, t.Precision, t.Rows.OrderBy(_ => random.Next()).ToEquatableArray(), t.Remark, t.IncompleteReason)).ToEquatableArray(),
            };

            // Rounding findings included; CAT.NEST is about printed order by definition, so it is left out here.
            var options = new ValidationOptions { DisabledRules = ["CAT.NEST"] };
            var expected = Summary(d.Validate(options));
            Summary(d.Validate(options with { RuleSets = [shuffledSet] })).ShouldBe(expected);
            Summary(shuffledRows.Validate(options)).ShouldBe(expected);
        }, iter: Iterations / 2);
    }

    private static string[] Summary(ValidationReport report)
        => [.. report.Findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.Location}|{f.Difference}|{f.PrintedRate}").Order(StringComparer.Ordinal)];
}
